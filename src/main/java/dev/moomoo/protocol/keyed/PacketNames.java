package dev.moomoo.protocol.keyed;

import java.util.List;

/**
 * The packet names of the v1.9 client, in its own order: the order decides each name's wire number
 * once shuffled ({@link PacketTable}), so it is data to keep exactly as the client has it
 * (src/site/keyed-protocol.md, "Tables"). The v1.8 client knew the first 17 and 36; the unpinned mode
 * shuffles only those.
 */
public final class PacketNames {
    /** What the client sends. T, R, A and V are new in v1.9. */
    public static final List<String> CLIENT = List.of(
            "M", "D", "9", "e", "F", "z", "H", "K", "L", "N", "b", "P", "Q", "c", "6", "S", "0", "T", "R", "A", "V");
    /** What the client handles. W and F are new in v1.9. */
    public static final List<String> SERVER = List.of(
            "A", "B", "C", "D", "E", "a", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S",
            "T", "U", "V", "X", "Y", "Z", "g", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "W", "F");
    /** The client names of the unpinned mode: the first this many of {@link #CLIENT}. */
    public static final int UNPINNED_CLIENT = 17;
    /** The server names of the unpinned mode: the first this many of {@link #SERVER}. */
    public static final int UNPINNED_SERVER = 36;

    private PacketNames() {
    }
}
