package dev.moomoo.gateway;

import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.Outbox;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.ServerKind;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;
import dev.moomoo.protocol.UpdateEncoder;

import java.util.List;

/** The world's packets for one client, encoded (once per tick for all clients of the codec) and queued on its connection. */
final class ConnectionSink implements PacketSink {
    private final Connection connection;
    private final FrameEncoder frames;
    private final GatewayStats stats;
    private final PacketTrace trace;
    private final String clientId;

    ConnectionSink(Connection connection, FrameEncoder frames, GatewayStats stats, PacketTrace trace, String clientId) {
        this.connection = connection;
        this.frames = frames;
        this.stats = stats;
        this.trace = trace;
        this.clientId = clientId;
    }

    /** The msgpack bytes of a server frame: its length less the 2, 4 or 10 header bytes. */
    static int payloadLength(byte[] frame) {
        int len7 = frame[1] & 0x7F;
        return frame.length - (len7 < 126 ? 2 : len7 == 126 ? 4 : 10);
    }

    @Override
    public boolean send(ServerPacket packet) {
        return sendFrame(packet, frames.frame(packet));
    }

    /** Queues {@code frame}, the encoding of {@code packet} (made once, as the pong is). */
    boolean sendFrame(ServerPacket packet, byte[] frame) {
        Outbox.Offer offer = connection.send(frame);
        if (offer == Outbox.Offer.ACCEPTED) {
            stats.sent(packet.kind(), frame.length);
            if (trace.isOn()) {
                trace.outbound(clientId, frames.codec().code(packet), payloadLength(frame), frames.codec().args(packet));
            }
        }
        return offer != Outbox.Offer.FULL;
    }

    /** Encodes the update in the tick thread's reused encoder and copies it into the outbox's reused buffer. */
    @Override
    public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
        UpdateEncoder update = frames.update(players);
        Outbox.Offer offer = connection.sendUpdate(update.buffer(), update.length());
        if (offer != Outbox.Offer.CLOSED) {
            stats.sent(ServerKind.UPDATE_PLAYERS, Frames.headerLength(update.length()) + update.length());
            if (trace.isOn()) {
                ServerPacket.UpdatePlayers packet = new ServerPacket.UpdatePlayers(List.copyOf(players));
                trace.outbound(clientId, frames.codec().code(packet), update.length(), frames.codec().args(packet));
            }
        }
        return offer != Outbox.Offer.FULL;
    }

    /**
     * Tells the player why ({@code B}, which the client puts into the page as HTML: escaped), then
     * closes: 4001 (the client's "Invalid Connection") when the player is refused or removed, 1008 when
     * the client could not keep up.
     */
    @Override
    public void disconnect(DisconnectReason reason, String message) {
        send(disconnectPacket(message));
        connection.close(dropReason(reason), closeCode(reason), message);
    }

    static DropReason dropReason(DisconnectReason reason) {
        return switch (reason) {
            case SERVER_FULL -> DropReason.SERVER_FULL;
            case KICKED -> DropReason.KICKED;
            case BANNED -> DropReason.BANNED;
            case TOO_SLOW -> DropReason.TOO_SLOW;
        };
    }

    /** The {@code B} packet for {@code message}: HTML-escaped, because the client puts it into the page as HTML. */
    static ServerPacket disconnectPacket(String message) {
        return new ServerPacket.Disconnect(Text.escapeHtml(message));
    }

    static int closeCode(DisconnectReason reason) {
        return switch (reason) {
            case SERVER_FULL, KICKED, BANNED -> CloseCode.INVALID_CONNECTION;
            case TOO_SLOW -> CloseCode.POLICY_VIOLATION;
        };
    }
}
