package dev.moomoo.lab;

import java.util.function.Predicate;

/**
 * Where the lab's frames can be read from. Each subscription has its own bounded queue, filled off the
 * tick thread; a subscriber that falls behind loses frames, and {@link Subscription#missed()} counts
 * them, instead of slowing the world or growing without bound.
 */
public interface LabFeed {

    /**
     * Starts delivering the frames that {@code filter} accepts (tested on the lab's own thread) to a new
     * subscription holding at most {@code capacity} undelivered frames.
     */
    Subscription subscribe(Predicate<LabFrame> filter, int capacity);

    interface Subscription extends AutoCloseable {
        /** The next frame, waiting at most {@code millis}; null when none came or the subscription closed. */
        LabFrame poll(long millis) throws InterruptedException;

        /** Frames this subscription could not keep because its queue was full. */
        long missed();

        /** Stops the deliveries; frames still queued are dropped. */
        @Override
        void close();
    }
}
