package dev.moomoo.lab;

import dev.moomoo.lab.LabFeed.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The tap's bounds and its subscriptions: a subscriber that does not read loses frames (counted) and
 * takes nothing from another; a closed subscription gets nothing more; the shared queue, bounded by
 * frames and by bytes, never makes a hook wait.
 */
class LabTapTest {
    private final List<LabTap> taps = new ArrayList<>();

    private LabTap tap(int frames, long bytes) {
        LabTap t = new LabTap(frames, bytes);
        taps.add(t);
        return t;
    }

    @AfterEach
    void close() {
        taps.forEach(LabTap::close);
    }

    /** A frame of {@code size} bytes whose order is told by its tick. */
    private static LabFrame frame(long n, int size) {
        byte[] bytes = new byte[size];
        return new LabFrame(0, n, n, "w", "c1", "", -1, "era2", LabFrame.Direction.IN, LabFrame.Kind.FRAME, bytes, bytes, "0", null);
    }

    private static List<Long> ticks(Subscription s) throws InterruptedException {
        List<Long> seen = new ArrayList<>();
        for (LabFrame f; (f = s.poll(0)) != null; ) {
            seen.add(f.tick());
        }
        return seen;
    }

    @Test
    void offWhileNobodySubscribes() {
        LabTap tap = tap(16, 1 << 20);
        assertFalse(tap.isOn());
        Subscription s = tap.subscribe(f -> true, 4);
        assertTrue(tap.isOn());
        s.close();
        assertFalse(tap.isOn(), "the last subscription closed: the hooks stop at their one check");
    }

    @Test
    void aSlowSubscriptionLosesFramesAndCountsThemWithoutTakingAnyFromAnother() throws Exception {
        LabTap tap = tap(1000, 1 << 20);
        Subscription slow = tap.subscribe(f -> true, 4);
        Subscription fast = tap.subscribe(f -> true, 1000);
        Subscription evenOnly = tap.subscribe(f -> f.tick() % 2 == 0, 1000);
        for (int i = 0; i < 100; i++) {
            tap.offer(frame(i, 10));
        }
        assertTrue(tap.awaitDelivered(5000));
        assertEquals(96, slow.missed(), "4 kept, the rest missed");
        assertEquals(List.of(0L, 1L, 2L, 3L), ticks(slow), "the first four, in order");
        List<Long> all = new ArrayList<>();
        for (long i = 0; i < 100; i++) {
            all.add(i);
        }
        assertEquals(all, ticks(fast));
        assertEquals(0, fast.missed());
        assertEquals(all.stream().filter(i -> i % 2 == 0).toList(), ticks(evenOnly), "its filter, tested on the tap's thread");
        assertEquals(0, tap.missed());
    }

    @Test
    void aClosedSubscriptionGetsNothingMore() throws Exception {
        LabTap tap = tap(100, 1 << 20);
        Subscription closing = tap.subscribe(f -> true, 100);
        Subscription staying = tap.subscribe(f -> true, 100);
        tap.offer(frame(1, 1));
        assertTrue(tap.awaitDelivered(5000));
        closing.close();
        tap.offer(frame(2, 1));
        assertTrue(tap.awaitDelivered(5000));
        assertNull(closing.poll(0), "closed: what was queued is dropped and nothing new comes");
        assertEquals(List.of(1L, 2L), ticks(staying));
    }

