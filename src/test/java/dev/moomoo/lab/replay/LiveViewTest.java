package dev.moomoo.lab.replay;

import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.lab.record.Scope;
import dev.moomoo.testing.Await;
import dev.moomoo.testing.HandFedFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A live view's keyframes (README, "Replays and spectating"): each costs the world's tick a scan of the
 * player's view, so a view asks for one a second at most, however often its spectator pauses and plays
 * or its queue misses frames; one asked for too soon is not lost but made when the second is over. The
 * view's clock is the test's own; a frame handed to the view and taken twice over is the sign that the
 * view has looked at what it was asked since.
 */
class LiveViewTest {
    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long START = 7_000 * MILLI;
    private static final long TICK = 100;

    private final HandFedFeed feed = new HandFedFeed();
    private final AtomicLong now = new AtomicLong(START);
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<byte[]> shown = new CopyOnWriteArrayList<>();
    /** Keyframe n (from 1) is the one message {@code [n]}; made as asked, at tick {@value #TICK}. */
    private final KeyframeSource keyframes = connectionId -> {
        asked.add(connectionId);
        return CompletableFuture.completedFuture(new LabKeyframe(0, now.get(), TICK, "main", connectionId, "player c1", 3, "era2",
                List.of(new byte[] {(byte) asked.size()})));
    };
    private final LiveView view = new LiveView(feed, keyframes, new Scope.Player("main", 3, "c1"), "era2", m -> shown.add(m), now::get);

    @AfterEach
    void stop() {
        view.stop();
    }

    /** A message the followed player's connection c1 was written at the keyframes' tick. */
    private static LabFrame written(byte[] m) {
        return new LabFrame(0, 0, TICK, "main", "c1", "player c1", 3, "era2", LabFrame.Direction.OUT, LabFrame.Kind.FRAME, m, m, "a", null);
    }

