package dev.moomoo.protocol.keyed;

import java.util.List;

/**
 * The arguments of one connection's {@code io-init}, {@code [socketId, seed, keyHex, mode, pinned]}
 * (src/site/keyed-protocol.md, "Opening"). The key travels in the clear here (TLS protects it on the
 * way, the build module's mixer hides what it becomes); it is still never printed.
 *
 * @param seed an unsigned 32-bit number, as the client reads it
 */
public record IoInitArgs(String socketId, long seed, String keyHex, int mode, int pinned) {

    /** The handler's positional arguments, in order. */
    public List<Object> args() {
        return List.of(socketId, seed, keyHex, mode, pinned);
    }

    /** The mode the client makes of these arguments. */
    public KeyedMode keyedMode() {
        return KeyedMode.fromIoInit(mode, pinned);
    }

    @Override
    public String toString() {
        return "io-init [" + socketId + ", " + seed + ", (key), " + mode + ", " + pinned + "]";
    }
}
