package dev.moomoo.lab.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recording file as the page lists it (src/site/recording-format.md): what its {@code recording.json}
 * and {@code summary.json} say, as far as they could be read. A file still being written has no summary
 * yet; a file that could not be read at all has only its name and size.
 *
 * @param world      the world recorded, "" when unknown
 * @param scope      {@code world}, {@code connection} or {@code player}, "" when unknown
 * @param target     what the scope names (a connection's id, a player's sid), "" for a world
 * @param started    when the recording's first part began (epoch milliseconds), -1 when unknown
 * @param part       this file's place in its series, 0 when unknown
 * @param seconds    the time the file covers: its summary's duration, so far for the file being written, -1 when unknown
 * @param recording  whether it is the file a recording is writing now
 * @param ended      why it ended ({@code stopped}, {@code size}, ...), "" while recording or when unknown
 * @param markers    its markers, as far as its summary lists them
 */
public record RecordingFile(String name, long bytes, String world, String scope, String target, long started, int part,
                            double seconds, boolean recording, String ended, List<Marker> markers) {
    /** A marker on the file's timeline: {@code seconds} after the recording's start. */
    public record Marker(double seconds, long tick, String text, String origin) {
    }

    public RecordingFile {
        markers = List.copyOf(markers);
    }

    /** A file known by its name and size only. */
    public static RecordingFile unread(String name, long bytes) {
        return new RecordingFile(name, bytes, "", "", "", -1, 0, -1, false, "", List.of());
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("bytes", bytes);
        m.put("world", world);
        m.put("scope", scope);
        m.put("target", target);
        m.put("started", started);
        m.put("part", part);
        m.put("seconds", seconds);
        m.put("recording", recording);
        m.put("ended", ended);
        List<Object> marks = new ArrayList<>();
        for (Marker k : markers) {
            marks.add(Map.of("seconds", k.seconds(), "tick", k.tick(), "text", k.text(), "origin", k.origin()));
        }
        m.put("markers", marks);
        m.put("download", Inspector.RECORDINGS + "/" + name);
        return m;
    }
}
