package dev.moomoo.gateway;

import dev.moomoo.admin.TraceReport;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabFrame.Direction;
import dev.moomoo.lab.LabFrame.Kind;
import dev.moomoo.lab.LabTap;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The text trace, a subscriber of the tap: one line per frame with its world and tick, floats told
 * from integers, refused messages with their bytes and reason, a file that rotates at its cap, and
 * {@code trace off} that returns at once, even while the writer is stuck, and still gets everything seen
 * before it into the file.
 */
class PacketTraceTest {
    private static final HexFormat HEX = HexFormat.of();
    @TempDir
    Path dir;
    private final LabTap tap = new LabTap();

    @AfterEach
    void close() {
        tap.close();
    }

    private static LabFrame frame(long tick, Kind kind, Direction direction, String profile, byte[] wire, String code, String reason) {
        return new LabFrame(1_764_900_000_000L, tick, tick, "main", "c" + tick % 3, "", -1, profile, direction, kind, wire, wire, code, reason);
    }

    private List<TraceReport.Line> traced(PacketTrace trace, Path file, List<LabFrame> frames) throws Exception {
        trace.start(PacketTrace.Filter.ALL, file);
        frames.forEach(tap::offer);
        trace.stop();
        assertTrue(trace.awaitStopped(Duration.ofSeconds(30)), "the file is complete");
        return Files.readAllLines(file).stream().map(TraceReport.Line::parse).toList();
    }

    @Test
    void aFloatReadsAsAFloatAndAnIntegerAsAnInteger() throws Exception {
        // ["a", [7.0 as float32, 7, 1.5 as float64, 1.57 as float32, -1]], by the msgpack spec's type bytes
        byte[] message = HEX.parseHex("92a161" + "95" + "ca40e00000" + "07" + "cb3ff8000000000000" + "ca3fc8f5c3" + "ff");
        List<TraceReport.Line> lines = traced(new PacketTrace(tap, "era2"), dir.resolve("t.log"),
                List.of(frame(42, Kind.FRAME, Direction.OUT, "era2", message, "a", null)));
        TraceReport.Line line = lines.getFirst();
        assertEquals("[7.0,7,1.5,1.57,-1]", line.detail());
        assertEquals(42, line.tick());
        assertEquals("main", line.world());
        assertEquals("out", line.direction());
        assertEquals("frame", line.kind());
        assertEquals("a", line.code());
        assertEquals(message.length, line.bytes());
    }

    @Test
    void aRefusedMessageIsTracedWithItsBytesInHexAndTheReason() throws Exception {
        byte[] garbage = HEX.parseHex("92a27a7a90");
        List<TraceReport.Line> lines = traced(new PacketTrace(tap, "era2"), dir.resolve("t.log"), List.of(
                frame(7, Kind.REFUSED, Direction.IN, "era2", garbage, null, "unknown_code: unknown client packet code \"zz\""),
                frame(8, Kind.FRAME, Direction.IN, "v19", HEX.parseHex("92a13090"), "0", null)));
        assertEquals("refused", lines.get(0).kind());
        assertEquals("-", lines.get(0).code());
        assertEquals("92a27a7a90 unknown_code: unknown client packet code \"zz\"", lines.get(0).detail());
        assertEquals("v19:0", lines.get(1).code(), "another profile than the default: its codes are told apart");
    }

    @Test
    void theFileRotatesAtItsCap() throws Exception {
        Path file = dir.resolve("t.log");
        long cap = 2_000;
        traced(new PacketTrace(tap, "era2", cap), file, pings(60));
        Path previous = dir.resolve("t.log.1");
        assertTrue(Files.exists(previous), "rotated");
        assertTrue(Files.size(file) <= cap, "the file is under its cap: " + Files.size(file));
        assertTrue(Files.size(previous) <= cap, "and so was the one before");
        List<Long> ticks = new ArrayList<>();
        for (Path p : List.of(previous, file)) {
            Files.readAllLines(p).stream().map(TraceReport.Line::parse).forEach(l -> ticks.add(l.tick()));
        }
        assertEquals(ticks.size() - 1, ticks.getLast() - ticks.getFirst(), "the newest lines, in order, none lost between the files");
        assertEquals(59, ticks.getLast());
    }

    /**
     * Lines whose writes wait, from the first on, until the test lets them go: a disk that hangs, and that
     * gives up when interrupted, or, {@code deaf}, one that does not answer even then.
     */
    private static final class HeldLines implements PacketTrace.Lines {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> written = new CopyOnWriteArrayList<>();
        private final boolean deaf;
        volatile boolean interrupted;
        volatile boolean closed;

        HeldLines() {
            this(false);
        }

        HeldLines(boolean deaf) {
            this.deaf = deaf;
        }

