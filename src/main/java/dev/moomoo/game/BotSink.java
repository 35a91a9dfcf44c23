package dev.moomoo.game;

import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a bot's packets go: encoded exactly as for a connection (so bots cost the tick what players
 * do), counted, and dropped.
 */
public final class BotSink implements PacketSink {
    private final ServerCodec codec;
    private final LongAdder bytes;

    public BotSink(ServerCodec codec, LongAdder bytes) {
        this.codec = codec;
        this.bytes = bytes;
    }

    @Override
    public boolean send(Outgoing packet) {
        bytes.add(packet.frame(codec).length);
        return true;
    }

    @Override
    public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
        int payload = codec.encodeUpdate(players).length();
        bytes.add(Frames.headerLength(payload) + payload);
        return true;
    }

    @Override
    public void close(int code, String reason) {
        // a bot has no connection to close
    }
}
