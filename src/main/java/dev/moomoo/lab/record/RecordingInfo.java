package dev.moomoo.lab.record;

import dev.moomoo.protocol.Json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a recording file says of itself at its start: its {@code recording.json} (src/site/recording-format.md,
 * "recording.json").
 */
public record RecordingInfo(int version, String server, String world, long seed, String scope, String target,
                            long startedEpochMillis, String series, int part, long partStartNanos, Bounds bounds) {
    public static final String ENTRY = "recording.json";
    public static final String FORMAT = "moomoo-recording";
    /** The version this server writes and the newest it reads. */
    public static final int VERSION = 1;
    static final int MAX_BYTES = 64 << 10;

    /** The next part's metadata: the same recording, from {@code startNanos} on its timeline. */
    RecordingInfo next(long startNanos) {
        return new RecordingInfo(version, server, world, seed, scope, target, startedEpochMillis, series, part + 1, startNanos, bounds);
    }

    /** The file this part is written to: {@code <series>-<part>.rec.zip}. */
    public String fileName() {
        return fileName(series, part);
    }

    static String fileName(String series, int part) {
        return series + "-" + String.format("%03d", part) + Recordings.SUFFIX;
    }

    byte[] toJson() {
        return Json.write(toMap()).getBytes(StandardCharsets.UTF_8);
    }

    /** The members of {@code recording.json}, in order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", version);
        m.put("server", server);
        m.put("world", world);
        m.put("seed", seed);
        m.put("scope", scope);
        m.put("target", target);
        m.put("startedEpochMillis", startedEpochMillis);
        m.put("started", Instant.ofEpochMilli(startedEpochMillis).toString());
        m.put("series", series);
        m.put("part", part);
        m.put("partStartNanos", partStartNanos);
        m.put("maxBytes", bounds.maxBytes());
        m.put("maxSeconds", bounds.maxSeconds());
        m.put("keep", bounds.keep());
        return m;
    }

    static RecordingInfo parse(byte[] json) throws RecordingException {
        JsonMembers m = JsonMembers.parse(ENTRY, json);
        if (!FORMAT.equals(m.raw("format"))) {
            throw new RecordingException("not a recording: " + ENTRY + " does not say \"format\": \"" + FORMAT + "\"");
        }
        long version = m.number("version");
        if (version > VERSION || version < 1) {
            throw new RecordingException("recording format version " + version + " is not one this reader knows (it reads 1 to " + VERSION + ")");
        }
        Bounds bounds;
        try {
            bounds = new Bounds(m.number("maxBytes"), m.number("maxSeconds"), (int) m.number("keep"));
        } catch (IllegalArgumentException e) {
            throw new RecordingException(ENTRY + ": " + e.getMessage());
        }
        return new RecordingInfo((int) version, m.string("server"), m.string("world"), m.number("seed"), m.string("scope"),
                m.string("target"), m.number("startedEpochMillis"), m.string("series"), (int) m.number("part"),
                m.number("partStartNanos"), bounds);
    }
}
