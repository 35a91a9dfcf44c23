package dev.moomoo.lab.record;

import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import org.tinylog.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * Writes one recording: the frames of its {@link Scope} that a {@link LabFeed} delivers, and the markers
 * given to {@link #mark}, into files of the format of src/site/recording-format.md. Everything is done
 * on a virtual thread of the recorder's own, its first file made there too: {@link #start}, {@link #mark}
 * and {@link #stop} only hand over, so a tick thread may call them (a file that cannot be made ends the
 * recording, as a failed write does: {@link #finished()} and the log tell why). A file ends at its size or
 * time bound and the next part begins; the newest {@link Bounds#keep()} parts are kept. It asks for
 * keyframes every {@link #KEYFRAME_NANOS} ({@link KeyframeRound}, which bounds how many are made at once):
 * of the followed connection or player (the player's latest connection) from the start, and of a world, of
 * each open connection it has seen frames of, from its first frame until it closes. It writes each as it comes.
 */
public final class Recorder {
    /** Frames waiting for the writer; more are lost, and counted, rather than slow the lab. */
    static final int QUEUE = 8192;
    /** A block (a frames entry) is closed at this many bytes of records, or after {@link #BLOCK_NANOS}. */
    static final int BLOCK_BYTES = 64 << 10;
    static final long BLOCK_NANOS = 1_000_000_000L;
    /** How long the writer waits for a frame before it looks at its clock, its markers and its stop. */
    private static final long POLL_MILLIS = 100;
    /** How often a keyframe of each recorded view is asked for: a replay seeks to within this, then fast-forwards. */
    static final long KEYFRAME_NANOS = 5_000_000_000L;
    /** Markers waiting for the writer; more are refused. */
    static final int MAX_WAITING_MARKERS = 256;
    /** Series names tried for the first file while the names before are taken: {@code <stem>}, {@code <stem>-2}, ... */
    static final int MAX_SERIES = 100;

    /** What a recording has done so far, for the {@code record} command; {@code file} is null until the first is made. */
    public record Status(Scope scope, Path file, int part, long records, long frames, long missed, int markers, long seconds, long bytes) {
    }

    private final Scope scope;
    private final Path dir;
    private final LabFeed.Subscription subscription;
    private final LongSupplier nanoClock;
    private final InstantSource wallClock;
    private final long startNanos;
    private final ConcurrentLinkedQueue<Recorded.Marker> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final CompletableFuture<RecordingSummary> finished = new CompletableFuture<>();
    private final CompletableFuture<Path> opened = new CompletableFuture<>();
    /** The first file's description in each series name tried, by its number from 1. */
    private final IntFunction<RecordingInfo> firstOfSeries;
    private volatile RecordingSummary.Ended stopAs;
    /** The connections whose keyframes are asked for (the writer thread's own). */
    private final KeyframeRound round;
    /** The followed player's latest connection; null unless the scope is a player. */
    private String following;

    // the writer thread's own, the first part too (info is read by status())
    private final RecordCodec codec = new RecordCodec();
    private final ByteArrayOutputStream block = new ByteArrayOutputStream(BLOCK_BYTES + 1024);
    private long blockOpenedNanos;
    private volatile RecordingInfo info;
    private PartFile part;
    private PartTally tally;
    private long missedSoFar;

    // published for status()
    private volatile Path currentFile;
    private volatile long records;
    private volatile long frames;
    private volatile long missed;
    /** The current file's bytes on disk: its closed blocks. */
    private volatile long bytes;
    private final AtomicInteger markers = new AtomicInteger();

    private Recorder(Scope scope, IntFunction<RecordingInfo> firstOfSeries, Path dir, LabFeed feed, KeyframeSource keyframes,
                     LongSupplier nanoClock, InstantSource wallClock, long startNanos) {
        this.scope = scope;
        this.firstOfSeries = firstOfSeries;
        this.round = new KeyframeRound(keyframes, KEYFRAME_NANOS);
        switch (scope) {
            case Scope.World w -> {
                // its connections join the round with their first frames
            }
            case Scope.Connection c -> round.join(c.connectionId());
            case Scope.Player p -> {
                following = p.connectionId();
                round.join(following);
            }
        }
        this.dir = dir;
        this.nanoClock = nanoClock;
        this.wallClock = wallClock;
        this.startNanos = startNanos;
        this.subscription = feed.subscribe(scope.filter(), QUEUE);
    }

    /**
     * Starts recording {@code scope} from {@code feed} into {@code dir} (made when missing), with keyframes
     * of the followed view from {@code keyframes}, and returns at once: the frames are taken from now on, the
     * first file is made on the recorder's thread, in the first series name of {@code firstOfSeries} (by
     * its number from 1) that is not taken. {@code nanoClock} times the recording as the frames'
     * {@link LabFrame#nanos()} do; {@code wallClock} dates the markers.
     */
    public static Recorder start(Scope scope, IntFunction<RecordingInfo> firstOfSeries, Path dir, LabFeed feed, KeyframeSource keyframes,
                                 LongSupplier nanoClock, InstantSource wallClock) {
        Recorder r = new Recorder(scope, firstOfSeries, dir, feed, keyframes, nanoClock, wallClock, nanoClock.getAsLong());
        Thread.ofVirtual().name("recorder " + firstOfSeries.apply(1).series()).start(r::run);
        return r;
    }

    /**
     * Puts a marker on the timeline now (any thread; written by the recorder's). False when the recording
     * has stopped, or too many markers wait already.
     */
    public boolean mark(String text, String origin, long tick) {
        if (stopAs != null) {
            return false;
        }
        if (waitingCount.incrementAndGet() > MAX_WAITING_MARKERS) {
            waitingCount.decrementAndGet();
            return false;
        }
        waiting.add(new Recorded.Marker(nanoClock.getAsLong() - startNanos, wallClock.millis(), tick, text, origin));
        return true;
    }

    /** Asks the recording to end (any thread); the future completes once its last file is closed. */
    public CompletableFuture<RecordingSummary> stop(RecordingSummary.Ended why) {
        if (stopAs == null) {
            stopAs = why;
        }
        return finished;
    }

    /** Completes with the first file once it is made, or exceptionally when it could not be. */
    public CompletableFuture<Path> opened() {
        return opened;
    }

    /** Completes with the last file's summary when the recording has ended, or exceptionally when a file could not be made or written. */
    public CompletableFuture<RecordingSummary> finished() {
        return finished;
    }

    public Scope scope() {
        return scope;
    }

    public Status status() {
        RecordingInfo now = info;
        return new Status(scope, currentFile, now == null ? 0 : now.part(), records, frames, missed, markers.get(),
                (nanoClock.getAsLong() - startNanos) / 1_000_000_000L, bytes);
    }

    private void run() {
        try {
            openFirst();
            while (stopAs == null) {
                LabFrame f = subscription.poll(POLL_MILLIS);
                long now = f != null ? f.nanos() - startNanos : nanoClock.getAsLong() - startNanos;
                markersUpTo(now);
                noteMissed(now);
                keyframe();
                if (f != null) {
                    keepRound(f);
                    append(new Recorded.Frame(f.nanos() - startNanos, f));
                } else if (now - tally.startNanos() >= info.bounds().maxNanos()) {
                    rotate(now, RecordingSummary.Ended.TIME); // nothing came: the file still ends at its bound
                }
                if (block.size() > 0 && nanoClock.getAsLong() - blockOpenedNanos >= BLOCK_NANOS) {
                    closeBlock();
                }
            }
            subscription.close();
            long end = nanoClock.getAsLong() - startNanos;
            markersUpTo(Long.MAX_VALUE);
            noteMissed(end);
            closeBlock();
            RecordingSummary last = tally.summary(end, stopAs, null, null);
            part.finish(last);
            finished.complete(last);
        } catch (IOException e) {
            fail(e);
        } catch (InterruptedException e) {
            fail(new IOException("interrupted"));
        } catch (RuntimeException e) {
            Logger.error(e, "recording {} failed", where());
            fail(new IOException(e.toString()));
        }
    }

    /** Writes the keyframes made since the last call, and asks for those due (the writer's thread). */
    private void keyframe() throws IOException {
        for (LabKeyframe k : round.made(String.valueOf(where()))) {
            append(new Recorded.Keyframe(k.nanos() - startNanos, k));
        }
        round.ask(nanoClock.getAsLong());
    }

    /** Keeps the keyframes' round up with {@code f}: a world's connection joins it, or leaves it closed; a followed player's reconnect moves it. */
    private void keepRound(LabFrame f) {
        switch (scope) {
            case Scope.World w -> {
                if (f.kind() == LabFrame.Kind.CLOSED) {
                    round.leave(f.connectionId());
                } else {
                    round.join(f.connectionId());
                }
            }
            case Scope.Connection c -> {
            }
            case Scope.Player p -> {
                if (f.direction() == LabFrame.Direction.OUT && f.kind() == LabFrame.Kind.FRAME) {
                    round.replace(following, f.connectionId()); // the followed player's connection after a reconnect
                    following = f.connectionId();
                }
            }
        }
    }

    /** Makes the first file: in the directory, made when missing, under the first series name not taken. */
    private void openFirst() throws IOException {
        try {
            Files.createDirectories(dir);
            for (int n = 1; ; n++) {
                try {
                    openPart(firstOfSeries.apply(n));
                    opened.complete(currentFile);
                    return;
                } catch (FileAlreadyExistsException e) {
                    if (n >= MAX_SERIES) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot record into " + dir + ": " + e, e);
        }
    }

    /** The file being written, or the directory before the first is made: for the log. */
    private Object where() {
        return currentFile != null ? currentFile : dir;
    }

    /**
     * Closes what can be closed after a failed write (the file so far stays readable up to its last block),
     * or after the first file could not be made.
     */
    private void fail(IOException e) {
        subscription.close();
        stopAs = RecordingSummary.Ended.FAILED;
        Logger.warn("recording into {} stopped: {}", where(), e.getMessage());
        if (part != null) {
            try {
                block.reset(); // what did not reach a block is lost with the write that failed
                part.finish(tally.summary(nanoClock.getAsLong() - startNanos, RecordingSummary.Ended.FAILED, e.getMessage(), null));
            } catch (IOException | RuntimeException again) {
                try {
                    part.close();
                } catch (IOException ignored) {
                    // the first failure is the one to tell
                }
            }
        }
        opened.completeExceptionally(e); // when the first file could not be made
        finished.completeExceptionally(e);
    }

    private void noteMissed(long now) throws IOException {
        long seen = subscription.missed();
        if (seen > missedSoFar) {
            append(new Recorded.Missed(now, seen - missedSoFar));
            missed += seen - missedSoFar;
            missedSoFar = seen;
        }
    }

    /** Writes the waiting markers made at or before {@code offset}. */
    private void markersUpTo(long offset) throws IOException {
        Recorded.Marker m;
        while ((m = waiting.peek()) != null && m.offsetNanos() <= offset) {
            waiting.poll();
            waitingCount.decrementAndGet();
            append(m);
            markers.incrementAndGet();
        }
    }

    private void append(Recorded record) throws IOException {
        byte[] encoded = codec.encode(record);
        if (tally.records() > 0) {
            if (record.offsetNanos() - tally.startNanos() >= info.bounds().maxNanos()) {
                rotate(record.offsetNanos(), RecordingSummary.Ended.TIME);
            } else if (projectedBytes(encoded.length) > info.bounds().maxBytes()) {
                rotate(record.offsetNanos(), RecordingSummary.Ended.SIZE);
            }
        }
        if (block.size() > 0 && block.size() + encoded.length > BLOCK_BYTES) {
            closeBlock();
        }
        if (block.size() == 0) {
            blockOpenedNanos = nanoClock.getAsLong();
        }
        block.write(encoded, 0, encoded.length);
        tally.add(record);
        records++;
        if (record instanceof Recorded.Frame) {
            frames++;
        }
    }

    /**
     * The file's size, at most, if a record of {@code length} bytes were added and the file then closed: its
     * entries so far, the block (perhaps closed and another begun) and the summary, with the zip's own directory.
     */
    private long projectedBytes(int length) {
        return part.bytes() + PartFile.deflated(block.size() + (long) length) + (long) PartFile.ENTRY_OVERHEAD * (part.entries() + 3)
                + PartFile.deflated(tally.summaryBytes()) + PartFile.END_OVERHEAD;
    }

    private void closeBlock() throws IOException {
        if (block.size() > 0) {
            part.block(block.toByteArray(), block.size());
            block.reset();
            bytes = part.bytes();
        }
    }

    /** Ends this file at {@code offset} for {@code why}, begins the next part there, and deletes what is past keeping. */
    private void rotate(long offset, RecordingSummary.Ended why) throws IOException {
        closeBlock();
        RecordingInfo next = info.next(offset);
        part.finish(tally.summary(offset, why, null, next.fileName()));
        openPart(next);
        int gone = next.part() - info.bounds().keep();
        if (gone >= 1) {
            Files.deleteIfExists(dir.resolve(RecordingInfo.fileName(info.series(), gone)));
        }
    }

    private void openPart(RecordingInfo next) throws IOException {
        Path file = dir.resolve(next.fileName());
        part = new PartFile(file, next);
        info = next;
        tally = new PartTally(next.partStartNanos());
        currentFile = file;
        bytes = part.bytes();
    }
}
