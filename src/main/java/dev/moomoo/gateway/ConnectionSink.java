package dev.moomoo.gateway;

import dev.moomoo.game.Outgoing;
import dev.moomoo.game.PacketSink;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.Outbox;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerKind;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.UpdateEncoder;

import java.util.List;

/** The world's packets for one client, encoded once and queued on its connection. */
final class ConnectionSink implements PacketSink {
    private final Connection connection;
    private final ServerCodec codec;
    private final GatewayStats stats;
    private final PacketTrace trace;
    private final String clientId;

    ConnectionSink(Connection connection, ServerCodec codec, GatewayStats stats, PacketTrace trace, String clientId) {
        this.connection = connection;
        this.codec = codec;
        this.stats = stats;
        this.trace = trace;
        this.clientId = clientId;
    }

    private void traced(Outgoing packet, byte[] frame) {
        if (trace.isOn()) {
            trace.outbound(clientId, codec.table().serverCode(packet.packet().kind()), payloadLength(frame),
                    ServerCodec.args(packet.packet()));
        }
    }

    /** The msgpack bytes of a server frame: its length less the 2, 4 or 10 header bytes. */
    static int payloadLength(byte[] frame) {
        int len7 = frame[1] & 0x7F;
        return frame.length - (len7 < 126 ? 2 : len7 == 126 ? 4 : 10);
    }

    @Override
    public boolean send(Outgoing packet) {
        byte[] frame = packet.frame(codec);
        Outbox.Offer offer = connection.send(frame);
        if (offer == Outbox.Offer.ACCEPTED) {
            stats.sent(packet.packet().kind(), frame.length);
            traced(packet, frame);
        }
        return offer != Outbox.Offer.FULL;
    }

    /** Encodes the update in the tick thread's reused encoder and copies it into the outbox's reused buffer. */
    @Override
    public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
        UpdateEncoder update = codec.encodeUpdate(players);
        Outbox.Offer offer = connection.sendUpdate(update.buffer(), update.length());
        if (offer != Outbox.Offer.CLOSED) {
            stats.sent(ServerKind.UPDATE_PLAYERS, Frames.headerLength(update.length()) + update.length());
            if (trace.isOn()) {
                ServerPacket.UpdatePlayers packet = new ServerPacket.UpdatePlayers(List.copyOf(players));
                trace.outbound(clientId, codec.table().serverCode(packet.kind()), update.length(), ServerCodec.args(packet));
            }
        }
        return offer != Outbox.Offer.FULL;
    }

    @Override
    public void close(int code, String reason) {
        connection.close(code, reason);
    }
}
