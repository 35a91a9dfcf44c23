package dev.moomoo.net.session;

/**
 * A token bucket over the messages one connection sends. When the bucket is empty the reader sleeps
 * until a token is due instead of reading on: the virtual thread parks, its carrier serves other
 * connections, and TCP flow control slows the sender down. (A virtual thread is never preempted, so
 * a reader whose socket always has data would otherwise keep its carrier from everyone else.)
 */
final class MessageRateLimiter {
    private final double perNano;
    private final double burst;
    private double tokens;
    private long last = System.nanoTime();

    /** @param perSecond messages per second; 0 or less means no limit */
    MessageRateLimiter(int perSecond, int burst) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(1, burst);
        this.tokens = this.burst;
    }

    /** Takes one token, sleeping until one is due if the bucket is empty. */
    void acquire() throws InterruptedException {
        if (perNano <= 0) {
            return;
        }
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        if (tokens < 1) {
            long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
            Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
            long after = System.nanoTime();
            tokens = Math.min(burst, tokens + (after - last) * perNano);
            last = after;
        }
        tokens -= 1;
    }
}
