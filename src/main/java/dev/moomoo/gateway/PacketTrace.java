package dev.moomoo.gateway;

import dev.moomoo.protocol.Json;
import org.tinylog.TaggedLogger;
import org.tinylog.Logger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The packet inspector: while on, every decoded packet in and out that matches the filter becomes one
 * line, in the log (tag {@code trace}) or in a file. Off, it costs one volatile read per packet.
 *
 * <p>Line format, fields separated by one space, the arguments last:
 * <pre>{@code <ISO-8601 UTC time> <connection id> <in|out> <code> <bytes> <arguments as JSON>}</pre>
 * for example {@code 2026-11-24T15:50:00.123Z 2bz4 in 9 13 [1.57]}.
 */
public final class PacketTrace {
    private static final TaggedLogger LOG = Logger.tag("trace");

    /** Which packets to trace; a null field matches everything. */
    public record Filter(String connectionId, String code) {
        public static final Filter ALL = new Filter(null, null);

        boolean matches(String id, String packetCode) {
            return (connectionId == null || connectionId.equals(id)) && (code == null || code.equals(packetCode));
        }

        @Override
        public String toString() {
            return (connectionId == null ? "all connections" : "connection " + connectionId)
                    + (code == null ? ", all packets" : ", packet '" + code + "'");
        }
    }

    private record Session(Filter filter, BufferedWriter file, Path path) {
    }

    private volatile Session session;

    /** Starts tracing (replacing a trace in progress); {@code file} null writes to the log. */
    public synchronized void start(Filter filter, Path file) throws IOException {
        stop();
        BufferedWriter writer = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        session = new Session(filter, writer, file);
    }

    public synchronized void stop() {
        Session s = session;
        session = null;
        if (s != null && s.file() != null) {
            try {
                s.file().close();
            } catch (IOException e) {
                Logger.warn("closing trace file {}: {}", s.path(), e.getMessage());
            }
        }
    }

    /** What is being traced, for the console; "off" when nothing is. */
    public String describe() {
        Session s = session;
        return s == null ? "off" : s.filter() + (s.path() == null ? " to the log" : " to " + s.path());
    }

    /** Whether any tracing is on: the one check the hot path makes. */
    public boolean isOn() {
        return session != null;
    }

    void inbound(String connectionId, String code, int bytes, List<?> args) {
        record(connectionId, "in", code, bytes, args);
    }

    void outbound(String connectionId, String code, int bytes, List<?> args) {
        record(connectionId, "out", code, bytes, args);
    }

    private void record(String connectionId, String direction, String code, int bytes, List<?> args) {
        Session s = session;
        if (s == null || !s.filter().matches(connectionId, code)) {
            return;
        }
        String line = Instant.now() + " " + connectionId + " " + direction + " " + code + " " + bytes + " " + Json.write(args);
        if (s.file() == null) {
            LOG.info(line);
            return;
        }
        synchronized (this) {
            if (session != s) {
                return; // stopped meanwhile; its file is closed
            }
            try {
                s.file().write(line);
                s.file().newLine();
                s.file().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
