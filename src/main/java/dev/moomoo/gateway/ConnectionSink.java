package dev.moomoo.gateway;

import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.Outbox;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerKind;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;
import dev.moomoo.protocol.UpdateEncoder;

import java.util.List;

/**
 * The world's packets for one client, encoded in its profile (once per tick for all clients of the
 * profile) and queued on its connection. A packet the profile lacks is left out. For a v1.9 client
 * the packets v1.9 sends as changes ({@code a}, {@code I}) are made per viewer from what it was sent
 * before ({@link ViewerMemory}); a keyed connection's frames are then sealed by its writer.
 */
final class ConnectionSink implements PacketSink {
    private final Connection connection;
    private final ProfileWire wire;
    private final PacketTrace trace;
    private final String clientId;
    /** What the viewer was sent before: null for the profiles that send everything every time. */
    private final ViewerMemory memory;

    ConnectionSink(Connection connection, ProfileWire wire, PacketTrace trace, String clientId) {
        this.connection = connection;
        this.wire = wire;
        this.trace = trace;
        this.clientId = clientId;
        this.memory = wire.profile() == Profile.V19 ? new ViewerMemory(wire.servers()) : null;
    }

    /** The msgpack bytes of a server frame: its length less the 2, 4 or 10 header bytes. */
    static int payloadLength(byte[] frame) {
        return frame.length - Frames.headerLength(frame, 0);
    }

    @Override
    public boolean send(ServerPacket packet) {
        if (!wire.sends(packet.kind())) {
            wire.stats().packetLeftOut(packet.kind());
            return true;
        }
        byte[] frame = null;
        if (memory != null) {
            switch (packet) {
                case ServerPacket.UpdateAnimals animals -> frame = memory.animalsFrame(animals);
                case ServerPacket.AddPlayer added -> memory.forget(added.player().sid());
                default -> {
                }
            }
        }
        return sendFrame(packet, frame != null ? frame : wire.frames().frame(packet));
    }

    /** Queues {@code frame}, the encoding of {@code packet} (made once, as the pong is). */
    boolean sendFrame(ServerPacket packet, byte[] frame) {
        Outbox.Offer offer = connection.send(frame);
        if (offer == Outbox.Offer.ACCEPTED) {
            wire.stats().sent(packet.kind(), frame.length);
            if (trace.isOn()) {
                trace.outbound(clientId, wire.traceCode(wire.servers().code(packet)), payloadLength(frame), traced(packet));
            }
        }
        return offer != Outbox.Offer.FULL;
    }

    /** The arguments of {@code packet} as the packet trace shows them: a v1.9 io-init's key is never written anywhere. */
    private List<?> traced(ServerPacket packet) {
        if (packet instanceof ServerPacket.IoInit init && !init.keyHex().equals("0")) {
            return wire.servers().args(new ServerPacket.IoInit(init.socketId(), init.seed(), "(key)", init.mode(), init.pinned()));
        }
        return wire.servers().args(packet);
    }

    /** Encodes the update in the tick thread's reused encoder and copies it into the outbox's reused buffer. */
    @Override
    public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
        UpdateEncoder update = memory == null ? wire.frames().update(players) : memory.update(players);
        if (memory != null && connection.updatePending()) {
            // this update replaces one never sent, and with it the attributes it carried: send them all
            update = memory.withEveryAttribute(players);
        }
        Outbox.Offer offer = connection.sendUpdate(update.buffer(), update.length());
        if (offer != Outbox.Offer.CLOSED) {
            wire.stats().sent(ServerKind.UPDATE_PLAYERS, Frames.headerLength(update.length()) + update.length());
            if (trace.isOn()) {
                ServerPacket.UpdatePlayers packet = new ServerPacket.UpdatePlayers(List.copyOf(players));
                trace.outbound(clientId, wire.traceCode(wire.servers().code(packet)), update.length(), wire.servers().args(packet));
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
