package dev.moomoo.protocol.keyed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One direction's packet numbers for one connection: a list of names shuffled with a seed, so that
 * {@code names[i]} goes on the wire as the number {@code perm[i]} (src/site/keyed-protocol.md,
 * "Tables"). Immutable. Names are looked up by their index in {@link PacketNames}, so that the send
 * path finds a number with an array read.
 */
public final class PacketTable {
    /** The multiplier that spreads the salt over the seed, as the client does. */
    static final int SALT_MULTIPLIER = 0x9E3779B1; // 2654435761
    /** What the server-to-client table's seed differs by from the client-to-server one. */
    static final int SERVER_SEED_XOR = 0x85EBCA6B;
    /** Every wire number must be a msgpack positive fixint: one byte, patched into a shared body. */
    static final int MAX_NAMES = 128;

    private final List<String> names;
    private final int[] idOfIndex;
    private final String[] nameOfId;
    private final Map<String, Integer> idOfName = new HashMap<>();

    private PacketTable(List<String> names, int[] perm) {
        this.names = List.copyOf(names);
        this.idOfIndex = perm;
        this.nameOfId = new String[perm.length];
        for (int i = 0; i < perm.length; i++) {
            nameOfId[perm[i]] = names.get(i);
            idOfName.put(names.get(i), perm[i]);
        }
    }

    /** The table seed both directions start from: the connection's seed with the salt spread over it. */
    static int tableSeed(int seed, int salt) {
        return seed ^ salt * SALT_MULTIPLIER;
    }

    /** The client-to-server table of a connection: the first {@code count} client names. */
    public static PacketTable client(int seed, int salt, int count) {
        return shuffle(PacketNames.CLIENT.subList(0, count), tableSeed(seed, salt));
    }

    /** The server-to-client table of a connection: the first {@code count} server names, with a seed of its own. */
    public static PacketTable server(int seed, int salt, int count) {
        return shuffle(PacketNames.SERVER.subList(0, count), tableSeed(seed, salt) ^ SERVER_SEED_XOR);
    }

    /** Fisher-Yates from the end, as the client shuffles: position {@code c} swaps with {@code floor(rng * (c + 1))}. */
    public static PacketTable shuffle(List<String> names, int seed) {
        if (names.size() > MAX_NAMES) {
            throw new IllegalArgumentException(names.size() + " names: a table holds at most " + MAX_NAMES);
        }
        int[] perm = new int[names.size()];
        Arrays.setAll(perm, i -> i);
        Mulberry32 rng = new Mulberry32(seed);
        for (int c = perm.length - 1; c > 0; c--) {
            int d = (int) Math.floor(rng.next() * (c + 1));
            int swap = perm[c];
            perm[c] = perm[d];
            perm[d] = swap;
        }
        return new PacketTable(names, perm);
    }

    /** How many names the table holds; their numbers are 0 to size - 1. */
    public int size() {
        return idOfIndex.length;
    }

    /** The wire number of {@code name}, or -1 when the table does not hold it. */
    public int id(String name) {
        Integer id = idOfName.get(name);
        return id == null ? -1 : id;
    }

    /** The wire number of the name at {@code index} in the list the table was shuffled from, or -1 beyond it. */
    int idOfIndex(int index) {
        return index >= 0 && index < idOfIndex.length ? idOfIndex[index] : -1;
    }

    /** The name sent as {@code id}, or null for a number the table does not use. */
    public String name(long id) {
        return id >= 0 && id < nameOfId.length ? nameOfId[(int) id] : null;
    }

    /** Name to number, in the order of the names. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), idOfIndex[i]);
        }
        return map;
    }

    @Override
    public String toString() {
        return "packet table of " + size() + " names";
    }
}
