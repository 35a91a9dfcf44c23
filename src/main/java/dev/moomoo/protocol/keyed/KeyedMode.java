package dev.moomoo.protocol.keyed;

/**
 * The three ways the v1.9 client speaks, chosen by the last two arguments of {@code io-init}
 * ({@code mode}, {@code pinned}; src/site/keyed-protocol.md, "Modes").
 */
public enum KeyedMode {
    /** moomoo.io's own: the key mixed by the build module, tables of every name salted with the build's salt, frames signed and masked. */
    PINNED,
    /** The v1.8 client's keyed mode: the raw key, tables of the older names with salt 1, frames signed but not masked. */
    UNPINNED,
    /** No keys at all: {@code [name, args]} both ways, names as strings. */
    PLAIN;

    /** The salt the client uses without a build module's: its tables in the unpinned mode. */
    static final int DEFAULT_SALT = 1;

    /** What the client reads from io-init: {@code mode === 1} turns keys on, then {@code pinned === 1} the official mode. */
    public static KeyedMode fromIoInit(long mode, long pinned) {
        if (mode != 1) {
            return PLAIN;
        }
        return pinned == 1 ? PINNED : UNPINNED;
    }

    /** io-init's {@code mode} argument. */
    public int ioInitMode() {
        return switch (this) {
            case PINNED, UNPINNED -> 1;
            case PLAIN -> 0;
        };
    }

    /** io-init's {@code pinned} argument. */
    public int ioInitPinned() {
        return switch (this) {
            case PINNED -> 1;
            case UNPINNED, PLAIN -> 0;
        };
    }

    /** Whether packets go by numbers from shuffled tables, client frames signed and sequenced. */
    public boolean keyed() {
        return switch (this) {
            case PINNED, UNPINNED -> true;
            case PLAIN -> false;
        };
    }

    /** Whether frame bodies are masked (client frames after their tag, server frames whole). */
    public boolean masked() {
        return switch (this) {
            case PINNED -> true;
            case UNPINNED, PLAIN -> false;
        };
    }

    /** How many of {@link PacketNames#CLIENT} this mode's client table holds (in plain mode: the names a client may send). */
    public int clientNames() {
        return switch (this) {
            case PINNED, PLAIN -> PacketNames.CLIENT.size();
            case UNPINNED -> PacketNames.UNPINNED_CLIENT;
        };
    }

    /** How many of {@link PacketNames#SERVER} this mode's server table holds; the others go by name. */
    public int serverNames() {
        return switch (this) {
            case PINNED, PLAIN -> PacketNames.SERVER.size();
            case UNPINNED -> PacketNames.UNPINNED_SERVER;
        };
    }

    /** The key both ends use: mixed by the build module in the pinned mode, the raw key in the unpinned one, none in the plain mode. */
    byte[] channelKey(byte[] raw, int seed, BuildModule build) {
        return switch (this) {
            case PINNED -> build.mixKey(raw, seed);
            case UNPINNED -> raw.clone();
            case PLAIN -> new byte[0];
        };
    }

    /** The salt of this mode's tables: the build's in the pinned mode, the client's default otherwise. */
    public int tableSalt(int buildSalt) {
        return switch (this) {
            case PINNED -> buildSalt;
            case UNPINNED, PLAIN -> DEFAULT_SALT;
        };
    }
}
