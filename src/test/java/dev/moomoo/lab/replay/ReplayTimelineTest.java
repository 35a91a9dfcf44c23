package dev.moomoo.lab.replay;

import dev.moomoo.game.data.GameData;
import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.lab.record.Bounds;
import dev.moomoo.lab.record.Recorder;
import dev.moomoo.lab.record.RecordingException;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.lab.record.RecordingSummary;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.lab.record.Scope;
import dev.moomoo.protocol.Profile;
import dev.moomoo.testing.Await;
import dev.moomoo.testing.HandFedFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A timeline read from a recording: one player's view of a world recording, chosen by its sid and
 * followed across a reconnect, with the errors that name the sids a recording holds; and a recording
 * re-encoded for a client of another profile, checked against bytes written out by hand from the
 * protocol's definition (src/site/protocol.md: the shapes, and how numbers are written).
 */
class ReplayTimelineTest {
    private static final long START = 7_000_000_000L;
    private static final long MILLI = 1_000_000L;
    @TempDir
    Path dir;
    private final HandFedFeed feed = new HandFedFeed();

    private static LabFrame out(long nanos, long tick, String connection, String player, int sid, String profile, byte[] message) {
        return new LabFrame(1_800_000_000_000L, nanos, tick, "w", connection, player, sid, profile, LabFrame.Direction.OUT, LabFrame.Kind.FRAME,
                message, message, "?", null);
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }

