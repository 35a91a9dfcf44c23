package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.protocol.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a recording file says of itself at its end: its {@code summary.json} (src/site/recording-format.md,
 * "summary.json"). A file the server could not close has none.
 */
public record RecordingSummary(long durationNanos, Ended ended, String error, long records, Map<LabFrame.Kind, Long> kinds,
                               long missed, List<Recorded.Marker> markers, long markersLeftOut, List<String> profiles, String next) {
    public static final String ENTRY = "summary.json";
    /** Markers listed in the summary; more are records only. */
    static final int MAX_MARKERS = 1000;
    static final int MAX_BYTES = 1 << 20;

    /** Why a file ended. */
    public enum Ended {
        /** {@code record off}. */
        STOPPED,
        /** The size bound: the next part follows. */
        SIZE,
        /** The time bound: the next part follows. */
        TIME,
        /** The server stopped while recording. */
        SERVER_STOPPED,
        /** A write failed (the disk is full, the directory went away); {@code error} says how. */
        FAILED;

        /** As {@code summary.json} writes it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Ended of(String label) throws RecordingException {
            for (Ended e : values()) {
                if (e.label().equals(label)) {
                    return e;
                }
            }
            throw new RecordingException(ENTRY + ": member 'ended' is '" + label + "', none of those this reader knows");
        }
    }

    byte[] toJson() {
        return Json.write(toMap()).getBytes(StandardCharsets.UTF_8);
    }

    /** The members of {@code summary.json}, in order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("durationNanos", durationNanos);
        m.put("ended", ended.label());
        if (error != null) {
            m.put("error", error);
        }
        m.put("records", records);
        Map<String, Object> byKind = new LinkedHashMap<>();
        kinds.forEach((k, n) -> byKind.put(k.name(), n));
        m.put("kinds", byKind);
        m.put("missed", missed);
        List<Object> list = new ArrayList<>();
        for (Recorded.Marker marker : markers) {
            list.add(markerJson(marker));
        }
        m.put("markers", list);
        m.put("markersLeftOut", markersLeftOut);
        m.put("profiles", profiles);
        m.put("next", next);
        return m;
    }

    static Map<String, Object> markerJson(Recorded.Marker marker) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("offset", marker.offsetNanos());
        j.put("epochMillis", marker.epochMillis());
        j.put("tick", marker.tick());
        j.put("text", marker.text());
        j.put("origin", marker.origin());
        return j;
    }

    /** Reads a {@code summary.json} (the server lists a closed file's summary without reading its frames). */
    public static RecordingSummary parse(byte[] json) throws RecordingException {
        JsonMembers m = JsonMembers.parse(ENTRY, json);
        Map<LabFrame.Kind, Long> kinds = new EnumMap<>(LabFrame.Kind.class);
        if (m.raw("kinds") instanceof Map<?, ?> byKind) {
            for (LabFrame.Kind k : LabFrame.Kind.values()) {
                if (byKind.get(k.name()) instanceof Number n) {
                    kinds.put(k, n.longValue());
                }
            }
        }
        List<Recorded.Marker> markers = new ArrayList<>();
        for (Object o : m.list("markers")) {
            if (o instanceof Map<?, ?> j && j.get("offset") instanceof Number offset && j.get("epochMillis") instanceof Number epochMillis
                    && j.get("tick") instanceof Number tick && j.get("text") instanceof String text && j.get("origin") instanceof String origin) {
                markers.add(new Recorded.Marker(offset.longValue(), epochMillis.longValue(), tick.longValue(), text, origin));
            } else {
                throw new RecordingException(ENTRY + ": a marker is not {offset, epochMillis, tick, text, origin}");
            }
        }
        List<String> profiles = new ArrayList<>();
        for (Object o : m.list("profiles")) {
            profiles.add(String.valueOf(o));
        }
        return new RecordingSummary(m.number("durationNanos"), Ended.of(m.string("ended")), m.optionalString("error"),
                m.number("records"), kinds, m.number("missed"), markers, m.number("markersLeftOut"), profiles, m.optionalString("next"));
    }
}
