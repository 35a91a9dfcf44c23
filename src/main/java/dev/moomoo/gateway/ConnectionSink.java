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
    private final SeatTap tap;
    /** What the viewer was sent before: null for the profiles that send everything every time. */
    private final ViewerMemory memory;

    ConnectionSink(Connection connection, ProfileWire wire, SeatTap tap) {
        this.connection = connection;
        this.wire = wire;
        this.tap = tap;
        this.memory = wire.profile() == Profile.V19 ? new ViewerMemory(wire.servers()) : null;
    }

    @Override
    public boolean send(ServerPacket packet) {
        if (!wire.sends(packet.kind())) {
            wire.stats().packetLeftOut(packet.kind());
            return true;
        }
        if (packet instanceof ServerPacket.SetupGame setup) {
            tap.spawned(setup.yourSid()); // once a spawn, not per packet of the tick
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
        switch (offer) {
            case ACCEPTED -> wire.stats().sent(packet.kind(), frame.length);
            case FULL -> tap.dropped(frame, "the outbox is full");
            case CLOSED -> tap.dropped(frame, "the connection is closing");
        }
        return offer != Outbox.Offer.FULL;
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
        } else if (tap.isOn()) {
            // what was replaced is told by the outbox, which holds it; what was written, by the writer
            tap.dropped(Frames.binary(update.toByteArray()), "the connection is closing");
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