    @Test
    void aSubscriptionThatNeverPollsHoldsAtMostItsBytesOfLargeFramesAndCountsTheRest() throws Exception {
        int large = 64 * 1024; // the largest message a client may send
        long perFrame = LabTap.FRAME_OVERHEAD + large;
        LabTap tap = new LabTap(1000, 1L << 30, 4 * perFrame + perFrame / 2);
        taps.add(tap);
        Subscription stalled = tap.subscribe(f -> true, 1000); // room for 1,000 frames, bytes for 4.5
        for (int i = 0; i < 20; i++) {
            tap.offer(frame(i, large));
            assertTrue(tap.awaitDelivered(5000)); // one at a time: the shared queue's own bound stays out of it
        }
        assertEquals(16, stalled.missed(), "4 frames' bytes held, the 16 after them counted");
        assertEquals(0, tap.missed());
        assertEquals(List.of(0L, 1L, 2L, 3L), ticks(stalled), "the first four, in order");

        // polling gave their bytes back: four more fit
        for (int i = 20; i < 26; i++) {
            tap.offer(frame(i, large));
        }
        assertTrue(tap.awaitDelivered(5000));
        assertEquals(List.of(20L, 21L, 22L, 23L), ticks(stalled));
        assertEquals(18, stalled.missed());
    }

    @Test
    void aKeyedFrameCostsItsWireAndItsPlainBytes() throws Exception {
        LabTap tap = new LabTap(1000, 1L << 30, 3 * (LabTap.FRAME_OVERHEAD + 200));
        taps.add(tap);
        Subscription stalled = tap.subscribe(f -> true, 1000);
        for (int i = 0; i < 5; i++) {
            tap.offer(new LabFrame(0, i, i, "w", "c1", "", -1, "v1.9", LabFrame.Direction.IN, LabFrame.Kind.FRAME,
                    new byte[100], new byte[100], "0", null));
        }
        assertTrue(tap.awaitDelivered(5000));
        assertEquals(List.of(0L, 1L, 2L), ticks(stalled), "wire and plain are 200 bytes a frame: three fit");
        assertEquals(2, stalled.missed());
    }

    @Test
    void theSharedQueueIsBoundedByFramesAndByBytesAndNeverWaits() throws Exception {
        CountDownLatch inFilter = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LabTap byFrames = tap(10, 1 << 20);
        // a filter that holds the tap's thread on the first frame, so that the queue fills behind it
        Subscription s = byFrames.subscribe(f -> {
            if (f.tick() == 0) {
                inFilter.countDown();
                awaitQuietly(release);
            }
            return true;
        }, 100);
        byFrames.offer(frame(0, 1));
        assertTrue(inFilter.await(5, TimeUnit.SECONDS));
        long start = System.nanoTime();
        for (int i = 1; i <= 15; i++) {
            byFrames.offer(frame(i, 1));
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "offering never waited for the held thread");
        assertEquals(5, byFrames.missed(), "10 queued, 5 missed");
        release.countDown();
        assertTrue(byFrames.awaitDelivered(5000));
        assertEquals(11, ticks(s).size());

        // by bytes: each frame costs its bytes and the allowance per frame
        long perFrame = LabTap.FRAME_OVERHEAD + 100;
        LabTap byBytes = tap(1000, 3 * perFrame);
        CountDownLatch inFilter2 = new CountDownLatch(1);
        CountDownLatch release2 = new CountDownLatch(1);
        Subscription s2 = byBytes.subscribe(f -> {
            if (f.tick() == 0) {
                inFilter2.countDown();
                awaitQuietly(release2);
            }
            return true;
        }, 100);
        byBytes.offer(frame(0, 100));
        assertTrue(inFilter2.await(5, TimeUnit.SECONDS));
        for (int i = 1; i <= 5; i++) {
            byBytes.offer(frame(i, 100));
        }
        assertEquals(2, byBytes.missed(), "3 frames' bytes fit, 2 did not");
        release2.countDown();
        assertTrue(byBytes.awaitDelivered(5000));
        assertEquals(List.of(0L, 1L, 2L, 3L), ticks(s2));
    }

    @Test
    void aPlayerIsLookedUpByItsOpenConnection() {
        LabTap tap = tap(10, 1 << 20);
        assertNull(tap.playerOf("c1"));
        tap.identified("c1", "127.0.0.1/alice");
        assertEquals("127.0.0.1/alice", tap.playerOf("c1"));
        tap.forget("c1");
        assertNull(tap.playerOf("c1"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