        @Override
        public void write(String line) throws IOException {
            entered.countDown();
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    if (!deaf) {
                        throw new InterruptedIOException("interrupted while held");
                    }
                }
            }
            written.add(line);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static List<LabFrame> pings(int n) {
        List<LabFrame> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(frame(i, Kind.FRAME, Direction.IN, "era2", HEX.parseHex("92a13091" + String.format("%02x", i)), "0", null));
        }
        return frames;
    }

    /** A trace into {@code lines}, its writer held in its first write of {@code frames} (offered to the tap). */
    private PacketTrace heldIn(HeldLines lines, String where, List<LabFrame> frames) throws InterruptedException {
        PacketTrace trace = new PacketTrace(tap, "era2");
        trace.start(PacketTrace.Filter.ALL, where, () -> lines);
        frames.forEach(tap::offer);
        assertTrue(lines.entered.await(10, TimeUnit.SECONDS), "the writer is in its first write, held there");
        return trace;
    }

    @Test
    void stoppingReturnsWhileTheWriterIsHeldAndTheTraceStillGetsEverythingSeenBefore() throws Exception {
        HeldLines held = new HeldLines();
        List<LabFrame> frames = pings(50);
        PacketTrace trace = heldIn(held, "held", frames);

        assertEquals("held", trace.stop(), "the call a tick thread makes: it returns while the writer is held");
        assertFalse(trace.isOn());
        assertTrue(trace.describe().startsWith("off (the last trace is still being written to held"), trace.describe());

        held.release.countDown();
        assertTrue(trace.awaitStopped(Duration.ofSeconds(30)));
        assertFalse(held.interrupted, "nobody gave up on the writer");
        assertTrue(held.closed);
        assertEquals(frames.stream().map(trace::line).toList(), held.written, "every frame seen before the stop, in order");
        assertEquals("off", trace.describe());
    }

    /**
     * Starts a trace into {@code where} while {@code held} still writes, then lets {@code held} go: the new
     * trace waits, and opens its lines (which take every write at once) only once {@code held} has closed.
     */
    private static void opensOnceClosed(PacketTrace trace, String where, HeldLines held, String because) throws Exception {
        HeldLines lines = new HeldLines();
        lines.release.countDown();
        AtomicBoolean closedAtOpen = new AtomicBoolean();
        CompletableFuture<Void> opened = trace.start(PacketTrace.Filter.ALL, where, () -> {
            closedAtOpen.set(held.closed);
            return lines;
        });
        assertFalse(opened.isDone(), "it waits while the earlier one is held");
        held.release.countDown();
        opened.get(30, TimeUnit.SECONDS);
        assertTrue(closedAtOpen.get(), because);
    }

    @Test
    void aTraceStartedWhileTheLastIsStillWritingOpensItsFileOnceTheLastHasClosedItsOwn() throws Exception {
        HeldLines first = new HeldLines();
        PacketTrace trace = heldIn(first, "first", pings(3));
        opensOnceClosed(trace, "second", first, "two writers never share a file");
        assertEquals(3, first.written.size());
        trace.close();
    }

    @Test
    void aTraceStoppedWhileItWaitedForAStuckOneDoesNotLetTheNextOpenBeforeTheStuckOneHasClosed() throws Exception {
        HeldLines stuck = new HeldLines(true);
        PacketTrace trace = heldIn(stuck, "same file", pings(3));
        trace.stop();
        AtomicBoolean secondOpened = new AtomicBoolean();
        trace.start(PacketTrace.Filter.ALL, "same file", () -> {
            secondOpened.set(true);
            return line -> {
            };
        });
        trace.stop(); // the second, waiting for the first, is given up on after its bound (5 s)

        // the second gives up within a few seconds; the first is still writing, so nothing counts as stopped
        assertFalse(trace.awaitStopped(Duration.ofSeconds(8)), "stopped only once the stuck writer has ended");
        opensOnceClosed(trace, "same file", stuck, "two writers never share a file, even across one that gave up waiting");
        assertFalse(secondOpened.get(), "the second, stopped while it waited, never opened the file");
        trace.close();
    }

    @Test
    void aFileThatCannotBeOpenedIsToldByTheStartsFutureAndByDescribe() throws Exception {
        PacketTrace trace = new PacketTrace(tap, "era2");
        Path file = dir.resolve("no-such-dir").resolve("t.log");
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> trace.start(PacketTrace.Filter.ALL, file).get(30, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, failed.getCause());
        assertTrue(Await.until(Duration.ofSeconds(30), () -> trace.describe().contains("; stopped writing: cannot open " + file)), trace.describe());
        trace.close();
    }

    @Test
    void aTracedPlayersFramesMatchAcrossItsConnectionsAndNoOtherPlayers() {
        PacketTrace.Filter follow = new PacketTrace.Filter("main", "c1", "127.0.0.1/alice", null);
        assertTrue(follow.test(withPlayer("c1", "")), "its connection before its key was known");
        assertTrue(follow.test(withPlayer("c9", "127.0.0.1/alice")), "a later connection of the same player");
        assertFalse(follow.test(withPlayer("c2", "127.0.0.1/bob")));
    }

    private static LabFrame withPlayer(String connection, String player) {
        byte[] b = new byte[0];
        return new LabFrame(0, 0, 0, "main", connection, player, 1, "era2", Direction.IN, Kind.FRAME, b, b, "0", null);
    }
}
