package dev.moomoo.lab.record;

import dev.moomoo.config.SubcommandArgs;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.lab.MsgpackJson;
import dev.moomoo.protocol.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code moomoo-server recording-json <file>}: a recording as JSON lines for scripts, one object a line
 * in the file's order: the recording's metadata ({@code "type": "recording"}), each record
 * ({@code "frame"}, {@code "marker"}, {@code "missed"}), the summary last ({@code "summary"}).
 */
public final class RecordingJson {
    private static final HexFormat HEX = HexFormat.of();

    private RecordingJson() {
    }

    public static final String USAGE = """
            usage: moomoo-server recording-json <file>
            Writes a recording (record ... at the console, src/site/recording-format.md) as JSON lines, one object a line:
              {"type":"recording", ...}   what was recorded (the members of recording.json)
              {"type":"frame", "offset":<ns>, "time", "tick", "world", "connection", "player", "sid", "profile",
               "direction":"in"|"out", "kind", "code", "reason", "wire":<hex>, "plain":<hex, only when it differs>,
               "value":<the msgpack decoded, when it decodes>}
              {"type":"marker", "offset", "time", "tick", "text", "origin"}
              {"type":"missed", "offset", "count"}   frames the recorder could not keep up with
              {"type":"summary", ...}     last (the members of summary.json); absent from a file cut short
            Exit status: 0 done, 1 the file cannot be read, is not a recording or was cut short (the lines before the
            cut are written), 2 a bad option.""";

    /** Returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return switch (SubcommandArgs.oneFile(args, Set.of(), "recording", USAGE, out, err)) {
            case SubcommandArgs.OneFile.Exit(int status) -> status;
            case SubcommandArgs.OneFile.Read(SubcommandArgs _, Path file) -> read(file, out, err);
        };
    }

    /** Writes the JSON lines of the recording {@code file}; returns the exit status. */
    private static int read(Path file, PrintStream out, PrintStream err) {
        try (RecordingReader reader = RecordingReader.open(file)) {
            RecordingInfo info = reader.info();
            long start = info.startedEpochMillis();
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("type", "recording");
            head.putAll(info.toMap());
            out.println(Json.write(head));
            Recorded r;
            while ((r = reader.next()) != null) {
                out.println(Json.write(line(r, start)));
            }
            Map<String, Object> tail = new LinkedHashMap<>();
            tail.put("type", "summary");
            tail.putAll(reader.summary().toMap());
            out.println(Json.write(tail));
            return 0;
        } catch (IOException e) {
            err.println(RecordingReader.problem(file, e));
        } catch (RecordingException e) {
            out.flush();
            err.println("error: recording " + file + ": " + e.getMessage());
        }
        return 1;
    }

    /** One record as its JSON line's members; {@code start} is the recording's start (for each line's time). */
    static Map<String, Object> line(Recorded r, long start) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (r) {
            case Recorded.Frame f -> {
                LabFrame x = f.frame();
                m.put("type", "frame");
                m.put("offset", f.offsetNanos());
                m.put("time", Instant.ofEpochMilli(x.epochMillis()).toString());
                m.put("tick", x.tick());
                m.put("world", x.world());
                m.put("connection", x.connectionId());
                m.put("player", x.player());
                m.put("sid", x.sid());
                m.put("profile", x.profile());
                m.put("direction", x.direction().name().toLowerCase(Locale.ROOT));
                m.put("kind", x.kind().name());
                m.put("code", x.code());
                m.put("reason", x.reason());
                m.put("wire", HEX.formatHex(x.wire()));
                if (x.plain() != x.wire()) {
                    m.put("plain", HEX.formatHex(x.plain()));
                }
                if (x.plain().length > 0) {
                    try {
                        // as the text trace writes it: a float reads as one (7.0), an integer as an integer
                        m.put("value", new Json.Raw(MsgpackJson.of(x.plain())));
                    } catch (IllegalArgumentException e) {
                        m.put("valueError", e.getMessage());
                    }
                }
            }
            case Recorded.Marker k -> {
                m.put("type", "marker");
                m.put("offset", k.offsetNanos());
                m.put("time", Instant.ofEpochMilli(k.epochMillis()).toString());
                m.put("tick", k.tick());
                m.put("text", k.text());
                m.put("origin", k.origin());
            }
            case Recorded.Missed k -> {
                m.put("type", "missed");
                m.put("offset", k.offsetNanos());
                m.put("time", Instant.ofEpochMilli(start + k.offsetNanos() / 1_000_000).toString());
                m.put("count", k.count());
            }
            case Recorded.Keyframe kf -> {
                LabKeyframe k = kf.keyframe();
                m.put("type", "keyframe");
                m.put("offset", kf.offsetNanos());
                m.put("time", Instant.ofEpochMilli(k.epochMillis()).toString());
                m.put("tick", k.tick());
                m.put("world", k.world());
                m.put("connection", k.connectionId());
                m.put("player", k.player());
                m.put("sid", k.sid());
                m.put("profile", k.profile());
                m.put("messages", k.messages().stream().map(HEX::formatHex).toList());
            }
        }
        return m;
    }
}