    /** Records {@code frames} in {@code scope}, the keyframes from {@code keyframes} ({@code keyframeCount} of them) among them; returns the file. */
    private Path record(Scope scope, KeyframeSource keyframes, int keyframeCount, List<LabFrame> frames) throws Exception {
        Recordings recordings = new Recordings(dir, feed, "moomoo-server test", () -> START, () -> Instant.ofEpochMilli(1_800_000_000_000L));
        Recorder recorder = recordings.start(scope, 1, Bounds.defaults(), keyframes);
        frames.forEach(feed::offer);
        assertTrue(Await.until(Duration.ofSeconds(10), () -> recorder.status().records() == frames.size() + keyframeCount),
                () -> recorder.status().records() + " records written");
        recordings.stop(scope.world(), RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
        return recorder.status().file();
    }

    private static ReplayTimeline read(Path file, ReplayTimeline.View view) throws Exception {
        return ReplayTimeline.read(file.getFileName().toString(), () -> RecordingReader.open(file), view);
    }

    private static List<String> payloads(List<byte[]> messages) {
        return messages.stream().map(HexFormat.of()::formatHex).toList();
    }

    private static List<String> messages(ReplayTimeline t) {
        return payloads(t.messages().stream().map(ReplayTimeline.Message::payload).toList());
    }

    // the players of the world recording: connection -> player key and sid (c3 is k1 come back)
    private static final Map<String, String> KEYS = Map.of("c1", "k1", "c2", "k2", "c3", "k1");
    private static final Map<String, Integer> SIDS = Map.of("c1", 3, "c2", 4, "c3", 5);

    private static byte[] m(int n) {
        return new byte[] {(byte) 0x91, (byte) n};
    }

    private Path world() throws Exception {
        KeyframeSource keyframes = id -> CompletableFuture.completedFuture(new LabKeyframe(1_800_000_000_000L, START, 1, "w", id, KEYS.get(id),
                SIDS.get(id), "era2", List.of(new byte[] {(byte) 0x90}, id.getBytes())));
        byte[] none = {};
        return record(new Scope.World("w"), keyframes, 3, List.of(
                out(START + MILLI, 1, "c1", "k1", -1, "era2", m(0)), // before its spawn: the player's by its key
                out(START + 2 * MILLI, 2, "c1", "k1", 3, "era2", m(1)),
                out(START + 3 * MILLI, 2, "c2", "k2", 4, "era2", m(2)),
                out(START + 4 * MILLI, 3, "c1", "k1", 3, "era2", m(3)),
                new LabFrame(0, START + 5 * MILLI, 3, "w", "c1", "k1", 3, "era2", LabFrame.Direction.OUT, LabFrame.Kind.CLOSED, none, none, null, "1006"),
                out(START + 6 * MILLI, 4, "c3", "k1", 5, "era2", m(4)), // k1 again, after a reconnect
                out(START + 7 * MILLI, 4, "c2", "k2", 4, "era2", m(5))));
    }

    @Test
    void aPlayersViewOfAWorldRecordingIsItsMessagesAndKeyframesFollowedAcrossAReconnect() throws Exception {
        Path file = world();

        ReplayTimeline three = read(file, new ReplayTimeline.View.Player(3));
        assertEquals(payloads(List.of(m(0), m(1), m(3), m(4))), messages(three), "k1's, on c1 and then on c3");
        assertEquals(List.of("c1", "c3"), three.keyframes().stream().map(LabKeyframe::connectionId).toList(), "k1's keyframes");
        assertEquals("era2", three.profile());

        ReplayTimeline four = read(file, new ReplayTimeline.View.Player(4));
        assertEquals(payloads(List.of(m(2), m(5))), messages(four));
        assertEquals(List.of("c2"), four.keyframes().stream().map(LabKeyframe::connectionId).toList());
        assertEquals(payloads(List.of(new byte[] {(byte) 0x90}, "c2".getBytes())), payloads(four.keyframes().getFirst().messages()));

        ReplayTimeline five = read(file, new ReplayTimeline.View.Player(5));
        assertEquals(payloads(List.of(m(0), m(1), m(3), m(4))), messages(five), "sid 5 is k1 too: the same view");
    }

    @Test
    void aWorldRecordingWithoutAViewOrWithASidItDoesNotHoldIsRefusedNamingTheSidsItHolds() throws Exception {
        Path file = world();
        RecordingException none = assertThrows(RecordingException.class, () -> read(file, new ReplayTimeline.View.Recorded()));
        assertEquals("a recording of a whole world holds many views: name one, replay <file> view <sid> to <address>; it holds sids 3, 4, 5",
                none.getMessage());
        RecordingException wrong = assertThrows(RecordingException.class, () -> read(file, new ReplayTimeline.View.Player(9)));
        assertEquals("no player with sid 9 in this recording; it holds sids 3, 4, 5", wrong.getMessage());
    }

    @Test
    void aPlayerRecordingPlaysWithoutAView() throws Exception {
        Path file = record(new Scope.Player("w", 3, "c1"), KeyframeSource.NONE, 0, List.of(
                out(START + MILLI, 1, "c1", "k1", 3, "era2", m(1)), out(START + 2 * MILLI, 2, "c1", "k1", 3, "era2", m(2))));
        assertEquals(payloads(List.of(m(1), m(2))), messages(read(file, new ReplayTimeline.View.Recorded())));
        assertEquals(payloads(List.of(m(1), m(2))), messages(read(file, new ReplayTimeline.View.Player(3))));
    }

    // v1.9 messages (src/site/protocol.md, "The v1.9 profile"), and what an era 2 client is sent for them
    /** {@code ["a", [[7, 100, 200, 150], [7, -1, 5, 4, "t", true, 60, 0, 0, 0], []]]}: sid 7 at (100, 200), 1.5 rad, its attributes. */
    static final byte[] V19_UPDATE_WITH_ATTRIBUTES = hex("92 a1 61 93 94 07 64 ccc8 cc96 9a 07 ff 05 04 a174 c3 3c 00 00 00 90");
    /** {@code ["a", [[7, 110, 200, 150], [], []]]}: sid 7 moved; its attributes unchanged, so not sent. */
    static final byte[] V19_UPDATE_MOVED = hex("92 a1 61 93 94 07 6e ccc8 cc96 90 90");
    /** {@code ["G", [[7, "bob", 40], [], [], [7], [], []]]}: the board, sid 7 with the crab badge. */
    private static final byte[] V19_BOARD = hex("92 a1 47 96 93 07 a3626f62 28 90 90 91 07 90 90");
    /** {@code ["D", [["id7", 7, "bob", 100, 200, 0, 100, 100, 35, 0, false, false, nil], true]]}. */
    private static final byte[] V19_ADD_PLAYER = hex("92 a1 44 92 9d a3696437 07 a3626f62 64 ccc8 00 64 64 23 00 c2 c2 c0 c3");
    /** {@code ["W", [1, 100, 200, 50, 1000]]}: a telegraph, which only v1.9 has. */
    static final byte[] V19_TELEGRAPH = hex("92 a1 57 95 01 64 ccc8 32 cd03e8");
    /** Not msgpack: a message that does not decode. */
    private static final byte[] GARBAGE = hex("c1");

    /**
     * {@code ["a", [[7, x, 200, 1.5, -1, 5, 3, "t", true, 0, 0, 0, 0]]]} with x = {@code x}: era 2's 13 values, the angle
     * as float32, the emerald variant (4) and hat 60 as the v1.8 client's stand-ins (3, and none).
     */
    static String era2Update(String x) {
        return "92 a1 61 91 9d 07 " + x + " ccc8 ca3fc00000 ff 05 03 a174 c3 00 00 00 00";
    }

    /**
     * A recording of player 7 on c1 in {@code profile}: a keyframe of {@code keyframe} at its start, then
     * {@code messages} 1 ms apart from 1 ms on (ticks 1, 1, 1, 2, 2, ...).
     */
    private ReplayTimeline playerSeven(String profile, List<byte[]> keyframe, byte[]... messages) throws Exception {
        KeyframeSource keyframes = id -> CompletableFuture.completedFuture(new LabKeyframe(1_800_000_000_000L, START, 1, "w", id, "k1", 7, profile,
                keyframe));
        List<LabFrame> frames = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            frames.add(out(START + (i + 1) * MILLI, 1 + i / 3, "c1", "k1", 7, profile, messages[i]));
        }
        return read(record(new Scope.Player("w", 7, "c1"), keyframes, 1, frames), new ReplayTimeline.View.Recorded());
    }

