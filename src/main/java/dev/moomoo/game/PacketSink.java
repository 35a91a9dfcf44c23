package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

import java.util.List;

/** Where the world's packets for one client go: a connection, or a recorder in tests. */
public interface PacketSink {
    /**
     * Queues a packet in order. Returns false when the client is too far behind to take it; the
     * world then disconnects the client.
     */
    boolean send(Outgoing packet);

    /**
     * Sets this tick's {@code a} update of {@code players}, replacing one not yet written. Returns
     * false when it replaced one (the client is a tick behind). The list is the caller's and is reused
     * after the call: a sink encodes it at once or copies it.
     */
    boolean sendUpdate(List<ServerPacket.PlayerState> players);

    /** Sends what is queued, then closes with {@code code}. */
    void close(int code, String reason);
}
