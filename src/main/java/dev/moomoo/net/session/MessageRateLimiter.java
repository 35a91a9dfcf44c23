package dev.moomoo.net.session;

/**
 * A token bucket over what one connection sends, used two ways. For messages, {@link #acquire} makes
 * the reader sleep until a token is due instead of reading on: the virtual thread parks, its carrier
 * serves other connections, and TCP flow control slows the sender down. (A virtual thread is never
 * preempted, so a reader whose socket always has data would otherwise keep its carrier from
 * everyone else.) For control frames, {@link #tryAcquire} answers whether one more is allowed now:
 * each Ping costs us a Pong, so a peer over the rate is closed rather than slowed.
 */
final class MessageRateLimiter {
    private final double perNano;
    private final double burst;
    private double tokens;
    private long last;

    /** @param perSecond per second; 0 or less means no limit */
    MessageRateLimiter(int perSecond, int burst) {
        this(perSecond, burst, System.nanoTime());
    }

    MessageRateLimiter(int perSecond, int burst, long nowNanos) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(1, burst);
        this.tokens = this.burst;
        this.last = nowNanos;
    }

    /** Takes one token, sleeping until one is due if the bucket is empty. */
    void acquire() throws InterruptedException {
        if (perNano <= 0) {
            return;
        }
        refill(System.nanoTime());
        if (tokens < 1) {
            long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
            Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
            refill(System.nanoTime());
        }
        tokens -= 1;
    }

    /** Takes one token if there is one at {@code nowNanos}; never waits. */
    boolean tryAcquire(long nowNanos) {
        if (perNano <= 0) {
            return true;
        }
        refill(nowNanos);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    private void refill(long now) {
        tokens = Math.min(burst, tokens + Math.max(0, now - last) * perNano);
        last = now;
    }
}
