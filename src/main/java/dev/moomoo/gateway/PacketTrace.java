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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The text trace: a subscriber of the packet lab's tap ({@link LabTap}) that writes one line per frame
 * the filter takes, in the log (tag {@code trace}) or in a file capped in size ({@link TraceFile}:
 * {@code <file>}, then {@code <file>.1}). Its own virtual thread opens the file, formats and writes, so a
 * trace to a slow disk never slows the world: what it could not keep up with is counted, and the file
 * says so in a line beginning with {@code #}. Starting and stopping only hand over, so the console's
 * commands may call them on a tick thread: a stopped trace's writer goes on until it has written what the
 * tap saw before the stop, and a new trace opens its file once the one before has closed its own. Off, it
 * costs the hooks what the tap costs: one volatile read per packet.
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
public final class PacketTrace implements AutoCloseable {
    private static final TaggedLogger LOG = Logger.tag("trace");
    /** Frames the trace's subscription holds while its writer catches up. */
    static final int QUEUE_FRAMES = 16_384;
    /** How large a trace file grows before it rotates, unless told otherwise. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
    private static final long STOP_WAIT_MILLIS = 5_000;
    /**
     * How long a stopped trace takes at most to write what it was given and close its file: the tap's
     * delivery of what it saw before the stop, the writer's catching up, then its interruption.
     */
    public static final Duration STOP_BOUND = Duration.ofMillis(3 * STOP_WAIT_MILLIS);

    /** Where a trace's lines go: a file capped in size, or the log. Only the trace's writer thread uses it. */
    @FunctionalInterface
    interface Lines {
        void write(String line) throws IOException;

        default void flush() throws IOException {
        }

        default void close() throws IOException {
        }
    }

    /** Opens a trace's lines, on its writer's thread. */
    @FunctionalInterface
    interface Opener {
        Lines open() throws IOException;
    }

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
    /** The trace stopped last, whose writer may still be writing: the next one opens its lines once it has ended. */
    private Writer stopped;

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

    /**
     * Starts tracing (stopping a trace in progress first) without waiting for the file: {@code file} null
     * writes to the log. The frames are taken from now on; the file is opened by the trace's writer, once
     * the trace before has closed its own. The future completes when it is open, or with the reason it
     * could not be (which {@link #describe()} and the log then tell).
     */
    public CompletableFuture<Void> start(Filter filter, Path file) {
        return file == null ? start(filter, "the log", () -> LOG::info) : start(filter, file.toString(), () -> new TraceFile(file, maxFileBytes));
    }

    /** Starts tracing into the lines {@code opener} opens, named {@code where} for the console. */
    synchronized CompletableFuture<Void> start(Filter filter, String where, Opener opener) {
        stop();
        current = new Writer(filter, where, opener, stopped, lab.subscribe(filter, QUEUE_FRAMES));
        return current.opened;
    }

    /**
     * Stops tracing without waiting: the trace's writer goes on until what the tap saw before this call is
     * written, then closes its file, within {@link #STOP_BOUND}. Returns where that trace wrote ("the log",
     * a file), or null when none was on.
     */
    public synchronized String stop() {
        Writer w = current;
        current = null;
        if (w == null) {
            return null;
        }
        stopped = w;
        w.finishSoon();
        return w.where;
    }

    /**
     * Waits until the traces stopped so far have written what they were given and closed their files, at
     * most {@code timeout}; whether they have.
     */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        Writer last;
        synchronized (this) {
            last = stopped;
        }
        return last == null || last.awaitEnd(timeout);
    }

    /** Stops tracing and waits for its file to be complete (the server stops), {@link #STOP_BOUND} at most. */
    @Override
    public void close() {
        stop();
        try {
            if (!awaitStopped(STOP_BOUND.plusSeconds(1))) {
                Logger.warn("the packet trace's writer did not end within {} s", STOP_BOUND.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What is being traced, for the console; "off" when nothing is. */
    public synchronized String describe() {
        Writer w = current;
        if (w == null) {
            return stopped == null || stopped.ended.isDone() ? "off" : "off (the last trace is still being written to " + stopped.where + ")";
        }
        long missed = w.subscription.missed();
        return w.filter + " to " + w.where + (missed == 0 ? "" : ", " + missed + " frame(s) missed")
                + (w.failure == null ? "" : "; stopped writing: " + w.failure);
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

    /**
     * One trace's writer: its own virtual thread waits for the trace before it to end, opens its lines, then
     * takes the subscription's frames and writes their lines until it is told to finish.
     */
    private final class Writer {
        private final Filter filter;
        private final String where;
        private final Opener opener;
        private final LabFeed.Subscription subscription;
        private final Thread thread;
        /** Completes when the lines are open, or with why they could not be. */
        private final CompletableFuture<Void> opened = new CompletableFuture<>();
        /** Completes when the writer has ended and closed its lines. */
        private final CompletableFuture<Void> ended = new CompletableFuture<>();
        /** The trace stopped before this one, until it has ended (the writer's thread alone reads it). */
        private Writer before;
        private volatile boolean finishing;
        /** Why the lines could not be opened or written any more, or null. */
        private volatile String failure;
        private long missedTold;
        private Lines lines;

        Writer(Filter filter, String where, Opener opener, Writer before, LabFeed.Subscription subscription) {
            this.filter = filter;
            this.where = where;
            this.opener = opener;
            this.before = before;
            this.subscription = subscription;
            this.thread = Thread.ofVirtual().name("packet-trace").start(this::run);
        }

        private void run() {
            try {
                awaitBefore();
                open();
                while (true) {
                    LabFrame f = subscription.poll(finishing ? 0 : 100);
                    if (f == null) {
                        if (finishing) {
                            break;
                        }
                        tellMissed();
                        lines.flush();
                        continue;
                    }
                    lines.write(line(f));
                }
                tellMissed();
            } catch (InterruptedException e) {
                // stopped without waiting
            } catch (IOException e) {
                failure = e.getMessage();
                Logger.warn("packet trace to {} stopped: {}", where, e.getMessage());
            } finally {
                // whoever waits for the file to open (a server starting with a trace) is never left waiting
                opened.completeExceptionally(new IOException("the trace to " + where + " ended before its file was open"));
                subscription.close();
                closeLines();
                Writer still = before;
                if (still == null) {
                    ended.complete(null);
                } else {
                    // stopped while it waited for the one before: it has ended only once that one has, so
                    // that the writer after it never opens the file while the one before writes it
                    still.ended.whenComplete((v, e) -> ended.complete(null));
                }
            }
        }

        /**
         * Two writers never share a file: this one waits for the one before, however long it takes (that one
         * is interrupted within its bound; a write blocked on a slow disk ends when the disk answers).
         */
        private void awaitBefore() throws InterruptedException {
            if (before == null) {
                return;
            }
            if (!before.awaitEnd(STOP_BOUND)) {
                Logger.warn("packet trace to {}: the trace before it is still writing after {} s; this one waits for it", where,
                        STOP_BOUND.toSeconds());
                awaitEnd(before); // a stopped trace ends once its last write returns
            }
            before = null;
        }

        private void open() throws IOException {
            try {
                lines = opener.open();
                opened.complete(null);
            } catch (IOException e) {
                opened.completeExceptionally(e);
                throw new IOException("cannot open " + where + ": " + e.getMessage(), e);
            }
        }

        private void tellMissed() throws IOException {
            long missed = subscription.missed();
            if (missed > missedTold) {
                lines.write("# " + (missed - missedTold) + " frame(s) missed: the trace could not keep up");
                missedTold = missed;
            }
        }

        private void closeLines() {
            if (lines != null) {
                try {
                    lines.close();
                } catch (IOException e) {
                    Logger.warn("closing trace file {}: {}", where, e.getMessage());
                }
            }
        }

        /**
         * Ends the trace from a thread of its own, so that the caller (a tick thread) does not wait: once
         * the tap has delivered what it saw before now, the writer writes what it holds and ends; one
         * still busy after that is interrupted.
         */
        void finishSoon() {
            Thread.ofVirtual().name("packet-trace-stop").start(() -> {
                try {
                    lab.awaitDelivered(STOP_WAIT_MILLIS);
                    finishing = true;
                    if (!thread.join(Duration.ofMillis(STOP_WAIT_MILLIS))) {
                        thread.interrupt();
                    }
                } catch (InterruptedException e) {
                    thread.interrupt();
                }
            });
        }

        /** Waits for the writer to end, at most {@code timeout}; whether it has. */
        /** Waits, without a bound, for {@code writer} to end. */
        private static void awaitEnd(Writer writer) throws InterruptedException {
            try {
                writer.ended.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("ended is only ever completed normally", e);
            }
        }

        boolean awaitEnd(Duration timeout) throws InterruptedException {
            try {
                ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("ended is only ever completed normally", e);
            }
        }
    }
}