    @Test
    void aV19RecordingIsReencodedForAnEra2ClientAttributesCarriedOverAndWhatEra2LacksLeftOut() throws Exception {
        ReplayTimeline v19 = playerSeven("v19", List.of(V19_UPDATE_WITH_ATTRIBUTES, V19_BOARD),
                V19_UPDATE_MOVED, V19_TELEGRAPH, GARBAGE, V19_BOARD, V19_ADD_PLAYER);
        assertSame(v19, v19.inProfile(Profile.V19, GameData.standard()), "its own profile: as it is");

        ReplayTimeline era2 = v19.inProfile(Profile.ERA_2, GameData.standard());
        assertEquals("era2", era2.profile());
        assertEquals(payloads(List.of(
                        hex(era2Update("6e")), // the attributes it did not carry, from the keyframe before it
                        hex("92 a1 47 91 93 07 a3626f62 28"), // ["G", [[7, "bob", 40]]]
                        hex("92 a1 44 92 9a a3696437 07 a3626f62 64 ccc8 00 64 64 23 00 c3"))), // era 2's 10 values
                messages(era2), "the telegraph (v1.9 only) and the message that does not decode are left out");
        assertEquals(payloads(List.of(hex(era2Update("64")), hex("92 a1 47 91 93 07 a3626f62 28"))), payloads(era2.keyframes().getFirst().messages()));
        assertEquals(List.of(START + MILLI - START, START + 4 * MILLI - START, START + 5 * MILLI - START),
                era2.messages().stream().map(ReplayTimeline.Message::offsetNanos).toList(), "each at its time");

        // the own client speaks era 2 too, but draws everything: the emerald variant (4) and hat 60 as they were
        ReplayTimeline own = v19.inProfile(Profile.ERA_2, null);
        assertArrayEquals(hex("92 a1 61 91 9d 07 6e ccc8 ca3fc00000 ff 05 04 a174 c3 3c 00 00 00"), own.messages().getFirst().payload(),
                "no stand-ins for a client that draws all");
    }

    @Test
    void anEra2RecordingOfTheOwnClientGetsTheV18ClientsStandInsAndWhatNeedsNoneKeepsItsBytes() throws Exception {
        byte[] drawsAll = hex("92 a1 61 91 9d 07 6e ccc8 ca3fc00000 ff 05 04 a174 c3 3c 00 00 00"); // the emerald variant (4) and hat 60
        byte[] plain = hex(era2Update("64")); // variant 3, no hat: the v1.8 client draws it
        byte[] hatBought = hex("92 a1 35 93 00 3c c2"); // ["5", [0, 60, false]]: hat 60 bought
        byte[] hatOwned = hex("92 a1 35 93 00 07 c2"); // ["5", [0, 7, false]]
        ReplayTimeline recorded = playerSeven("era2", List.of(drawsAll), plain, hatBought, hatOwned, GARBAGE, drawsAll);
        assertSame(recorded, recorded.inProfile(Profile.ERA_2, null), "the own client draws it all: as it is");

        ReplayTimeline v18 = recorded.inProfile(Profile.ERA_2, GameData.standard());
        assertEquals(payloads(List.of(plain, hatOwned, GARBAGE, hex(era2Update("6e")))), messages(v18),
                "the hat the v1.8 client has no picture of is not said bought, the update gets the ruby and no hat; the rest as recorded");
        assertSame(recorded.messages().getFirst().payload(), v18.messages().getFirst().payload(), "what needs no stand-in keeps its bytes");
        assertEquals(payloads(List.of(hex(era2Update("6e")))), payloads(v18.keyframes().getFirst().messages()), "the keyframe too");
    }

