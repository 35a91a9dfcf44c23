package dev.moomoo.game;

/** Where the world's packets for one client go: a connection, or a recorder in tests. */
public interface PacketSink {
    /**
     * Queues a packet in order. Returns false when the client is too far behind to take it; the
     * world then disconnects the client.
     */
    boolean send(Outgoing packet);

    /**
     * Sets the per-tick state, replacing one not yet written. Returns false when it replaced one
     * (the client is a tick behind).
     */
    boolean sendLatest(Outgoing packet);

    /** Sends what is queued, then closes with {@code code}. */
    void close(int code, String reason);
}
