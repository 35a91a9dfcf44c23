package dev.moomoo.net.session;

import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;

/** The open WebSocket connections of one server, for keep-alive, shutdown and counting. */
public final class ConnectionRegistry {
    private final ConcurrentHashMap<Long, Connection> open = new ConcurrentHashMap<>();
    private final Drops drops = new Drops();
    private volatile boolean closing;
    private volatile int closingCode;
    private volatile String closingReason;

    /**
     * Registers a connection. One that registers after {@link #closeAll} began is closed at once, so a
     * handshake that completes during shutdown cannot slip past it.
     */
    void add(Connection c) {
        open.put(c.id(), c);
        if (closing) {
            c.close(DropReason.SHUTDOWN, closingCode, closingReason);
        }
    }

    /** Starts the closing handshake of every connection, present and future. */
    public void closeAll(int code, String reason) {
        closingCode = code;
        closingReason = reason;
        closing = true;
        for (Connection c : open.values()) {
            c.close(DropReason.SHUTDOWN, code, reason);
        }
    }

    /** The connections the server ended, by reason. */
    public Drops drops() {
        return drops;
    }

    void remove(Connection c) {
        open.remove(c.id());
    }

    public int size() {
        return open.size();
    }

    /** A live view; iterating it while connections come and go is safe. */
    public Collection<Connection> connections() {
        return Collections.unmodifiableCollection(open.values());
    }
}
