package dev.moomoo.lab.replay;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory the replays being shown hold, over the whole process: each replay holds its recording's
 * messages and keyframes (up to {@link ReplayTimeline#MAX_BYTES}, twice when re-encoded), and any signed-in
 * page may start one, so together they are bounded: by a quarter of the heap. A replay that would pass it
 * is refused in words for its spectator; what a replay held is given back when it stops. Any thread.
 */
final class ReplayMemory {
    private final long budget;
    private final AtomicLong held = new AtomicLong();

    ReplayMemory(long budget) {
        this.budget = budget;
    }

    /** The process's own: a quarter of the most heap the JVM will have. */
    static final ReplayMemory PROCESS = new ReplayMemory(Runtime.getRuntime().maxMemory() / 4);

    /**
     * Reserves {@code bytes} for a replay; returns what gives them back (once, however often it is run), or
     * an IllegalArgumentException naming the budget when the replays shown already hold too much.
     */
    Runnable reserve(long bytes) {
        long now = held.addAndGet(bytes);
        if (now > budget) {
            held.addAndGet(-bytes);
            throw new IllegalArgumentException("the replays being shown hold " + ((now - bytes) >> 20) + " MiB already, and this one needs "
                    + Math.max(1, bytes >> 20) + " MiB more than the " + (budget >> 20) + " MiB they may: try again when one ends");
        }
        AtomicLong owed = new AtomicLong(bytes);
        return () -> held.addAndGet(-owed.getAndSet(0));
    }

    long held() {
        return held.get();
    }
}
