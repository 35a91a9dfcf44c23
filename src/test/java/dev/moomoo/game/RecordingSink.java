package dev.moomoo.game;

import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/** A client's packets as the world sends them, kept for assertions; no sockets. */
final class RecordingSink implements PacketSink {
    final List<ServerPacket> packets = new ArrayList<>();
    final List<Boolean> latest = new ArrayList<>();
    DisconnectReason disconnectReason;
    String disconnectMessage;
    boolean acceptSend = true;
    boolean acceptLatest = true;

    @Override
    public boolean send(ServerPacket packet) {
        packets.add(packet);
        latest.add(false);
        return acceptSend;
    }

    @Override
    public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
        packets.add(new ServerPacket.UpdatePlayers(List.copyOf(players)));
        latest.add(true);
        return acceptLatest;
    }

    @Override
    public void disconnect(DisconnectReason reason, String message) {
        disconnectReason = reason;
        disconnectMessage = message;
    }

    /** Every packet of a type, in order. */
    <T extends ServerPacket> List<T> all(Class<T> type) {
        return packets.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends ServerPacket> T last(Class<T> type) {
        List<T> l = all(type);
        return l.isEmpty() ? null : l.getLast();
    }

    /** The players of the last {@code a} update. */
    List<ServerPacket.PlayerState> latestUpdate() {
        ServerPacket.UpdatePlayers u = last(ServerPacket.UpdatePlayers.class);
        return u == null ? List.of() : u.players();
    }

    void clear() {
        packets.clear();
        latest.clear();
    }
}
