package dev.moomoo.gateway;

import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabTap;
import dev.moomoo.lab.MsgpackJson;
import dev.moomoo.protocol.Json;
import org.tinylog.Logger;
import org.tinylog.TaggedLogger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * The text trace: a subscriber of the packet lab's tap ({@link LabTap}) that writes one line per frame
 * the filter takes, in the log (tag {@code trace}) or in a file capped in size ({@link TraceFile}:
 * {@code <file>}, then {@code <file>.1}). Its own virtual thread formats and writes, so a trace to a slow
 * disk never slows the world: what it could not keep up with is counted, and the file says so in a line
 * beginning with {@code #}. Off, it costs the hooks what the tap costs: one volatile read per packet.
 *
 * <p>Line format, fields separated by one space, the detail last (src/site/architecture.md, "The packet lab"):
 * <pre>{@code <ISO-8601 UTC time> <world> <tick> <connection id> <in|out> <kind> <code> <bytes> <detail>}</pre>
 * {@code kind} is {@code frame}, {@code refused}, {@code replaced}, {@code dropped}, {@code opened} or
 * {@code closed}; {@code code} is the packet's code, after its profile's name when that is not the
 * default profile ({@code v19:a}, {@code era1:33}), or {@code -}; {@code bytes} the message's length on
 * the wire (before sealing for what was never sent). The detail of a frame, a replaced or a dropped
 * message is its arguments as JSON, floats written as floats ({@code 7.0}); of a refused message its
 * bytes in hex and the reason; of an opening the profile and address; of a closing the close code and text.
 * For example {@code 2026-11-24T15:50:00.123Z main 1042 2bz4 in frame 9 13 [1.57]}.
 */
public final class PacketTrace {
    private static final TaggedLogger LOG = Logger.tag("trace");
    /** Frames the trace's subscription holds while its writer catches up. */
    static final int QUEUE_FRAMES = 16_384;
    /** How large a trace file grows before it rotates, unless told otherwise. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
    private static final long STOP_WAIT_MILLIS = 5_000;

    /**
     * Which frames to trace; a null field matches everything. {@code connectionId} and {@code player}
     * together follow one player: its connection, and any later connection of the same player key.
     */
    public record Filter(String world, String connectionId, String player, String code) implements Predicate<LabFrame> {
        public static final Filter ALL = new Filter(null, null, null, null);

        @Override
        public boolean test(LabFrame f) {
            boolean who = connectionId == null && player == null
                    || connectionId != null && connectionId.equals(f.connectionId())
                    || player != null && player.equals(f.player());
            return who && (world == null || world.equals(f.world())) && (code == null || code.equals(f.code()));
        }

        @Override
        public String toString() {
            String who = connectionId == null && player == null ? "all connections"
                    : player == null ? "connection " + connectionId : "player " + player + " (connection " + connectionId + " and its reconnections)";
            return who + (world == null ? "" : " of world " + world) + (code == null ? ", all packets" : ", packet '" + code + "'");
        }
    }

    private final LabTap lab;
    private final String defaultProfile;
    private final long maxFileBytes;
    private Writer current;

    /** @param defaultProfile the name of the profile of {@code /} without a choice: its codes are written bare */
    public PacketTrace(LabTap lab, String defaultProfile) {
        this(lab, defaultProfile, DEFAULT_MAX_FILE_BYTES);
    }

    public PacketTrace(LabTap lab, String defaultProfile, long maxFileBytes) {
        this.lab = lab;
        this.defaultProfile = defaultProfile;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * The filter that follows the player of connection {@code connectionId} of {@code world}, across its
     * reconnections once the tap knows its key (at its spawn: see {@link LabTap}).
     */
    public Filter following(String world, String connectionId, String code) {
        return new Filter(world, connectionId, lab.playerOf(connectionId), code);
    }

    /** Starts tracing (ending a trace in progress first); {@code file} null writes to the log. */
    public synchronized void start(Filter filter, Path file) throws IOException {
        stop();
        TraceFile out = file == null ? null : new TraceFile(file, maxFileBytes);
        current = new Writer(filter, out, lab.subscribe(filter, QUEUE_FRAMES));
    }

    /** Stops tracing, once what the tap saw before this call is written (waiting a few seconds at most). */
    public synchronized void stop() {
        Writer w = current;
        current = null;
        if (w != null) {
            w.finish();
        }
    }

    /** What is being traced, for the console; "off" when nothing is. */
    public synchronized String describe() {
        Writer w = current;
        if (w == null) {
            return "off";
        }
        long missed = w.subscription.missed();
        return w.filter + (w.file == null ? " to the log" : " to " + w.file.path()) + (missed == 0 ? "" : ", " + missed + " frame(s) missed");
    }

    /** Whether a trace is on. */
    public synchronized boolean isOn() {
        return current != null;
    }

    /** The trace line of {@code f}. */
    String line(LabFrame f) {
        String code = f.code() == null ? "-" : f.profile().equals(defaultProfile) || f.profile().isEmpty() ? f.code() : f.profile() + ":" + f.code();
        int bytes = f.wire().length == 0 ? f.plain().length : f.wire().length;
        return Instant.ofEpochMilli(f.epochMillis()) + " " + word(f.world()) + " " + f.tick() + " " + f.connectionId() + " "
                + (f.direction() == LabFrame.Direction.IN ? "in" : "out") + " " + kind(f.kind()) + " " + code + " " + bytes + " " + detail(f);
    }

    private static String kind(LabFrame.Kind kind) {
        return switch (kind) {
            case FRAME -> "frame";
            case REFUSED -> "refused";
            case REPLACED -> "replaced";
            case DROPPED -> "dropped";
            case OPENED -> "opened";
            case CLOSED -> "closed";
        };
    }

    private static String detail(LabFrame f) {
        return switch (f.kind()) {
            case FRAME, REPLACED, DROPPED -> arguments(f);
            case REFUSED -> (f.wire().length == 0 ? "-" : HexFormat.of().formatHex(f.wire())) + " " + f.reason();
            case OPENED -> f.profile() + " " + f.reason();
            case CLOSED -> f.reason();
        };
    }

    /** The arguments, element 1 of the plain message, as JSON; a v1.9 io-init's key is never written anywhere. */
    private static String arguments(LabFrame f) {
        try {
            String args = MsgpackJson.element(f.plain(), 1);
            if ("io-init".equals(f.code()) && args.startsWith("[") && hasKey(args)) {
                return redactKey(args);
            }
            return args;
        } catch (IllegalArgumentException e) {
            return "-";
        }
    }

    /** Whether io-init's arguments {@code [id, seed, "key", mode...]} carry a key (the plain profiles send "0" or none). */
    private static boolean hasKey(String args) {
        String[] parts = args.substring(1, args.length() - 1).split(",", 4);
        return parts.length >= 3 && !parts[2].equals("\"0\"");
    }

    private static String redactKey(String args) {
        String[] parts = args.substring(1, args.length() - 1).split(",", 4);
        parts[2] = Json.write("(key)");
        return "[" + String.join(",", parts) + "]";
    }

    /** A field without spaces, so that the line splits as it should. */
    private static String word(String s) {
        return s.isEmpty() ? "-" : s.replace(' ', '_');
    }

    /** One trace's writer: its own virtual thread takes the subscription's frames and writes their lines. */
    private final class Writer {
        private final Filter filter;
        private final TraceFile file;
        private final LabFeed.Subscription subscription;
        private final Thread thread;
        private volatile boolean finishing;
        private long missedTold;

        Writer(Filter filter, TraceFile file, LabFeed.Subscription subscription) {
            this.filter = filter;
            this.file = file;
            this.subscription = subscription;
            this.thread = Thread.ofVirtual().name("packet-trace").start(this::run);
        }

        private void run() {
            try {
                while (true) {
                    LabFrame f = subscription.poll(finishing ? 0 : 100);
                    if (f == null) {
                        if (finishing) {
                            break;
                        }
                        tellMissed();
                        flush();
                        continue;
                    }
                    write(line(f));
                }
                tellMissed();
            } catch (InterruptedException e) {
                // stopped without waiting
            } catch (IOException e) {
                Logger.warn("packet trace to {} stopped: {}", file.path(), e.getMessage());
            } finally {
                subscription.close();
                closeFile();
            }
        }

        private void tellMissed() throws IOException {
            long missed = subscription.missed();
            if (missed > missedTold) {
                write("# " + (missed - missedTold) + " frame(s) missed: the trace could not keep up");
                missedTold = missed;
            }
        }

        private void write(String line) throws IOException {
            if (file == null) {
                LOG.info(line);
            } else {
                file.write(line);
            }
        }

        private void flush() throws IOException {
            if (file != null) {
                file.flush();
            }
        }

        private void closeFile() {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    Logger.warn("closing trace file {}: {}", file.path(), e.getMessage());
                }
            }
        }

        /** Writes what the tap saw before now, then ends: the file is complete when this returns (or after a few seconds at most). */
        void finish() {
            try {
                lab.awaitDelivered(STOP_WAIT_MILLIS);
                finishing = true;
                if (!thread.join(Duration.ofMillis(STOP_WAIT_MILLIS))) {
                    thread.interrupt();
                    thread.join(Duration.ofMillis(STOP_WAIT_MILLIS));
                }
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
            }
        }
    }
}
