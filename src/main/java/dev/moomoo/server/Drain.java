package dev.moomoo.server;

import org.tinylog.Logger;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The one countdown before the server stops (README, "Stopping: the drain"), begun by a SIGTERM or by the
 * {@code stop} command, whichever comes first: when it begins, {@code begun} runs (no new players, an
 * empty server list, {@code /healthz} 503, the Agones label); then the restart notice {@code Z [n]} goes
 * out once a second from {@code seconds} down to 1, each on its second from the start so that the
 * countdown does not drift (the real client shows the integer it last got and never counts down by
 * itself). A drain begun once keeps its countdown: a second SIGTERM or stop neither restarts nor shortens it.
 */
final class Drain {
    private static final int NOT_BEGUN = -1;

    private final IntConsumer notice;
    private final Runnable begun;
    /** The countdown's length in seconds once begun. */
    private final AtomicInteger length = new AtomicInteger(NOT_BEGUN);
    private final CompletableFuture<Void> over = new CompletableFuture<>();

    /**
     * @param notice sends {@code Z [n]} to every world
     * @param begun  what the server does at once when the drain begins
     */
    Drain(IntConsumer notice, Runnable begun) {
        this.notice = notice;
        this.begun = begun;
    }

    /** Begins the countdown of {@code seconds} unless one has begun; returns the end of the one that runs. Any thread; never blocks. */
    CompletableFuture<Void> begin(int seconds) {
        if (!length.compareAndSet(NOT_BEGUN, seconds)) {
            return over;
        }
        Logger.info("draining: no new players, restarting in {} s", seconds);
        try {
            begun.run();
            if (seconds > 0) {
                notice.accept(seconds);
            }
        } catch (RuntimeException e) { // a bug: the stop must still come, so whoever waits for the drain is not left waiting
            over.completeExceptionally(e);
            return over;
        }
        if (seconds == 0) {
            over.complete(null);
            return over;
        }
        Thread.ofVirtual().name("drain-countdown").start(() -> {
            try {
                long start = System.nanoTime();
                for (int left = seconds - 1; left >= 0; left--) {
                    long due = start + TimeUnit.SECONDS.toNanos(seconds - left);
                    TimeUnit.NANOSECONDS.sleep(due - System.nanoTime());
                    if (left > 0) {
                        notice.accept(left);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                over.complete(null);
            }
        });
        return over;
    }

    /** Whether the drain has begun. */
    boolean begun() {
        return length.get() != NOT_BEGUN;
    }

    /**
     * Whether a countdown of at least a second began: the players were told the server restarts, and are
     * told next to pick another (also when a SIGTERM cuts a stop command's long countdown short).
     */
    boolean countingDown() {
        return length.get() > 0;
    }
}
