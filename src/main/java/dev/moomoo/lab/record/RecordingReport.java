package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code trace-report} of a recording file: the text trace's tables (packets and bytes per direction and
 * code, and per second, of the frames read and written) and what only a recording holds: refused,
 * replaced and dropped messages, opened and closed connections, markers, frames missed, how it ended.
 * Bytes are the msgpack bytes ({@link LabFrame#plain()}), as the text trace counts them.
 */
public final class RecordingReport {
    private RecordingReport() {
    }

    /** What a report counts: messages and their bytes. */
    private static final class Totals {
        long packets;
        long bytes;

        void add(int b) {
            packets++;
            bytes += b;
        }
    }

    /**
     * Reports on the recording {@code file}, of the frames whose code, direction and connection match
     * those not null. Returns 0, or 1 when the file cannot be read, is not a recording, or was cut short
     * (the report of what came before the cut is printed first).
     */
    public static int run(Path file, String code, String direction, String connection, PrintStream out, PrintStream err) {
        Map<String, Totals> byCode = new TreeMap<>();
        Map<String, Totals> bySecond = new TreeMap<>();
        Map<String, Totals> others = new TreeMap<>();
        List<Recorded.Marker> markers = new ArrayList<>();
        long missed = 0;
        long keyframes = 0;
        String failure = null;
        RecordingInfo info = null;
        RecordingSummary summary = null;
        try (RecordingReader reader = RecordingReader.open(file)) {
            info = reader.info();
            try {
                Recorded r;
                while ((r = reader.next()) != null) {
                    switch (r) {
                        case Recorded.Frame f -> {
                            LabFrame x = f.frame();
                            String dir = x.direction().name().toLowerCase(Locale.ROOT);
                            if ((code != null && !code.equals(x.code())) || (direction != null && !direction.equals(dir))
                                    || (connection != null && !connection.equals(x.connectionId()))) {
                                continue;
                            }
                            if (x.kind() == LabFrame.Kind.FRAME) {
                                byCode.computeIfAbsent(dir + " " + x.code(), k -> new Totals()).add(x.plain().length);
                                String second = Instant.ofEpochMilli(x.epochMillis()).toString().substring(0, 19);
                                bySecond.computeIfAbsent(second + " " + dir, k -> new Totals()).add(x.plain().length);
                            } else {
                                others.computeIfAbsent(x.kind() + " " + dir + " " + (x.code() == null ? "-" : x.code()),
                                        k -> new Totals()).add(x.plain().length);
                            }
                        }
                        case Recorded.Marker m -> markers.add(m);
                        case Recorded.Missed m -> missed += m.count();
                        case Recorded.Keyframe k -> keyframes++;
                    }
                }
                summary = reader.summary();
            } catch (RecordingException e) {
                failure = e.getMessage();
            }
        } catch (IOException e) {
            err.println(RecordingReader.problem(file, e));
            return 1;
        } catch (RecordingException e) {
            err.println("error: recording " + file + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "recording of %s %s, part %d, started %s, %s%n", info.scope(),
                info.target().isEmpty() ? info.world() : info.target() + " in world " + info.world(), info.part(),
                Instant.ofEpochMilli(info.startedEpochMillis()), info.server());
        out.println("direction code packets bytes");
        long packets = 0;
        long bytes = 0;
        for (Map.Entry<String, Totals> e : byCode.entrySet()) {
            out.printf("%s %d %d%n", e.getKey(), e.getValue().packets, e.getValue().bytes);
            packets += e.getValue().packets;
            bytes += e.getValue().bytes;
        }
        out.printf("total %d %d%n", packets, bytes);
        out.println();
        out.println("second direction packets bytes");
        bySecond.forEach((k, t) -> out.printf("%s %d %d%n", k, t.packets, t.bytes));
        if (!others.isEmpty()) {
            out.println();
            out.println("kind direction code messages bytes");
            others.forEach((k, t) -> out.printf("%s %d %d%n", k, t.packets, t.bytes));
        }
        if (!markers.isEmpty()) {
            out.println();
            out.println("markers");
            for (Recorded.Marker m : markers) {
                out.printf(Locale.ROOT, "+%.3f s tick %d %s: %s%n", m.offsetNanos() / 1e9, m.tick(), m.origin(), m.text());
            }
        }
        if (keyframes > 0) {
            out.printf("%n%d keyframe(s): a replay can seek%n", keyframes);
        }
        if (missed > 0) {
            out.printf("%n%d frame(s) missed: the recorder did not keep up%n", missed);
        }
        if (summary != null) {
            out.printf(Locale.ROOT, "%nended: %s after %.1f s%s%n", summary.ended().label(), summary.durationNanos() / 1e9,
                    summary.next() == null ? "" : "; next part " + summary.next());
        }
        if (failure != null) {
            err.println("error: recording " + file + ": " + failure);
            return 1;
        }
        return 0;
    }
}
