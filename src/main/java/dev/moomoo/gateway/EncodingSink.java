package dev.moomoo.gateway;

import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.UpdateEncoder;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A sink that encodes every packet exactly as a connection's would (through the same
 * {@link FrameEncoder}) and counts the bytes, then drops them: for benchmarks whose bots should cost
 * the tick what socket players do.
 */
public final class EncodingSink implements PacketSink {
    private final FrameEncoder frames;
    private final LongAdder bytes;

    public EncodingSink(FrameEncoder frames, LongAdder bytes) {
        this.frames = frames;
        this.bytes = bytes;
    }

    @Override
    public boolean send(ServerPacket packet) {
        bytes.add(frames.frame(packet).length);
        return true;
    }

    @Override
    public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
        UpdateEncoder update = frames.update(players);
        bytes.add(Frames.headerLength(update.length()) + update.length());
        return true;
    }

    @Override
    public void disconnect(DisconnectReason reason, String message) {
        send(ConnectionSink.disconnectPacket(message));
    }
}
