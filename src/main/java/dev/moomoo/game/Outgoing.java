package dev.moomoo.game;

import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;

/**
 * A packet on its way to one or many clients, encoded at most once however many receive it.
 * Created and encoded on the tick thread; the encoded frame is immutable once made.
 */
public final class Outgoing {
    private final ServerPacket packet;
    // volatile: a few packets (the pong) are shared by reader threads, not only the tick thread
    private volatile byte[] frame;

    public Outgoing(ServerPacket packet) {
        this.packet = packet;
    }

    public ServerPacket packet() {
        return packet;
    }

    /** The whole WebSocket frame, encoded on first use. */
    public byte[] frame(ServerCodec codec) {
        byte[] f = frame;
        if (f == null) {
            f = codec.frame(packet);
            frame = f;
        }
        return f;
    }
}
