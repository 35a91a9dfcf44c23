package dev.moomoo.net.session;

import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;

/** The open WebSocket connections of one server, for keep-alive, shutdown and counting. */
public final class ConnectionRegistry {
    private final ConcurrentHashMap<Long, Connection> open = new ConcurrentHashMap<>();

    void add(Connection c) {
        open.put(c.id(), c);
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
