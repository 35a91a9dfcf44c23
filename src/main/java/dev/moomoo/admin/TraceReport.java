package dev.moomoo.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.moomoo.config.SubcommandArgs;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.lab.record.RecordingReport;

/**
 * Reads a packet trace file (the line format of {@code PacketTrace}) and prints, for the lines that
 * pass the filters, packets and bytes per direction and code, and per second; then what was refused,
 * replaced or dropped, and the connections opened and closed. Lines beginning with {@code #} are the
 * trace's own remarks (frames it missed) and are counted apart. Traces of the format before the packet
 * lab (no world, tick or kind) are read too.
 *
 * <pre>{@code moomoo-server trace-report <file> [--type CODE] [--direction in|out] [--connection ID]}</pre>
 */
public final class TraceReport {
    /** One parsed trace line; {@code world} "-", {@code tick} -1 and {@code kind} "frame" on a line of the older format. */
    public record Line(String time, String world, long tick, String connection, String direction, String kind, String code, int bytes,
                       String detail) {
        /**
         * Splits on the first eight spaces (the detail, JSON or a reason, may contain spaces), or on the
         * first five for a line of the older format {@code <time> <connection> <in|out> <code> <bytes> <arguments>}.
         */
        public static Line parse(String text) {
            String[] old = text.split(" ", 6);
            if (old.length == 6 && isDirection(old[2])) {
                return new Line(old[0], "-", -1, old[1], old[2], "frame", old[3], Integer.parseInt(old[4]), old[5]);
            }
            String[] f = text.split(" ", 9);
            if (f.length < 9 || !isDirection(f[4])) {
                throw new IllegalArgumentException("not a trace line: " + text);
            }
            return new Line(f[0], f[1], Long.parseLong(f[2]), f[3], f[4], f[5], f[6], Integer.parseInt(f[7]), f[8]);
        }

        private static boolean isDirection(String s) {
            return s.equals("in") || s.equals("out");
        }

        /** Whether this is a message read or written (not a refusal, a replacement, a drop, an opening or a closing). */
        public boolean isFrame() {
            return kind.equals("frame");
        }

        /** The whole second the packet belongs to, e.g. {@code 2026-11-24T15:50:00}. */
        String second() {
            return time.length() >= 19 ? time.substring(0, 19) : time;
        }
    }

    private record Totals(long packets, long bytes) {
        Totals add(int b) {
            return new Totals(packets + 1, bytes + b);
        }
    }

    private TraceReport() {
    }

    static final String USAGE = """
            usage: moomoo-server trace-report <file> [--type CODE] [--direction in|out] [--connection ID]
            Reads a packet trace file (written by trace on ... file <path>, or --packet-trace=<path>) and prints
            packets and bytes per direction and code, and per second, of the lines that pass the filters.
            A recording (written by record ..., told apart by its first bytes) is read as well: the same tables of
            the frames read and written, then refused, replaced and dropped messages, markers and frames missed.
            Exit status: 0 done, 1 the file cannot be read (or is a recording cut short: its report is printed
            first), 2 a bad option.""";

    /** Returns the exit code: 0, or 2 for bad arguments, 1 for an unreadable file. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return switch (SubcommandArgs.oneFile(args, Set.of("type", "direction", "connection"), "trace file", USAGE, out, err)) {
            case SubcommandArgs.OneFile.Exit(int status) -> status;
            case SubcommandArgs.OneFile.Read(SubcommandArgs opts, Path file) -> read(opts, file, out, err);
        };
    }

    /** Reports on {@code file} with the filters of {@code opts}; returns the exit status. */
    private static int read(SubcommandArgs opts, Path file, PrintStream out, PrintStream err) {
        String type = opts.get("type");
        String direction = opts.get("direction") == null ? null : opts.get("direction").toLowerCase(Locale.ROOT);
        String connection = opts.get("connection");
        if (direction != null && !direction.equals("in") && !direction.equals("out")) {
            err.println("error: option --direction: expected in or out, not '" + direction + "'");
            return 2;
        }
        try {
            if (RecordingReader.startsAsZip(file)) {
                return RecordingReport.run(file, type, direction, connection, out, err);
            }
        } catch (IOException e) {
            // not readable: told below as for a text trace
        }
        Map<String, Totals> byCode = new TreeMap<>();
        Map<String, Totals> bySecond = new TreeMap<>();
        Map<String, Totals> others = new TreeMap<>();
        long skipped = 0;
        long remarks = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = r.readLine()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                if (text.startsWith("#")) {
                    remarks++;
                    continue;
                }
                Line line;
                try {
                    line = Line.parse(text);
                } catch (IllegalArgumentException e) {
                    skipped++;
                    continue;
                }
                if ((type != null && !type.equals(line.code())) || (direction != null && !direction.equals(line.direction()))
                        || (connection != null && !connection.equals(line.connection()))) {
                    continue;
                }
                if (!line.isFrame()) {
                    others.merge(line.kind() + " " + line.direction() + " " + line.code(), new Totals(1, line.bytes()), (a, b) -> a.add(line.bytes()));
                    continue;
                }
                byCode.merge(line.direction() + " " + line.code(), new Totals(1, line.bytes()), (a, b) -> a.add(line.bytes()));
                bySecond.merge(line.second() + " " + line.direction(), new Totals(1, line.bytes()), (a, b) -> a.add(line.bytes()));
            }
        } catch (NoSuchFileException e) {
            err.println("error: trace file " + file + ": not found");
            return 1;
        } catch (AccessDeniedException e) {
            err.println("error: trace file " + file + ": permission denied");
            return 1;
        } catch (CharacterCodingException e) {
            err.println("error: trace file " + file + ": not a trace file (not UTF-8 text)");
            return 1;
        } catch (IOException e) {
            err.println("error: trace file " + file + ": cannot be read (" + e.getMessage() + ")");
            return 1;
        }
        out.println("direction code packets bytes");
        long packets = 0;
        long bytes = 0;
        for (Map.Entry<String, Totals> e : byCode.entrySet()) {
            out.printf("%s %d %d%n", e.getKey(), e.getValue().packets(), e.getValue().bytes());
            packets += e.getValue().packets();
            bytes += e.getValue().bytes();
        }
        out.printf("total %d %d%n", packets, bytes);
        out.println();
        out.println("second direction packets bytes");
        for (Map.Entry<String, Totals> e : bySecond.entrySet()) {
            out.printf("%s %d %d%n", e.getKey(), e.getValue().packets(), e.getValue().bytes());
        }
        if (!others.isEmpty()) {
            out.println();
            out.println("kind direction code count bytes");
            for (Map.Entry<String, Totals> e : others.entrySet()) {
                out.printf("%s %d %d%n", e.getKey(), e.getValue().packets(), e.getValue().bytes());
            }
        }
        if (remarks > 0) {
            out.printf("%n%d remark line(s) of the trace (# ...), such as frames it missed%n", remarks);
        }
        if (skipped > 0) {
            out.printf("%n%d line(s) were not trace lines and were skipped%n", skipped);
        }
        return 0;
    }
}
