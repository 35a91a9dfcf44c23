package dev.moomoo.protocol.keyed;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * How one connection starts (src/site/keyed-protocol.md, "Opening"): a fresh seed and key from a
 * {@link SecureRandom}, sent in io-init, and the server's channel built from them as the client will
 * build its own.
 *
 * @param ioInit  what to send first, as a plain {@code ["io-init", args]} frame (never sealed)
 * @param channel the server's end, for every frame after it
 */
public record Handshake(IoInitArgs ioInit, KeyedChannel channel) {
    /** The bytes of a connection's raw key: its hex goes in io-init. */
    static final int KEY_BYTES = 16;

    /** A new connection's io-init and channel in {@code mode}, with {@code build}'s mixer and salt. */
    public static Handshake begin(KeyedMode mode, BuildModule build, String socketId, SecureRandom random) {
        if (!mode.keyed()) {
            return new Handshake(new IoInitArgs(socketId, 0, "0", mode.ioInitMode(), mode.ioInitPinned()), KeyedChannel.plain());
        }
        byte[] raw = new byte[KEY_BYTES];
        random.nextBytes(raw);
        int seed = random.nextInt();
        KeyedChannel channel = new KeyedChannel(mode, mode.channelKey(raw, seed, build), seed, mode.tableSalt(build.buildSalt()));
        IoInitArgs init = new IoInitArgs(socketId, Integer.toUnsignedLong(seed), HexFormat.of().formatHex(raw), mode.ioInitMode(), mode.ioInitPinned());
        return new Handshake(init, channel);
    }
}
