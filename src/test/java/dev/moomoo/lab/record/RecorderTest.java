package dev.moomoo.lab.record;

import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.testing.Await;
import dev.moomoo.testing.HandFedFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.*;

class RecorderTest {
    private static final long START = 7_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    @TempDir
    Path dir;
    private final AtomicLong nanos = new AtomicLong(START);
    private final HandFedFeed feed = new HandFedFeed();
    private final Random random = new Random(26);

    private Recordings recordings() {
        return new Recordings(dir, feed, "moomoo-server test", nanos::get, () -> Instant.ofEpochMilli(1_800_000_000_000L));
    }

    private static LabFrame frame(long nanos, String connection, LabFrame.Direction direction, LabFrame.Kind kind, byte[] wire,
                                  byte[] plain, String code, String reason) {
        return new LabFrame(1_800_000_000_000L + nanos / 1_000_000, nanos, nanos / 111_000_000, "w", connection, "player " + connection,
                3, "v1.9", direction, kind, wire, plain, code, reason);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Feeds {@code frames}, waits until the recorder has them all, stops it and returns the last file's summary. */
    private RecordingSummary record(Recordings recordings, Recorder recorder, List<LabFrame> frames) throws Exception {
        frames.forEach(feed::offer);
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().frames() == frames.size()),
                () -> recorder.status().frames() + " of " + frames.size() + " frames written");
        return recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
    }

    /** The parts of the recording {@code recorder} wrote that are still there, in order. */
    private List<Path> parts(Recorder recorder) throws IOException {
        String series = recorder.status().file().getFileName().toString().replaceAll("-\\d{3}\\.rec\\.zip$", "");
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(series)).sorted().toList();
        }
    }

    private static List<Recorded> read(Path file, List<RecordingSummary> summaries) throws Exception {
        try (RecordingReader reader = RecordingReader.open(file)) {
            List<Recorded> all = RecordingFormatTest.readAll(reader);
            summaries.add(reader.summary());
            return all;
        }
    }

    private static List<String> entryNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void manyFramesOfEveryKindComeBackAsTheyWereSeen() throws Exception {
        Recordings recordings = recordings();
        Recorder recorder = recordings.start(new Scope.World("w"), 42, Bounds.defaults());
        List<LabFrame> sent = new ArrayList<>();
        LabFrame.Kind[] kinds = LabFrame.Kind.values();
        for (int i = 0; i < 3000; i++) {
            LabFrame.Kind kind = kinds[i % kinds.length];
            LabFrame.Direction direction = i % 2 == 0 ? LabFrame.Direction.IN : LabFrame.Direction.OUT;
            byte[] wire = kind == LabFrame.Kind.OPENED || kind == LabFrame.Kind.CLOSED ? new byte[0] : bytes(random.nextInt(300));
            byte[] plain = i % 3 == 0 ? wire : bytes(random.nextInt(40)); // keyed: the plaintext differs
            String code = kind == LabFrame.Kind.REFUSED && i % 4 == 0 ? null : "c" + (i % 40);
            String reason = kind == LabFrame.Kind.FRAME ? null : "why " + i + " \u00fc\u4e2d\ud83d\ude00";
            sent.add(frame(START + i * 1_000_000L, "conn" + (i % 7), direction, kind, wire, plain, code, reason));
        }
        sent.forEach(feed::offer);
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().frames() == sent.size()));
        assertTrue(recorder.mark("after all \u00e9", "chat client x (sid 3 'm\u00f6d')", 99));
        RecordingSummary summary = recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);

        List<RecordingSummary> summaries = new ArrayList<>();
        List<Recorded> read = read(recorder.status().file(), summaries);
        assertEquals(sent.size() + 1, read.size());
        for (int i = 0; i < sent.size(); i++) {
            LabFrame f = sent.get(i);
            RecordingFormatTest.assertRecord(new Recorded.Frame(f.nanos() - START, f), read.get(i));
        }
        assertEquals(new Recorded.Marker(read.getLast().offsetNanos(), 1_800_000_000_000L, 99, "after all \u00e9",
                "chat client x (sid 3 'm\u00f6d')"), read.getLast());
        assertEquals(summary, summaries.getFirst());
        assertEquals(500L, summary.kinds().get(LabFrame.Kind.REFUSED));
        assertEquals(List.of("v1.9"), summary.profiles());
        assertEquals(RecordingSummary.Ended.STOPPED, summary.ended());
        long blocks = entryNames(recorder.status().file()).stream().filter(n -> n.startsWith("frames-")).count();
        assertTrue(blocks > 5, "blocks of 64 KiB: " + blocks);
    }

    @Test
    void aFileEndsBeforeItsSizeBoundAndTheNextPartGoesOn() throws Exception {
        Recordings recordings = recordings();
        Bounds bounds = new Bounds(20_000, 600, 100);
        Recorder recorder = recordings.start(new Scope.World("w"), 42, bounds);
        List<LabFrame> sent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byte[] wire = bytes(1000); // random: deflate cannot shrink it
            sent.add(frame(START + i * 1_000_000L, "c", LabFrame.Direction.OUT, LabFrame.Kind.FRAME, wire, wire, "a", null));
        }
        record(recordings, recorder, sent);

        List<Path> parts = parts(recorder);
        assertTrue(parts.size() >= 3, "60 KB in files of 20 KB: " + parts);
        List<Recorded> all = new ArrayList<>();
        List<RecordingSummary> summaries = new ArrayList<>();
        for (Path p : parts) {
            assertTrue(Files.size(p) <= bounds.maxBytes(), p + " has " + Files.size(p) + " bytes");
            all.addAll(read(p, summaries));
        }
        for (int i = 0; i < parts.size(); i++) {
            RecordingSummary s = summaries.get(i);
            boolean last = i == parts.size() - 1;
            assertEquals(last ? RecordingSummary.Ended.STOPPED : RecordingSummary.Ended.SIZE, s.ended());
            assertEquals(last ? null : parts.get(i + 1).getFileName().toString(), s.next());
        }
        assertEquals(sent.size(), all.size(), "every frame in one of the parts");
        for (int i = 0; i < sent.size(); i++) {
            assertArrayEquals(sent.get(i).wire(), ((Recorded.Frame) all.get(i)).frame().wire());
        }
    }

    @Test
    void aFileCoversAtMostItsTimeBoundAndOnlyTheNewestPartsAreKept() throws Exception {
        Recordings recordings = recordings();
        Recorder recorder = recordings.start(new Scope.World("w"), 42, new Bounds(1 << 20, 1, 3));
        List<LabFrame> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) { // one every 100 ms: 10 a file
            byte[] wire = {(byte) i};
            sent.add(frame(START + i * SECOND / 10, "c", LabFrame.Direction.IN, LabFrame.Kind.FRAME, wire, wire, "9", null));
        }
        record(recordings, recorder, sent);

        List<Path> parts = parts(recorder);
        assertEquals(List.of("-003", "-004", "-005"), parts.stream().map(p -> p.getFileName().toString().replaceAll(".*(-\\d{3})\\.rec\\.zip", "$1")).toList());
        List<RecordingSummary> summaries = new ArrayList<>();
        List<Integer> firstByte = new ArrayList<>();
        for (Path p : parts) {
            try (RecordingReader reader = RecordingReader.open(p)) {
                assertEquals((firstByte.size() / 10 + 2) * SECOND, reader.info().partStartNanos(), p.toString());
                for (Recorded r : RecordingFormatTest.readAll(reader)) {
                    firstByte.add((int) ((Recorded.Frame) r).frame().wire()[0]);
                }
                summaries.add(reader.summary());
            }
        }
        assertEquals(IntStream.range(20, 50).boxed().toList(), firstByte, "parts 1 and 2 were deleted");
        assertEquals(List.of(RecordingSummary.Ended.TIME, RecordingSummary.Ended.TIME, RecordingSummary.Ended.STOPPED),
                summaries.stream().map(RecordingSummary::ended).toList());
        assertEquals(List.of(SECOND, SECOND), summaries.subList(0, 2).stream().map(RecordingSummary::durationNanos).toList());
    }

    @Test
    void aFileEndsAtItsTimeBoundWhenNothingComes() throws Exception {
        Recordings recordings = recordings();
        Recorder recorder = recordings.start(new Scope.World("w"), 42, new Bounds(1 << 20, 1, 3));
        nanos.set(START + SECOND * 3 / 2);
        assertTrue(Await.until(Duration.ofSeconds(5), () -> recorder.status().part() == 2));
        recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
        List<RecordingSummary> summaries = new ArrayList<>();
        for (Path p : parts(recorder)) {
            assertEquals(List.of(), read(p, summaries));
        }
        assertEquals(List.of(RecordingSummary.Ended.TIME, RecordingSummary.Ended.STOPPED),
                summaries.stream().map(RecordingSummary::ended).toList());
    }

    @Test
    void aWriteThatFailsEndsTheRecordingAndItIsNoLongerRunning() throws Exception {
        Path gone = dir.resolve("gone");
        Recordings recordings = new Recordings(gone, feed, "moomoo-server test", nanos::get, () -> Instant.ofEpochMilli(0));
        Recorder recorder = recordings.start(new Scope.World("w"), 42, new Bounds(1 << 20, 1, 3));
        Files.delete(recorder.opened().get(5, TimeUnit.SECONDS)); // still open: written on, unlinked
        Files.delete(gone); // the next part has nowhere to go
        byte[] wire = {1};
        feed.offer(frame(START, "c", LabFrame.Direction.IN, LabFrame.Kind.FRAME, wire, wire, "9", null));
        feed.offer(frame(START + 2 * SECOND, "c", LabFrame.Direction.IN, LabFrame.Kind.FRAME, wire, wire, "9", null));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> recorder.finished().get(5, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, failed.getCause());
        assertNull(recordings.running("w"), "a failed recording is not running");
        assertFalse(recorder.mark("after", "console", 1));
        assertEquals(0, feed.open(), "its subscription is closed");
    }

    @Test
    void aFileThatCannotBeMadeIsToldByTheRecordersOwnThreadNotByTheStart() throws Exception {
        Path taken = Files.writeString(dir.resolve("taken"), "a file where the directory would be");
        Recordings recordings = new Recordings(taken.resolve("recordings"), feed, "moomoo-server test", nanos::get, () -> Instant.ofEpochMilli(0));
        Recorder recorder = recordings.start(new Scope.World("w"), 42, Bounds.defaults()); // no file work here: nothing to throw
        ExecutionException failed = assertThrows(ExecutionException.class, () -> recorder.finished().get(5, TimeUnit.SECONDS));
        assertTrue(failed.getCause().getMessage().startsWith("cannot record into " + taken.resolve("recordings") + ": "), failed.getCause().getMessage());
        assertTrue(recorder.opened().isCompletedExceptionally());
        assertNull(recordings.running("w"));
        assertEquals("world w: " + failed.getCause().getMessage(), recordings.failure("w"));
        assertEquals(0, feed.open(), "its subscription is closed");
        assertNull(recorder.status().file());

        Files.delete(taken); // the operator makes room
        Recorder next = recordings.start(new Scope.World("w"), 42, Bounds.defaults());
        assertTrue(Files.exists(next.opened().get(5, TimeUnit.SECONDS)), "the directory is made, then the file");
        assertNull(recordings.failure("w"), "the next recording is told, not the last one's failure");
        recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aPlayerIsFollowedAcrossAReconnectByItsPlayerKey() {
        Predicate<LabFrame> follows = new Scope.Player("w", 3, "c1").filter();
        byte[] none = {};
        LabFrame.Direction in = LabFrame.Direction.IN;
        LabFrame.Kind opened = LabFrame.Kind.OPENED;
        assertTrue(follows.test(new LabFrame(0, 0, 1, "w", "c1", "", -1, "v1.8", in, opened, none, none, null, null)));
        assertFalse(follows.test(new LabFrame(0, 0, 1, "w", "c2", "", -1, "v1.8", in, opened, none, none, null, null)));
        assertTrue(follows.test(new LabFrame(0, 0, 1, "w", "c1", "key", 3, "v1.8", in, LabFrame.Kind.FRAME, none, none, "9", null)));
        // the same player on a new connection, after a reconnect
        assertTrue(follows.test(new LabFrame(0, 0, 9, "w", "c2", "key", 4, "v1.8", in, LabFrame.Kind.FRAME, none, none, "9", null)));
        assertFalse(follows.test(new LabFrame(0, 0, 9, "w", "c3", "other", 5, "v1.8", in, LabFrame.Kind.FRAME, none, none, "9", null)));
        assertFalse(follows.test(new LabFrame(0, 0, 9, "elsewhere", "c4", "key", 5, "v1.8", in, LabFrame.Kind.FRAME, none, none, "9", null)));

        Predicate<LabFrame> world = new Scope.World("w").filter();
        assertTrue(world.test(new LabFrame(0, 0, 9, "w", "c3", "other", 5, "v1.8", in, LabFrame.Kind.FRAME, none, none, "9", null)));
        assertFalse(world.test(new LabFrame(0, 0, 9, "elsewhere", "c4", "key", 5, "v1.8", in, LabFrame.Kind.FRAME, none, none, "9", null)));
    }

    @Test
    void oneRecordingAWorldAndMarkersOnlyWhileItRuns() throws Exception {
        Recordings recordings = recordings();
        Files.writeString(dir.resolve("20270115-080000-w-world-001.rec.zip"), "a file of the same name, never written over");
        Recorder recorder = recordings.start(new Scope.World("w"), 42, Bounds.defaults());
        assertEquals("20270115-080000-w-world-2-001.rec.zip", recorder.opened().get(5, TimeUnit.SECONDS).getFileName().toString());
        assertEquals(1, feed.open(), "one subscription, whatever names were tried");
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> recordings.start(new Scope.Connection("w", "c1"), 42, Bounds.defaults()));
        assertEquals("world w is recording already (world w): record off first", twice.getMessage());
        assertSame(recorder, recordings.running("w"));
        recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
        assertNull(recordings.running("w"));
        assertFalse(recorder.mark("too late", "console", 1));
        assertEquals(List.of(recorder.status().file().getFileName().toString(), "20270115-080000-w-world-001.rec.zip"),
                recordings.list().stream().map(Recordings.Listed::name).sorted(Comparator.reverseOrder()).toList());
        assertThrows(IOException.class, () -> recordings.open("../etc/passwd.rec.zip"));
        assertThrows(IOException.class, () -> recordings.open("missing.rec.zip"));
        try (var in = recordings.open(recorder.status().file().getFileName().toString())) {
            assertEquals('P', in.read());
        }
    }

    @Test
    void followingAPlayerItAsksForAKeyframeAtOnceAndEveryFiveSecondsOfItsLatestConnectionAndWritesEachAtItsTime() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        KeyframeSource keyframes = id -> {
            asked.add(id);
            return CompletableFuture.completedFuture(new LabKeyframe(1_800_000_000_000L, nanos.get(), asked.size(), "w", id, "player c1", 3, "v1.9",
                    List.of(new byte[] {(byte) 0x90})));
        };
        Recordings recordings = recordings();
        Recorder recorder = recordings.start(new Scope.Player("w", 3, "c1"), 1, new Bounds(1 << 20, 600, 2), keyframes);
        assertTrue(Await.until(Duration.ofSeconds(10), () -> asked.equals(List.of("c1"))), "one at once, of the player's connection: " + asked);

        byte[] m = {(byte) 0x91, 1};
        feed.offer(frame(START + SECOND, "c1", LabFrame.Direction.OUT, LabFrame.Kind.FRAME, m, m, "a", null));
        // the player came back on c2: its frames carry the same player key
        feed.offer(new LabFrame(1_800_000_002_000L, START + 2 * SECOND, 20, "w", "c2", "player c1", 3, "v1.9",
                LabFrame.Direction.OUT, LabFrame.Kind.FRAME, m, m, "a", null));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().frames() == 2));
        assertEquals(List.of("c1"), asked, "none before five seconds");
        nanos.set(START + 5 * SECOND);
        assertTrue(Await.until(Duration.ofSeconds(10), () -> asked.size() == 2), "the next after five seconds");
        assertEquals("c2", asked.get(1), "of the connection the player is on now");
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().records() >= 4), "two frames and two keyframes written");
        recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);

        List<Recorded.Keyframe> written = read(parts(recorder).getFirst(), new ArrayList<>()).stream()
                .filter(Recorded.Keyframe.class::isInstance).map(Recorded.Keyframe.class::cast).toList();
        assertEquals(List.of(0L, 5 * SECOND), written.stream().map(Recorded.Keyframe::offsetNanos).toList(), "each at the time it was made");
        assertEquals(List.of("c1", "c2"), written.stream().map(k -> k.keyframe().connectionId()).toList());
        assertArrayEquals(new byte[] {(byte) 0x90}, written.getFirst().keyframe().messages().getFirst());
    }

    @Test
    void aWorldRecordingAsksForAKeyframeOfEachOpenConnectionEveryFiveSecondsAtMostTwoAtOnce() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        List<CompletableFuture<LabKeyframe>> making = new CopyOnWriteArrayList<>();
        KeyframeSource keyframes = id -> {
            asked.add(id);
            CompletableFuture<LabKeyframe> k = new CompletableFuture<>(); // made when the test says so, as a tick would
            making.add(k);
            return k;
        };
        Recordings recordings = recordings();
        Recorder recorder = recordings.start(new Scope.World("w"), 1, Bounds.defaults(), keyframes);
        byte[] m = {(byte) 0x91, 1};
        for (String c : List.of("c1", "c2", "c3", "c1")) {
            feed.offer(frame(START, c, LabFrame.Direction.OUT, LabFrame.Kind.FRAME, m, m, "a", null));
        }
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().frames() == 4));
        assertEquals(List.of("c1", "c2"), asked, "one for each connection seen, but two at most being made");

        making.getFirst().complete(keyframeOf("c1"));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> asked.size() == 3), "the third once one of the two is made");
        assertEquals("c3", asked.get(2));
        making.get(1).complete(keyframeOf("c2"));
        making.get(2).complete(keyframeOf("c3"));
        feed.offer(frame(START, "c2", LabFrame.Direction.OUT, LabFrame.Kind.CLOSED, new byte[0], new byte[0], null, "1000"));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().records() == 5 + 3), "five frames and three keyframes written");
        assertEquals(3, asked.size(), "none before five seconds");

        nanos.set(START + 5 * SECOND);
        assertTrue(Await.until(Duration.ofSeconds(10), () -> asked.size() == 5), "the open connections again after five seconds: " + asked);
        assertEquals(List.of("c1", "c3"), asked.subList(3, 5), "the one asked longest ago first; c2 closed and left the round");
        making.get(3).complete(keyframeOf("c1"));
        making.get(4).complete(keyframeOf("c3"));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().records() == 5 + 5));
        feed.offer(frame(START + 5 * SECOND, "c1", LabFrame.Direction.OUT, LabFrame.Kind.FRAME, m, m, "a", null));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().frames() == 6), "a turn of the writer after the last two were made");
        assertEquals(5, asked.size(), "c2 never again");
        recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);

        List<Recorded.Keyframe> written = read(parts(recorder).getFirst(), new ArrayList<>()).stream()
                .filter(Recorded.Keyframe.class::isInstance).map(Recorded.Keyframe.class::cast).toList();
        assertEquals(List.of("c1", "c2", "c3", "c1", "c3"), written.stream().map(k -> k.keyframe().connectionId()).toList());
        assertEquals(List.of("player c1", "player c2", "player c3", "player c1", "player c3"), written.stream().map(k -> k.keyframe().player()).toList());
    }

    private LabKeyframe keyframeOf(String connection) {
        return new LabKeyframe(1_800_000_000_000L, nanos.get(), 1, "w", connection, "player " + connection, 3, "v1.9", List.of(new byte[] {(byte) 0x90}));
    }
}
