package dev.moomoo.lab.replay;

import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a real client still draws when a keyframe comes is taken away first (README, "Replays and
 * spectating"): a seek back in a replay would otherwise leave the buildings built after the target
 * standing. The messages that take it away are checked against bytes written out by hand from the
 * protocol's definition (src/site/protocol.md: {@code Q} is {@code [objSid]}; v1.9's {@code a} is
 * {@code [pos, attrs, hidden]} and its {@code I} is {@code [ais, hidden]}).
 */
class LeftoversTest {
    private static final ServerCodec ERA_2 = new ServerCodec(Profile.ERA_2);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    /** How long a seek may take to land at most: it shows a handful of messages from memory. */
    private static final long LANDS_WITHIN_SECONDS = 10;

    private final BlockingQueue<String> shown = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> told = new LinkedBlockingQueue<>();
    private final Screen screen = new Screen() {
        @Override
        public boolean show(byte[] message) {
            shown.add(HexFormat.of().formatHex(message));
            return true;
        }

        @Override
        public void tell(String line) {
            told.add(line);
        }
    };
    private Playback playback;

    @AfterEach
    void stop() {
        if (playback != null) {
            playback.stop();
        }
    }

    private static byte[] objects(int... sidAndOwner) {
        List<ServerPacket.ObjectInfo> objects = new ArrayList<>();
        for (int i = 0; i < sidAndOwner.length; i += 2) {
            objects.add(new ServerPacket.ObjectInfo(sidAndOwner[i], 100 * i, 200, 0, 50, sidAndOwner[i + 1] < 0 ? 0 : null,
                    sidAndOwner[i + 1] < 0 ? null : 3, sidAndOwner[i + 1]));
        }
        return ERA_2.encode(new ServerPacket.AddObjects(objects));
    }

    private static String hex(byte[] m) {
        return HexFormat.of().formatHex(m);
    }

    private static String hex(String spaced) {
        return spaced.replaceAll("\\s", "");
    }

    /** {@code ["Q", [sid]]} for a sid below 128. */
    private static String removeObject(int sid) {
        return hex("92 a1 51 91") + HexFormat.of().toHexDigits((byte) sid);
    }

    /** What the screen is shown until the seek has landed (its line told), in order. */
    private List<String> untilLanded() throws InterruptedException {
        String line = told.poll(LANDS_WITHIN_SECONDS, TimeUnit.SECONDS);
        assertNotNull(line, "the seek landed");
        List<String> got = new ArrayList<>();
        shown.drainTo(got);
        return got;
    }

    @Test
    void aSeekTakesAwayTheObjectsShownSinceAndTheKeyframeAddsBackWhatItsViewHolds() throws Exception {
        byte[] first = objects(1, -1, 2, -1); // two trees
        byte[] second = objects(1, -1, 3, 5); // a tree, and player 5's wall
        byte[] wall = objects(3, 5);
        byte[] spike = objects(4, 5);
        byte[] treeGone = ERA_2.encode(new ServerPacket.RemoveObject(2));
        byte[] wallsGone = ERA_2.encode(new ServerPacket.RemoveBuildings(5));
        ReplayTimeline t = new ReplayTimeline("test", "era2", List.of(
                new ReplayTimeline.Message(SECOND, 10, wall),
                new ReplayTimeline.Message(2 * SECOND, 19, treeGone),
                new ReplayTimeline.Message(4 * SECOND, 37, spike),
                new ReplayTimeline.Message(5 * SECOND, 46, wallsGone),
                new ReplayTimeline.Message(6 * SECOND, 55, objects(6, -1))),
                List.of(new LabKeyframe(0, 0, 1, "w", "c1", "k1", 1, "era2", List.of(first)),
                        new LabKeyframe(0, 3 * SECOND, 28, "w", "c1", "k1", 1, "era2", List.of(second))));
        playback = new Playback(t, screen);
        playback.control(new Control.Pause());
        playback.start();
        assertEquals(List.of(hex(first)), untilLanded(), "the start is the first keyframe, with nothing to take away");

        playback.control(new Control.Seek(4 * SECOND));
        assertEquals(List.of(removeObject(1), removeObject(2), hex(second), hex(spike)), untilLanded(),
                "the first keyframe's trees go, then the second keyframe and its spike");
        playback.control(new Control.Seek(SECOND + SECOND / 2));
        assertEquals(List.of(removeObject(1), removeObject(3), removeObject(4), hex(first), hex(wall)), untilLanded(),
                "back before the spike: the objects the client holds go, then the first keyframe and the wall as recorded");

        playback.control(new Control.Seek(6 * SECOND));
        assertEquals(List.of(removeObject(1), removeObject(2), removeObject(3), hex(second), hex(spike), hex(wallsGone), hex(objects(6, -1))),
                untilLanded(), "forward again: the tree removed and the wall are taken away too, then the second keyframe on");
        playback.control(new Control.Seek(3 * SECOND));
        assertEquals(List.of(removeObject(1), removeObject(6), hex(second)), untilLanded(),
                "player 5's buildings went with its R: only the two trees are left to take away");
    }

