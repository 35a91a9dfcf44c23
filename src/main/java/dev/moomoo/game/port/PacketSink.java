package dev.moomoo.game.port;

import dev.moomoo.protocol.ServerPacket;

import java.util.List;

/**
 * Where the world's packets for one client go: a connection (the gateway encodes them), a bot, or a
 * recorder in tests. The world hands over packet values only; the same packet instance may go to many
 * clients in one tick, so a sink must not change it, and may encode it once for all of them.
 */
public interface PacketSink {
    /**
     * Queues a packet in order. Returns false when the client is too far behind to take it; the
     * world then disconnects the client.
     */
    boolean send(ServerPacket packet);

    /**
     * Sets this tick's {@code a} update of {@code players}, replacing one not yet written. Returns
     * false when it replaced one (the client is a tick behind). The list is the caller's and is reused
     * after the call: a sink encodes it at once or copies it.
     */
    boolean sendUpdate(List<ServerPacket.PlayerState> players);

    /** Sends what is queued, then ends the client's connection for {@code reason}; {@code message} is shown to the player. */
    void disconnect(DisconnectReason reason, String message);
}
