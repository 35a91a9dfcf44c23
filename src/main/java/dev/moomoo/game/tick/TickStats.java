package dev.moomoo.game.tick;

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
    /** Upper bounds (ms) of the tick-duration histogram buckets; the last bucket is +Inf. */
    public static final double[] BUCKETS_MILLIS = {0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    private final long[] bucketCounts = new long[BUCKETS_MILLIS.length + 1];
    private double sumSeconds;

    public TickStats(int window) {
        this.nanos = new long[window];
    }

    /** One tick took {@code durationNanos} and ended at {@code endNanos} (System.nanoTime). The tick thread. */
    public synchronized void record(long durationNanos, long endNanos) {
        nanos[next] = durationNanos;
        next = (next + 1) % nanos.length;
        count = Math.min(count + 1, nanos.length);
        total++;
        lastTickEndNanos = endNanos;
        double ms = durationNanos / 1e6;
        int b = 0;
        while (b < BUCKETS_MILLIS.length && ms > BUCKETS_MILLIS[b]) {
            b++;
        }
        bucketCounts[b]++;
        sumSeconds += durationNanos / 1e9;
    }

    /** The loop dropped {@code ticks} ticks from its schedule. The tick thread. */
    public synchronized void recordSkipped(long ticks) {
        late += ticks;
    }

    /** Empties the window of recent ticks (totals and the histogram stay), to measure a new phase. */
    public synchronized void resetWindow() {
        next = 0;
        count = 0;
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

    /** Non-cumulative counts per bucket of {@link #BUCKETS_MILLIS}, then +Inf; and the sum in seconds. */
    public synchronized Histogram histogram() {
        return new Histogram(bucketCounts.clone(), sumSeconds, total);
    }

    public record Histogram(long[] counts, double sumSeconds, long count) {
    }

    public record Summary(int samples, double averageMillis, double p50Millis, double p99Millis, double maxMillis) {
    }
}
