package dev.moomoo.protocol;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Keeps the per-tick {@code a} update in one buffer that it reuses, written by the update's own shape
 * ({@link ServerPacket.UpdatePlayers#writeArgs}). The update is the hottest encoding there is (every
 * viewer, every tick), so it gets no packet record, no argument list, no boxing and no intermediate
 * array: the caller copies the bytes once, into the outbox of the connection (whose buffer for the
 * update is reused too) or into a frame.
 *
 * <p>Not thread-safe: {@link ServerCodec} keeps one per thread.
 */
public final class UpdateEncoder {
    private final MsgpackBuffer out = new MsgpackBuffer(true);

    /**
     * Encodes {@code [code, [[13 values per player...]]]}: the handler takes one argument, the flat list.
     * The bytes are {@code buffer()[0, length())}.
     */
    void encode(String code, List<ServerPacket.PlayerState> players) {
        out.start(code);
        ServerPacket.UpdatePlayers.writeArgs(out, players);
    }

    /** Encodes v1.9's {@code [code, [positions, attributes, hidden]]} (see {@link ServerCodec#encodeUpdate(List, BitSet, int[], int)}). */
    void encodeV19(String code, List<ServerPacket.PlayerState> players, BitSet attributeRows, int[] hidden, int hiddenCount) {
        out.start(code);
        ServerPacket.UpdatePlayers.writeV19(out, players, attributeRows, hidden, hiddenCount);
    }

    /** The encoded bytes are {@code buffer()[0..length())}, valid until this encoder's next use. */
    public byte[] buffer() {
        return out.buffer();
    }

    public int length() {
        return out.length();
    }

    /** A copy of the bytes written, for a caller that keeps them past the encoder's next use. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer(), length());
    }
}