    @Test
    void replaysAreReadOneAtATimeSoTheMemoryNotYetCountedIsOneReplaysAtMost() throws Exception {
        Path file = record(new Scope.Player("w", 3, "c1"), KeyframeSource.NONE, 0, List.of(out(START + MILLI, 1, "c1", "k1", 3, "era2", m(1))));
        Recordings recordings = new Recordings(dir, feed, "moomoo-server test", () -> START, () -> Instant.ofEpochMilli(1_800_000_000_000L));
        String name = file.getFileName().toString();
        CountDownLatch holdFirst = new CountDownLatch(1);
        CountDownLatch firstReading = new CountDownLatch(1);
        Screen held = new Screen() {
            @Override
            public boolean show(byte[] message) {
                return true;
            }

            @Override
            public boolean drawsAll() {
                firstReading.countDown(); // asked while the replay is read and re-encoded
                try {
                    holdFirst.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return true;
            }
        };
        CompletableFuture<Show> first = CompletableFuture.supplyAsync(() -> Shows.replay(recordings, name, new ReplayTimeline.View.Recorded())
                .make("era2", held), Executors.newVirtualThreadPerTaskExecutor());
        assertTrue(firstReading.await(10, TimeUnit.SECONDS), "the first is being read");
        CompletableFuture<Show> second = CompletableFuture.supplyAsync(() -> Shows.replay(recordings, name, new ReplayTimeline.View.Recorded())
                .make("era2", m -> true), Executors.newVirtualThreadPerTaskExecutor());
        assertTrue(Await.until(Duration.ofSeconds(10), Shows::aReplayWaitsToBeRead), "the second waits for the first");
        assertFalse(second.isDone());
        holdFirst.countDown();
        first.get(10, TimeUnit.SECONDS).stop(); // what it reserved is given back
        second.get(10, TimeUnit.SECONDS).stop(); // then the second was read
    }

    @Test
    void era1AndEra2MessagesTakeEachOthersCodes() {
        Reencoding toEra1 = new Reencoding(Profile.ERA_2, Profile.ERA_1, GameData.standard());
        assertArrayEquals(hex("92 a1 31 91 07"), toEra1.convert(hex("92 a1 43 91 07")), "[\"C\", [7]] is era 1's [\"1\", [7]]");
        // ["I", [[1, 0, 100, 200, 0, 50, 0]]]: era 1 calls the animals "a"
        assertArrayEquals(hex("92 a1 61 91 97 01 00 64 ccc8 00 32 00"), toEra1.convert(hex("92 a1 49 91 97 01 00 64 ccc8 00 32 00")));

        Reencoding toEra2 = new Reencoding(Profile.ERA_1, Profile.ERA_2, GameData.standard());
        // ["33", [[7, 100, 200, 0, -1, 5, 0, nil, false, 0, 0, 0, 0]]]: era 1's players' update is era 2's "a"
        assertArrayEquals(hex("92 a1 61 91 9d 07 64 ccc8 00 ff 05 00 c0 c2 00 00 00 00"),
                toEra2.convert(hex("92 a2 3333 91 9d 07 64 ccc8 00 ff 05 00 c0 c2 00 00 00 00")));
        assertNull(toEra2.convert(hex("92 a1 43 91 07")), "era 2's setup code means nothing in era 1");
        assertEquals(1, toEra2.undecodable());
    }

    @Test
    void anEra2UpdateWrittenForAV19ClientHidesThePlayersAndAnimalsThePreviousOneShowedAndThisOneDoesNot() {
        Reencoding toV19 = new Reencoding(Profile.ERA_2, Profile.V19, GameData.standard());
        // ["a", [[7, 100, 200, 0, -1, 5, 0, nil, false, 0, 0, 0, 0, 8, 110, 200, 0, -1, 5, 0, nil, false, 0, 0, 0, 0]]]
        byte[] both = toV19.convert(hex("92 a1 61 91 dc001a 07 64 ccc8 00 ff 05 00 c0 c2 00 00 00 00 08 6e ccc8 00 ff 05 00 c0 c2 00 00 00 00"));
        // ["a", [[7, 100, 200, 0, 8, 110, 200, 0], [7, -1, 5, 0, nil, false, 0, 0, 0, 0, 8, -1, ...], []]]
        assertArrayEquals(hex("92 a1 61 93 98 07 64 ccc8 00 08 6e ccc8 00 dc0014 07 ff 05 00 c0 c2 00 00 00 00 08 ff 05 00 c0 c2 00 00 00 00 90"), both);
        // then sid 7 alone: ["a", [[7, 100, 200, 0], [7, -1, 5, 0, nil, false, 0, 0, 0, 0], [8]]]
        assertArrayEquals(hex("92 a1 61 93 94 07 64 ccc8 00 9a 07 ff 05 00 c0 c2 00 00 00 00 91 08"),
                toV19.convert(hex("92 a1 61 91 9d 07 64 ccc8 00 ff 05 00 c0 c2 00 00 00 00")));

        // ["I", [[1, 0, 100, 200, 0, 50, 0]]], then ["I", [[]]]: v1.9's [[1, 0, 100, 200, 0, 50, 0, 0], []], then [[], [1]]
        assertArrayEquals(hex("92 a1 49 92 98 01 00 64 ccc8 00 32 00 00 90"), toV19.convert(hex("92 a1 49 91 97 01 00 64 ccc8 00 32 00")));
        assertArrayEquals(hex("92 a1 49 92 90 91 01"), toV19.convert(hex("92 a1 49 91 90")));
    }
}
