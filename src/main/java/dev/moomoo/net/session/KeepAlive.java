package dev.moomoo.net.session;

import dev.moomoo.net.websocket.Frames;
import org.tinylog.Logger;

import java.time.Duration;

/**
 * One sweeper for all connections (no timer per connection): pings a connection that has been silent
 * for the ping interval, cuts one whose ping went unanswered for the ping timeout, and cuts one whose
 * closing handshake has not finished in twice the close timeout (a peer that stopped reading blocks
 * our writer, so neither our Close nor its bounded wait would ever end otherwise).
 */
public final class KeepAlive implements Runnable {
    private static final byte[] PING = Frames.ping(new byte[0]);

    private final ConnectionRegistry registry;
    private final long intervalNanos;
    private final long timeoutNanos;
    private final long closingNanos;

    public KeepAlive(ConnectionRegistry registry, Duration interval, Duration timeout, Duration closeTimeout) {
        this.registry = registry;
        this.intervalNanos = interval.toNanos();
        this.timeoutNanos = timeout.toNanos();
        this.closingNanos = closeTimeout.toNanos() * 2;
    }

    /** Sweeps every quarter of the smaller period until interrupted. */
    @Override
    public void run() {
        long period = Math.max(10, Math.min(Math.min(intervalNanos, timeoutNanos), closingNanos) / 4 / 1_000_000L);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(period);
                sweep(System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One pass at time {@code now}; returns how many connections were cut. */
    public int sweep(long now) {
        int cut = 0;
        for (Connection c : registry.connections()) {
            long closing = c.closingSinceNanos();
            if (closing != 0 && now - closing > closingNanos) {
                c.abort(DropReason.CLOSE_STUCK);
                cut++;
                continue;
            }
            long pingSent = c.pingSentNanos();
            if (pingSent != 0) {
                if (now - pingSent > timeoutNanos) {
                    c.abort(DropReason.PING_TIMEOUT);
                    cut++;
                }
            } else if (now - c.lastHeardNanos() > intervalNanos) {
                // Marked before it is queued: the writer may send it and the reader hear the pong before
                // this thread runs again, and a mark made after that would wait for a pong already heard,
                // then cut a live peer (seen under load, and as stray 1006s among idle connections).
                c.pingSent(now);
                if (!c.outbox().offerPing(PING)) {
                    c.pingSent(0); // not sent (closing, or its control lane full): nothing to wait for
                }
            }
        }
        return cut;
    }
}
