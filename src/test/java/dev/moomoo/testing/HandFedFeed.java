package dev.moomoo.testing;

import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.LabFrame;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A {@link LabFeed} a test feeds by hand: each {@link #offer} is tested against every subscription's
 * filter on the test's thread, as the lab's own thread would, and a full subscription counts it missed.
 */
public final class HandFedFeed implements LabFeed {
    private final List<Sub> subscriptions = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(Predicate<LabFrame> filter, int capacity) {
        Sub s = new Sub(filter, capacity);
        subscriptions.add(s);
        return s;
    }

    /** Hands {@code frame} to every open subscription whose filter takes it. */
    public void offer(LabFrame frame) {
        for (Sub s : subscriptions) {
            if (!s.closed && s.filter.test(frame) && !s.queue.offer(frame)) {
                s.missed.incrementAndGet();
            }
        }
    }

    /**
     * Hands {@code frame} to every open subscription whose filter takes it, waiting up to {@code millis} for
     * room in each: a test's burst that should reach a page whole (the server's tap never waits).
     */
    public void offerWaiting(LabFrame frame, long millis) throws InterruptedException {
        for (Sub s : subscriptions) {
            if (!s.closed && s.filter.test(frame) && !s.queue.offer(frame, millis, TimeUnit.MILLISECONDS)) {
                s.missed.incrementAndGet();
            }
        }
    }

    /** A frame of connection {@code connection}, player {@code player}, sid {@code sid}, on era 2's profile with plain bytes. */
    public static LabFrame frame(String connection, String player, int sid, LabFrame.Direction direction, LabFrame.Kind kind,
                                 String code, byte[] bytes, String reason) {
        return new LabFrame(System.currentTimeMillis(), System.nanoTime(), 42, "main", connection, player, sid, "era2", direction, kind,
                bytes, bytes, code, reason);
    }

    /** Counts {@code n} frames missed by every open subscription (as a full queue would). */
    public void miss(long n) {
        subscriptions.stream().filter(s -> !s.closed).forEach(s -> s.missed.addAndGet(n));
    }

    /** Subscriptions not closed yet. */
    public long open() {
        return subscriptions.stream().filter(s -> !s.closed).count();
    }

    /** Whether every subscription has taken all it was given. */
    public boolean drained() {
        return subscriptions.stream().allMatch(s -> s.queue.isEmpty());
    }

    private static final class Sub implements Subscription {
        final Predicate<LabFrame> filter;
        final BlockingQueue<LabFrame> queue;
        final AtomicLong missed = new AtomicLong();
        volatile boolean closed;

        Sub(Predicate<LabFrame> filter, int capacity) {
            this.filter = filter;
            this.queue = new ArrayBlockingQueue<>(capacity);
        }

        @Override
        public LabFrame poll(long millis) throws InterruptedException {
            return closed ? null : queue.poll(millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public long missed() {
            return missed.get();
        }

        @Override
        public void close() {
            closed = true;
            queue.clear();
        }
    }
}
