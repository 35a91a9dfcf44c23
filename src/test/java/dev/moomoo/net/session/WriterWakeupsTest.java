package dev.moomoo.net.session;

import dev.moomoo.net.websocket.Frames;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriterWakeupsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WriterWakeups wakeups = new WriterWakeups();
    private final List<Writer> writers = new ArrayList<>();

    /** An outbox with a writer thread that takes every batch, copied, into {@code taken}. */
    private record Writer(Outbox outbox, ConcurrentLinkedQueue<byte[]> taken, Thread thread) {
        /** Bytes taken so far (the tests' frames are one byte each, or a 3-byte update frame). */
        int bytes() {
            return taken.stream().mapToInt(b -> b.length).sum();
        }
    }

    private Writer writer() throws InterruptedException {
        Outbox outbox = new Outbox(100_000, 1 << 30);
        ConcurrentLinkedQueue<byte[]> taken = new ConcurrentLinkedQueue<>();
        Thread thread = Thread.ofVirtual().start(() -> {
            try {
                WriteBatch batch = new WriteBatch();
                while (outbox.take(batch)) {
                    taken.add(Arrays.copyOf(batch.bytes(), batch.length()));
                    batch.clear();
                }
            } catch (InterruptedException ignored) {
                // test over
            }
        });
        Writer w = new Writer(outbox, taken, thread);
        writers.add(w);
        assertTrue(Await.until(WAIT, () -> thread.getState() == Thread.State.WAITING), "writer parked in take()");
        return w;
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Writer w : writers) {
            w.outbox().abort();
            w.thread().join();
        }
        wakeups.close();
    }

    @Test
    void aFrameQueuedInABurstIsOwedAWakeUntilTheBurstEnds() throws InterruptedException {
        Writer w = writer();
        wakeups.during(() -> {
            assertEquals(Outbox.Offer.ACCEPTED, w.outbox().offerLatest(new byte[] {7}, 1));
            assertTrue(w.outbox().isWakeOwed(), "the burst owes the writer its wake");
        });
        assertTrue(Await.until(WAIT, () -> !w.taken().isEmpty()), "the writer got the frame after the burst");
        assertArrayEquals(new byte[] {(byte) 0x82, 1, 7}, w.taken().peek(), "a binary frame of the update");
        assertTrue(Await.until(WAIT, () -> !w.outbox().isWakeOwed()), "the owed wake was paid");
    }

    @Test
    void framesQueuedOutsideABurstOrByAnotherThreadWakeAtOnce() throws InterruptedException {
        Writer outside = writer();
        outside.outbox().offer(new byte[] {1});
        assertFalse(outside.outbox().isWakeOwed());
        assertTrue(Await.until(WAIT, () -> outside.taken().size() == 1));

        Writer other = writer();
        boolean[] deliveredDuringBurst = new boolean[1];
        wakeups.during(() -> {
            Thread t = Thread.ofPlatform().start(() -> other.outbox().offer(new byte[] {2}));
            try {
                t.join();
                assertFalse(other.outbox().isWakeOwed(), "another thread's frame owes nothing");
                // Delivered while this burst still runs: the other thread woke the writer itself.
                deliveredDuringBurst[0] = Await.until(WAIT, () -> other.taken().size() == 1);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(deliveredDuringBurst[0]);
    }

    @Test
    void controlAndCloseFramesInABurstWakeAtOnce() throws InterruptedException {
        Writer w = writer();
        boolean[] delivered = new boolean[2];
        wakeups.during(() -> {
            try {
                w.outbox().offerPong(Frames.pong(new byte[] {9}));
                assertFalse(w.outbox().isWakeOwed());
                delivered[0] = Await.until(WAIT, () -> w.taken().size() == 1);
                w.outbox().finish(new byte[] {8});
                delivered[1] = Await.until(WAIT, () -> w.taken().size() == 2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(delivered[0], "pong written during the burst");
        assertTrue(delivered[1], "Close frame written during the burst");
    }

    @Test
    void manyBackToBackBurstsLoseNoFrameAndNoWake() throws InterruptedException {
        int outboxes = 200;
        int bursts = 300;
        List<Writer> all = new ArrayList<>();
        for (int i = 0; i < outboxes; i++) {
            all.add(writer());
        }
        int[] expected = new int[outboxes];
        Random random = new Random(7);
        for (int b = 0; b < bursts; b++) {
            wakeups.during(() -> {
                for (int i = 0; i < outboxes; i++) {
                    for (int k = random.nextInt(3); k > 0; k--) { // 0-2 frames, some outboxes twice in one burst
                        all.get(i).outbox().offer(new byte[] {(byte) i});
                        expected[i]++;
                    }
                }
            });
        }
        assertTrue(Await.until(WAIT, () -> {
            for (int i = 0; i < outboxes; i++) {
                if (all.get(i).bytes() != expected[i]) {
                    return false;
                }
            }
            return true;
        }), "every frame of every burst reached its writer");
        for (int i = 0; i < outboxes; i++) {
            assertEquals(expected[i], all.get(i).bytes(), "writer " + i);
        }
    }

    @Test
    void aBurstThatThrowsStillWakesItsWriters() throws InterruptedException {
        Writer w = writer();
        assertThrows(IllegalStateException.class, () -> wakeups.during(() -> {
            w.outbox().offer(new byte[] {1});
            throw new IllegalStateException("phase failed");
        }));
        assertTrue(Await.until(WAIT, () -> w.taken().size() == 1));
    }

    @Test
    void afterCloseABurstWakesItsWritersItself() throws InterruptedException {
        Writer w = writer();
        wakeups.close();
        wakeups.during(() -> w.outbox().offer(new byte[] {1}));
        assertTrue(Await.until(WAIT, () -> w.taken().size() == 1));
        assertFalse(w.outbox().isWakeOwed());
    }
}
