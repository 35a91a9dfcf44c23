package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What one file of a recording holds so far, for its summary; the recorder's thread alone uses it. */
final class PartTally {
    /** The summary's size without markers, at most (its numbers, kinds and a few profiles). */
    private static final int SUMMARY_BASE = 1024;

    private final long startNanos;
    private long records;
    private long missed;
    private final Map<LabFrame.Kind, Long> kinds = new EnumMap<>(LabFrame.Kind.class);
    private final List<Recorded.Marker> markers = new ArrayList<>();
    private long markersLeftOut;
    private final TreeSet<String> profiles = new TreeSet<>();
    private long summaryBytes = SUMMARY_BASE;

    PartTally(long startNanos) {
        this.startNanos = startNanos;
    }

    long startNanos() {
        return startNanos;
    }

    long records() {
        return records;
    }

    void add(Recorded record) {
        records++;
        switch (record) {
            case Recorded.Frame f -> {
                kinds.merge(f.frame().kind(), 1L, Long::sum);
                String profile = f.frame().profile();
                if (profile != null && !profile.isEmpty() && profiles.add(profile)) {
                    summaryBytes += profile.length() * 6L + 4;
                }
            }
            case Recorded.Marker m -> {
                if (markers.size() < RecordingSummary.MAX_MARKERS) {
                    markers.add(m);
                    // the JSON of a marker, each character escaped at worst (\\u0000)
                    summaryBytes += 80 + (m.text().length() + m.origin().length()) * 6L;
                } else {
                    markersLeftOut++;
                }
            }
            case Recorded.Missed m -> missed += m.count();
            case Recorded.Keyframe k -> {
                // counted among the records; the summary lists no keyframes
            }
        }
    }

    /** An upper bound of the summary's size in bytes. */
    long summaryBytes() {
        return summaryBytes;
    }

    RecordingSummary summary(long endNanos, RecordingSummary.Ended ended, String error, String next) {
        return new RecordingSummary(endNanos - startNanos, ended, error, records, new EnumMap<>(kinds), missed,
                List.copyOf(markers), markersLeftOut, List.copyOf(profiles), next);
    }
}
