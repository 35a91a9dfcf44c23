package dev.moomoo.lab.inputs;

import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.protocol.ServerPacket;

import java.util.List;

/** A client's sink that takes everything and keeps nothing: an outside client that always keeps up. */
final class AcceptingSink implements PacketSink {
    @Override
    public boolean send(ServerPacket packet) {
        return true;
    }

    @Override
    public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
        return true;
    }

    @Override
    public void disconnect(DisconnectReason reason, String message) {
    }
}
