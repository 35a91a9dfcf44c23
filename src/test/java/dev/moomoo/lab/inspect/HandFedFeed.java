package dev.moomoo.lab.inspect;

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
 * A {@link LabFeed} a test feeds by hand, standing in for the server's tap: {@link #feed} offers a frame
 * to every subscription whose filter takes it, without ever waiting; a full subscription misses it.
 */
public final class HandFedFeed implements LabFeed {
    private final List<Sub> subscriptions = new CopyOnWriteArrayList<>();

    private final class Sub implements Subscription {
        final Predicate<LabFrame> filter;
        final BlockingQueue<LabFrame> queue;
        final AtomicLong missed = new AtomicLong();

        Sub(Predicate<LabFrame> filter, int capacity) {
            this.filter = filter;
            this.queue = new ArrayBlockingQueue<>(capacity);
        }

        @Override
        public LabFrame poll(long millis) throws InterruptedException {
            return queue.poll(millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public long missed() {
            return missed.get();
        }

        @Override
        public void close() {
            subscriptions.remove(this);
            queue.clear();
        }
    }

    @Override
    public Subscription subscribe(Predicate<LabFrame> filter, int capacity) {
        Sub s = new Sub(filter, capacity);
        subscriptions.add(s);
        return s;
    }

    /** Offers {@code frame} to every subscription; never waits. */
    public void feed(LabFrame frame) {
        for (Sub s : subscriptions) {
            if (s.filter.test(frame) && !s.queue.offer(frame)) {
                s.missed.incrementAndGet();
            }
        }
    }

    /**
     * Offers {@code frame} to every subscription, waiting up to {@code millis} for room in each: a test's
     * burst that should reach a page whole (the server's tap never waits).
     */
    public void feedWaiting(LabFrame frame, long millis) throws InterruptedException {
        for (Sub s : subscriptions) {
            if (s.filter.test(frame) && !s.queue.offer(frame, millis, TimeUnit.MILLISECONDS)) {
                s.missed.incrementAndGet();
            }
        }
    }

    /** Subscriptions open now. */
    public int subscribers() {
        return subscriptions.size();
    }

    /** A frame of connection {@code connection}, player {@code player}, sid {@code sid}, on era 2's profile with plain bytes. */
    public static LabFrame frame(String connection, String player, int sid, LabFrame.Direction direction, LabFrame.Kind kind,
                                 String code, byte[] bytes, String reason) {
        return new LabFrame(System.currentTimeMillis(), System.nanoTime(), 42, "main", connection, player, sid, "era2", direction, kind,
                bytes, bytes, code, reason);
    }
}
