package dev.moomoo.gateway;

import dev.moomoo.game.Outgoing;
import dev.moomoo.game.PacketSink;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.Outbox;
import dev.moomoo.protocol.ServerCodec;

/** The world's packets for one client, encoded once and queued on its connection. */
final class ConnectionSink implements PacketSink {
    private final Connection connection;
    private final ServerCodec codec;
    private final GatewayStats stats;

    ConnectionSink(Connection connection, ServerCodec codec, GatewayStats stats) {
        this.connection = connection;
        this.codec = codec;
        this.stats = stats;
    }

    @Override
    public boolean send(Outgoing packet) {
        byte[] frame = packet.frame(codec);
        Outbox.Offer offer = connection.send(frame);
        if (offer == Outbox.Offer.ACCEPTED) {
            stats.sent(packet.packet().kind(), frame.length);
        }
        return offer != Outbox.Offer.FULL;
    }

    @Override
    public boolean sendLatest(Outgoing packet) {
        byte[] frame = packet.frame(codec);
        Outbox.Offer offer = connection.sendLatest(frame);
        if (offer != Outbox.Offer.CLOSED) {
            stats.sent(packet.packet().kind(), frame.length);
        }
        return offer != Outbox.Offer.FULL;
    }

    @Override
    public void close(int code, String reason) {
        connection.close(code, reason);
    }
}
