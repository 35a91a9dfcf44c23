package dev.moomoo.net.session;

import java.util.Arrays;

/**
 * Wakes the writers of the frames queued during a burst (a game tick) once the burst is over, from a
 * virtual thread of its own, instead of one by one as each frame is queued.
 *
 * <p>Why: waking a parked writer wakes a carrier thread, and the kernel often lets the woken thread
 * preempt the one that woke it. With 1,000 players over sockets the tick thread, which queues a frame
 * for each of them, was switched out about 110 times per tick and spent as long waiting for a core as
 * computing (BENCHMARKS.md, section 2). Here the tick wakes one thread, once per tick.
 *
 * <p>Only data frames queued by the thread running {@link #during} wait for the end of the burst; any
 * other thread's frames, control frames and Close frames wake their writer at once. Frames are never
 * held back beyond the burst they were queued in.
 */
public final class WriterWakeups implements AutoCloseable {
    private static final ScopedValue<WriterWakeups> CURRENT = ScopedValue.newInstance();

    private final ScopedValue.Carrier binding = ScopedValue.where(CURRENT, this);
    private final Thread waker;

    /** Outboxes whose writers the running burst owes a wake; touched only by the burst's thread. */
    private Outbox[] owed = new Outbox[64];
    private int owedCount;

    // Guarded by this: the batch handed to the waker and not yet taken, and an emptied array to reuse.
    private Outbox[] handed;
    private int handedCount;
    private Outbox[] spare;
    private boolean closed;

    public WriterWakeups() {
        waker = Thread.ofVirtual().name("writer-wakeups").start(this::wakeLoop);
    }

    /** Runs {@code burst}; the writers it gives frames to are woken when it ends, however it ends. */
    public void during(Runnable burst) {
        try {
            binding.run(burst);
        } finally {
            handOver();
        }
    }

    /** The wakeups of the burst running on this thread, or null outside one. */
    static WriterWakeups current() {
        return CURRENT.isBound() ? CURRENT.get() : null; // orElse(null) is refused: null is no value
    }

    /** Notes that {@code outbox}'s writer is owed a wake; called by the outbox, once per burst. */
    void owe(Outbox outbox) {
        if (owedCount == owed.length) {
            owed = Arrays.copyOf(owed, owedCount * 2);
        }
        owed[owedCount++] = outbox;
    }

    /** Gives the owed wakes to the waker, added to its batch if it has not taken the last one yet. */
    private void handOver() {
        if (owedCount == 0) {
            return;
        }
        synchronized (this) {
            if (closed) {
                wakeAll(owed, owedCount);
            } else if (handed == null) {
                handed = owed;
                handedCount = owedCount;
                owed = spare != null ? spare : new Outbox[owed.length];
                spare = null;
                notifyAll();
            } else {
                if (handedCount + owedCount > handed.length) {
                    handed = Arrays.copyOf(handed, Math.max(handed.length * 2, handedCount + owedCount));
                }
                System.arraycopy(owed, 0, handed, handedCount, owedCount);
                handedCount += owedCount;
                Arrays.fill(owed, 0, owedCount, null);
            }
        }
        owedCount = 0;
    }

    private void wakeLoop() {
        while (true) {
            Outbox[] batch;
            int count;
            synchronized (this) {
                while (handed == null && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                if (handed == null) {
                    return;
                }
                batch = handed;
                count = handedCount;
                handed = null;
            }
            wakeAll(batch, count);
            synchronized (this) {
                spare = batch;
            }
        }
    }

    private static void wakeAll(Outbox[] batch, int count) {
        for (int i = 0; i < count; i++) {
            batch[i].wakeOwed();
            batch[i] = null;
        }
    }

    /** Wakes what is still owed and stops the waker; later bursts wake their writers themselves. */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        waker.join();
    }
}
