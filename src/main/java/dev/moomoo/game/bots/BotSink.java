package dev.moomoo.game.bots;

import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.protocol.ServerPacket;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Where a bot's packets go: counted and dropped. A bot acts on the world's state, never on bytes. */
public final class BotSink implements PacketSink {
    private final LongAdder packets;

    public BotSink(LongAdder packets) {
        this.packets = packets;
    }

    @Override
    public boolean send(ServerPacket packet) {
        packets.increment();
        return true;
    }

    @Override
    public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
        packets.increment();
        return true;
    }

    @Override
    public void disconnect(DisconnectReason reason, String message) {
        // a bot has no connection to end
    }
}
