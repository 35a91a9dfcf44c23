package dev.moomoo.protocol.keyed;

import dev.moomoo.protocol.MsgpackBuffer;

import java.util.List;

/**
 * A client frame the channel accepted: its packet's name (from this connection's table), arguments
 * and sequence number (0 in the plain mode, which has none), and its body as the client wrote it
 * (unmasked: {@code [id, args, seq]}, or {@code [name, args]} in the plain mode).
 */
public record ClientFrame(String name, List<Object> args, long seq, byte[] body) {

    /** The packet as a plain {@code [name, args]} message, what {@link dev.moomoo.protocol.ClientCodec#decode} reads. */
    public byte[] message() {
        return new MsgpackBuffer(false).message(name, args).toByteArray();
    }
}