    @Test
    void aV19ClientIsToldToHideThePlayersAndAnimalsItsDeltasShowed() throws Exception {
        List<byte[]> got = new ArrayList<>();
        Leftovers leftovers = new Leftovers(m -> got.add(m), Profile.V19);
        // v1.9's a: sid 7 at (100, 200) with its attributes, and sid 8 at (110, 200) without; then sid 9 moved and sid 8 hidden
        leftovers.show(ReplayTimelineTest.V19_UPDATE_WITH_ATTRIBUTES);
        leftovers.show(ReplayTimelineTest.hex("92 a1 61 93 98 08 6e ccc8 00 09 6e ccc8 00 90 91 08"));
        // v1.9's I: one cow, sid 12, of type 0 at (300, 400); then H: tree 11
        leftovers.show(ReplayTimelineTest.hex("92 a1 49 92 98 0c 00 cd012c cd0190 00 64 00 00 90"));
        leftovers.show(ReplayTimelineTest.hex("92 a1 48 91 98 0b 64 ccc8 00 32 00 c0 ff"));
        got.clear();

        assertTrue(leftovers.takeAway());
        assertEquals(List.of(hex("92 a1 51 91 0b"), hex("92 a1 61 93 90 90 93 07 08 09"), hex("92 a1 49 92 90 91 0c")),
                got.stream().map(LeftoversTest::hex).toList(), "the tree 11 removed, the players 7, 8 and 9 and the cow 12 hidden");
        got.clear();
        assertTrue(leftovers.takeAway());
        assertEquals(List.of(), got, "all taken away already: nothing more to send");
    }

    @Test
    void inTheOlderProfilesAnEmptyUpdateHidesEveryoneAnUpdateShowed() throws Exception {
        List<byte[]> got = new ArrayList<>();
        Leftovers leftovers = new Leftovers(m -> got.add(m), Profile.ERA_2);
        leftovers.show(ReplayTimelineTest.hex(ReplayTimelineTest.era2Update("64")));
        leftovers.show(objects(9, -1));
        got.clear();
        assertTrue(leftovers.takeAway());
        // ["Q", [9]], then ["a", [[]]]: an era 2 update hides whoever it does not list; no I was shown, so none is sent
        assertEquals(List.of(removeObject(9), hex("92 a1 61 91 90")), got.stream().map(LeftoversTest::hex).toList(),
                "the tree, and the players (a dead player's keyframe has no update to hide them)");

        leftovers.show(ReplayTimelineTest.hex("92 a1 49 91 97 01 00 64 ccc8 00 32 00")); // ["I", [[1, 0, 100, 200, 0, 50, 0]]]
        got.clear();
        assertTrue(leftovers.takeAway());
        assertEquals(List.of(hex("92 a1 49 91 90")), got.stream().map(LeftoversTest::hex).toList(), "[\"I\", [[]]] hides the cow");
    }

    @Test
    void aFileNamingMoreSidsThanAnyWorldHoldsIsTrackedOnlyUpToABound() throws Exception {
        List<byte[]> got = new ArrayList<>();
        Leftovers leftovers = new Leftovers(m -> got.add(m), Profile.ERA_2);
        int half = Leftovers.MOST_TRACKED / 2 + 5;
        for (int message = 0; message < 2; message++) { // two H's: one would be past the values a message may hold
            int[] sidAndOwner = new int[2 * half];
            for (int i = 0; i < half; i++) {
                sidAndOwner[2 * i] = message * half + i;
                sidAndOwner[2 * i + 1] = -1;
            }
            leftovers.show(objects(sidAndOwner));
        }
        got.clear();
        assertTrue(leftovers.takeAway());
        assertEquals(Leftovers.MOST_TRACKED, got.size(), "one Q for each object kept track of, and no more");
    }
}