    /** Hands the view a frame and waits until it took it, twice: it has gone round its loop since whatever came before. */
    private void roundTrip() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            feed.offer(written(new byte[] {(byte) 0xC0}));
            assertTrue(Await.until(Duration.ofSeconds(10), feed::drained), "the view takes its frames");
        }
    }

    private void awaitKeyframes(int n) throws InterruptedException {
        assertTrue(Await.until(Duration.ofSeconds(10), () -> asked.size() >= n && shown.stream().anyMatch(m -> m.length == 1 && m[0] == n)),
                "keyframe " + n + " asked for and shown: " + asked.size() + " asked");
    }

    @Test
    void pausedAndPlayedTwentyTimesWithinASecondItAsksForTwoKeyframesTheSecondWhenTheSecondIsOver() throws Exception {
        view.start();
        awaitKeyframes(1);
        byte[] live = {(byte) 0x92, 1, 2};
        feed.offer(written(live));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> shown.size() == 2), "a message written after the keyframe is shown");

        for (int i = 0; i < 20; i++) {
            now.addAndGet(40 * MILLI); // 20 of them within 800 ms of the first keyframe
            view.control(new Control.Pause());
            view.control(new Control.Play());
            roundTrip();
        }
        assertEquals(List.of("c1"), asked, "no keyframe within a second of the last");
        assertEquals(2, shown.size(), "what the player is written while a keyframe is due is left out: the keyframe shows it");

        now.set(START + 1_000 * MILLI);
        awaitKeyframes(2);
        feed.offer(written(live));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> shown.size() == 4), "shown again after the keyframe: " + shown.size());
        roundTrip();
        assertEquals(List.of("c1", "c1"), asked, "the twenty plays asked for one keyframe, made once the second was over");
    }

    @Test
    void framesMissedWithinASecondOfAKeyframeAskForTheNextWhenTheSecondIsOver() throws Exception {
        view.start();
        awaitKeyframes(1);
        now.addAndGet(500 * MILLI);
        feed.miss(10);
        roundTrip();
        assertEquals(1, asked.size(), "not within the second");
        now.addAndGet(500 * MILLI);
        awaitKeyframes(2);
    }

    @Test
    void theObjectsShownBeforeANewKeyframeAreRemovedFirstTheKeyframeShowsWhatTheViewHoldsNow() throws Exception {
        view.start();
        awaitKeyframes(1);
        byte[] tree = ReplayTimelineTest.hex("92 a1 48 91 98 09 64 ccc8 00 32 00 c0 ff"); // ["H", [[9, 100, 200, 0, 50, 0, nil, -1]]]
        feed.offer(written(tree));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> shown.size() == 2), "the tree shown");
        now.addAndGet(1_000 * MILLI);
        feed.miss(1); // the spectator fell behind: a new keyframe
        awaitKeyframes(2);
        assertArrayEquals(ReplayTimelineTest.hex("92 a1 51 91 09"), shown.get(2), "[\"Q\", [9]] before the keyframe");
        assertEquals(4, shown.size(), "then the keyframe");
    }

    @Test
    void aPlayerOfTheOwnClientIsShownToTheV18ClientWithItsStandInsAndToTheOwnClientAsItIs() throws Exception {
        byte[] drawsAll = ReplayTimelineTest.hex("92 a1 61 91 9d 07 6e ccc8 ca3fc00000 ff 05 04 a174 c3 3c 00 00 00"); // the emerald variant (4) and hat 60
        KeyframeSource own = connectionId -> CompletableFuture.completedFuture(new LabKeyframe(0, now.get(), TICK, "main", connectionId, "k7", 7,
                "era2", List.of(drawsAll)));
        List<byte[]> v18 = new CopyOnWriteArrayList<>();
        List<byte[]> ownClient = new CopyOnWriteArrayList<>();
        LiveView toV18 = new LiveView(feed, own, new Scope.Player("main", 7, "c7"), "era2", v18::add, now::get);
        LiveView toOwn = new LiveView(feed, own, new Scope.Player("main", 7, "c7"), "era2", new Screen() {
            @Override
            public boolean show(byte[] message) {
                return ownClient.add(message);
            }

            @Override
            public boolean drawsAll() {
                return true;
            }
        }, now::get);
        toV18.start();
        toOwn.start();
        try {
            assertTrue(Await.until(Duration.ofSeconds(10), () -> v18.size() == 1 && ownClient.size() == 1), "the keyframes shown");
            feed.offer(new LabFrame(0, 0, TICK, "main", "c7", "k7", 7, "era2", LabFrame.Direction.OUT, LabFrame.Kind.FRAME, drawsAll, drawsAll, "a", null));
            assertTrue(Await.until(Duration.ofSeconds(10), () -> v18.size() == 2 && ownClient.size() == 2), "the update shown");
            for (byte[] m : v18) {
                assertArrayEquals(ReplayTimelineTest.hex(ReplayTimelineTest.era2Update("6e")), m, "the ruby (3) and no hat for the v1.8 client");
            }
            for (byte[] m : ownClient) {
                assertArrayEquals(drawsAll, m, "the own client draws it all");
            }
        } finally {
            toV18.stop();
            toOwn.stop();
        }
    }

    @Test
    void aPlayerOfTheV19ClientIsShownReencodedToAnEra2SpectatorFromEachKeyframeOn() throws Exception {
        List<byte[]> seen = new CopyOnWriteArrayList<>();
        KeyframeSource v19 = connectionId -> CompletableFuture.completedFuture(new LabKeyframe(0, now.get(), TICK, "main", connectionId, "device:d1", 7,
                "v19", List.of(ReplayTimelineTest.V19_UPDATE_WITH_ATTRIBUTES)));
        LiveView era2 = new LiveView(feed, v19, new Scope.Player("main", 7, "c7"), "era2", seen::add, now::get);
        era2.start();
        try {
            assertTrue(Await.until(Duration.ofSeconds(10), () -> seen.size() == 1), "the keyframe shown");
            for (byte[] m : List.of(ReplayTimelineTest.V19_TELEGRAPH, ReplayTimelineTest.V19_UPDATE_MOVED)) {
                feed.offer(new LabFrame(0, 0, TICK, "main", "c7", "device:d1", 7, "v19", LabFrame.Direction.OUT, LabFrame.Kind.FRAME, m, m, "a", null));
            }
            assertTrue(Await.until(Duration.ofSeconds(10), () -> seen.size() == 2), "the update shown");
            assertArrayEquals(ReplayTimelineTest.hex(ReplayTimelineTest.era2Update("64")), seen.get(0), "the keyframe's update as era 2 writes it");
            assertArrayEquals(ReplayTimelineTest.hex(ReplayTimelineTest.era2Update("6e")), seen.get(1),
                    "the move, its attributes carried from the keyframe; the telegraph (v1.9 only) left out");
        } finally {
            era2.stop();
        }
    }
}
