package dev.moomoo.protocol;

import java.util.List;

/**
 * Writes {@code [code, [args...]]} as msgpack in the smallest form: integral numbers as the narrowest
 * integer, other numbers as float32 (the server) or float64 (a writer that writes as the browser does).
 * A new array per message; the server's own send path reuses a {@link MsgpackBuffer} per thread instead.
 */
public final class MsgpackWriter {
    private final MsgpackBuffer buffer;

    /** @param float32 write non-integral numbers as float32 (the server's choice: 5 bytes instead of 9) */
    public MsgpackWriter(boolean float32) {
        this.buffer = new MsgpackBuffer(float32);
    }

    /** Encodes {@code [code, [args...]]}. */
    public byte[] message(String code, List<?> args) {
        return buffer.message(code, args).toByteArray();
    }
}
