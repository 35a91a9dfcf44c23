package dev.moomoo.game;

import java.util.Arrays;

/**
 * Durations of the last ticks, for status, health and metrics. Written by the tick thread, read by
 * any: readers copy under the monitor.
 */
public final class TickStats {
    private final long[] nanos;
    private int next;
    private int count;
    private long total;
    private long late;
    private volatile long lastTickEndNanos = System.nanoTime();

    public TickStats(int window) {
        this.nanos = new long[window];
    }

    synchronized void record(long durationNanos, long endNanos) {
        nanos[next] = durationNanos;
        next = (next + 1) % nanos.length;
        count = Math.min(count + 1, nanos.length);
        total++;
        lastTickEndNanos = endNanos;
    }

    synchronized void recordSkipped(long ticks) {
        late += ticks;
    }

    /** When the last tick ended (System.nanoTime), to tell a stalled tick thread. */
    public long lastTickEndNanos() {
        return lastTickEndNanos;
    }

    public synchronized long ticks() {
        return total;
    }

    /** Ticks dropped from the schedule because the loop fell too far behind. */
    public synchronized long skippedTicks() {
        return late;
    }

    /** A summary of the window: average, p50, p99 and max in ms. */
    public synchronized Summary summary() {
        if (count == 0) {
            return new Summary(0, 0, 0, 0, 0);
        }
        long[] copy = Arrays.copyOf(nanos, count);
        Arrays.sort(copy);
        double sum = 0;
        for (long n : copy) {
            sum += n;
        }
        return new Summary(count, sum / count / 1e6, copy[(count - 1) / 2] / 1e6,
                copy[(int) Math.ceil(count * 0.99) - 1] / 1e6, copy[count - 1] / 1e6);
    }

    public record Summary(int samples, double averageMillis, double p50Millis, double p99Millis, double maxMillis) {
    }
}
