package dev.moomoo.net.session;

import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** The sweeper's decisions, at chosen instants. */
class KeepAliveTest {
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CLOSE = Duration.ofSeconds(2);

    private final ConnectionRegistry registry = new ConnectionRegistry();
    /** The sweeper with the intervals above; a test that needs others builds its own. */
    private final KeepAlive keepAlive = new KeepAlive(registry, INTERVAL, TIMEOUT, CLOSE);

    /** A connection registered now, heard from now. */
    private Connection connection() {
        Connection c = new Connection(new Socket(), "/", new Outbox(4, 1024), registry.drops());
        registry.add(c);
        return c;
    }

    @Test
    void pingsASilentConnectionThenCutsItWhenThePingGoesUnanswered() {
        Connection c = connection();
        long t0 = c.lastHeardNanos();
        assertEquals(0, keepAlive.sweep(t0 + INTERVAL.toNanos() / 2));
        assertEquals(0, c.pingSentNanos(), "not silent long enough");
        assertEquals(0, keepAlive.sweep(t0 + INTERVAL.toNanos() + 1));
        assertNotEquals(0, c.pingSentNanos(), "pinged");
        assertEquals(0, keepAlive.sweep(t0 + INTERVAL.toNanos() + TIMEOUT.toNanos() / 2), "the ping still has time");
        assertEquals(1, keepAlive.sweep(t0 + INTERVAL.toNanos() + TIMEOUT.toNanos() + 2));
        assertTrue(c.isClosing(), "cut");
        assertEquals(1, registry.drops().of(DropReason.PING_TIMEOUT), "counted by its reason");
        keepAlive.sweep(t0 + INTERVAL.toNanos() + TIMEOUT.toNanos() + 3);
        assertEquals(1, registry.drops().of(DropReason.PING_TIMEOUT), "once");
    }

    @Test
    void aPingThatCouldNotBeQueuedIsNotWaitedFor() {
        KeepAlive keepAlive = new KeepAlive(registry, INTERVAL, TIMEOUT, Duration.ofHours(1));
        Connection c = connection();
        c.close(DropReason.KICKED, 4001, "kicked"); // closing: control frames are no longer queued
        long t0 = c.lastHeardNanos();
        keepAlive.sweep(t0 + INTERVAL.toNanos() + 1);
        assertEquals(0, c.pingSentNanos(), "no ping went out, so no pong is awaited");
        assertEquals(0, keepAlive.sweep(t0 + INTERVAL.toNanos() + TIMEOUT.toNanos() + 2));
        assertEquals(0, registry.drops().of(DropReason.PING_TIMEOUT));
    }

    @Test
    void anAnswerClearsThePing() {
        Connection c = connection();
        long t0 = c.lastHeardNanos();
        keepAlive.sweep(t0 + INTERVAL.toNanos() + 1);
        c.heard(t0 + INTERVAL.toNanos() + 100);
        assertEquals(0, c.pingSentNanos());
        assertEquals(0, keepAlive.sweep(t0 + INTERVAL.toNanos() + TIMEOUT.toNanos() + 200));
    }

    @Test
    void aClosingHandshakeThatNeverEndsIsCut() {
        KeepAlive keepAlive = new KeepAlive(registry, Duration.ofHours(1), Duration.ofHours(1), CLOSE);
        Connection c = connection();
        c.close(DropReason.TOO_SLOW, 1008, "too slow");
        long since = c.closingSinceNanos();
        assertNotEquals(0, since);
        assertEquals(0, keepAlive.sweep(since + CLOSE.toNanos()), "a writer blocked by a peer that stopped reading gets twice the close timeout");
        assertEquals(1, keepAlive.sweep(since + 2 * CLOSE.toNanos() + 1));
        assertEquals(1, registry.drops().of(DropReason.TOO_SLOW));
        assertEquals(1, registry.drops().of(DropReason.CLOSE_STUCK));
    }

    @Test
    void aConnectionRegisteringDuringShutdownIsClosedToo() {
        registry.closeAll(1001, "server shutting down");
        Connection late = connection();
        assertTrue(late.isClosing());
        assertEquals(1, registry.drops().of(DropReason.SHUTDOWN));
    }
}
