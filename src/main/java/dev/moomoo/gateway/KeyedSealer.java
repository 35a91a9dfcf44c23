package dev.moomoo.gateway;

import dev.moomoo.net.session.FrameSealer;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.keyed.KeyedChannel;

/**
 * Seals a v1.9 connection's frames on its writer, in wire order (src/site/keyed-protocol.md, "Sending
 * one body to many"): each frame the profile's encoder wrote once for every connection, a plain
 * {@code [name, args]} message, becomes this connection's {@code [number, args]}, masked with the seed
 * of its frame number. Allocates nothing: it writes into the writer's batch.
 */
public final class KeyedSealer implements FrameSealer {
    private final KeyedChannel channel;

    public KeyedSealer(KeyedChannel channel) {
        this.channel = channel;
    }

    @Override
    public int sealedLength(byte[] frame, int offset, int length) {
        int header = Frames.headerLength(frame, offset);
        int sealed = channel.sealedMessageLength(frame, offset + header, length - header);
        return Frames.headerLength(sealed) + sealed;
    }

    @Override
    public int seal(byte[] frame, int offset, int length, byte[] dst, int at) {
        int header = Frames.headerLength(frame, offset);
        int sealed = channel.sealedMessageLength(frame, offset + header, length - header);
        int sealedHeader = Frames.writeHeader(dst, at, Opcode.BINARY, sealed);
        return sealedHeader + channel.sealMessage(frame, offset + header, length - header, dst, at + sealedHeader);
    }

    @Override
    public String toString() {
        return "sealer of a " + channel;
    }
}
