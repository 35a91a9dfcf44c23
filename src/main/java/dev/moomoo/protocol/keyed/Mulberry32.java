package dev.moomoo.protocol.keyed;

/**
 * The client's small random number generator, which shuffles the packet tables
 * (src/site/keyed-protocol.md, "Tables"): 32 bits of state, each number in [0, 1). Written from its
 * definition with Java's {@code int}, whose wrapping is JavaScript's {@code Math.imul} and {@code | 0}.
 */
final class Mulberry32 {
    private int state;

    Mulberry32(int seed) {
        this.state = seed;
    }

    /** The next number in [0, 1): an unsigned 32-bit value over 2^32, exactly the double the client gets. */
    double next() {
        state += 0x6D2B79F5;
        int e = state;
        int t = (e ^ (e >>> 15)) * (1 | e);
        t = (t + (t ^ (t >>> 7)) * (61 | t)) ^ t;
        return Integer.toUnsignedLong(t ^ (t >>> 14)) / 4294967296.0;
    }
}
