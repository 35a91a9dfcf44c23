package dev.moomoo.protocol.keyed;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The mask of the pinned mode: bytes XORed with an xorshift32 keystream, four bytes per step, low
 * byte first (src/site/keyed-protocol.md, "Server frames and masks"). Masking twice with the same
 * seed unmasks.
 */
final class Keystream {
    /** The state that stands in for a seed of 0, which xorshift would never leave. */
    static final int ZERO_SEED = 0x6D2B79F5;
    /** Four bytes at a time, little-endian: the keystream word's low byte goes on the first byte. */
    private static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Keystream() {
    }

    /** Masks (or unmasks) {@code bytes[offset, offset + length)} in place with the keystream of {@code seed}. */
    static void mask(byte[] bytes, int offset, int length, int seed) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int a = seed == 0 ? ZERO_SEED : seed;
        int p = offset;
        int end = offset + length;
        for (; end - p >= 4; p += 4) {
            a = step(a);
            LE_INT.set(bytes, p, (int) LE_INT.get(bytes, p) ^ a);
        }
        if (p < end) {
            a = step(a);
            for (int shift = 0; p < end; p++, shift += 8) {
                bytes[p] ^= (byte) (a >>> shift);
            }
        }
    }

    private static int step(int a) {
        a ^= a << 13;
        a ^= a >>> 17;
        a ^= a << 5;
        return a;
    }
}
