package dev.moomoo.gateway;

import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.ServerPacket.PlayerState;
import dev.moomoo.protocol.UpdateEncoder;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What one v1.9 viewer was sent of the packets that v1.9 sends as changes (src/site/protocol.md, "The
 * v1.9 profile"): the client keeps what an {@code a} update leaves out, so a player's attributes go
 * only when they differ from those it last got (or after its {@code D}), and the sids it stops
 * seeing are hidden; an {@code I} hides the animals that were in the last one and are not in this
 * one. The tick thread's, for one connection.
 *
 * <p>The update goes into the outbox's slot, which a newer one replaces when the writer has not taken
 * it: then the attributes it carried were never sent, and the connection sends its next update with
 * every player's ({@link #withEveryAttribute}). A player leaving the view is also sent {@code E}, in
 * order, so a hidden sid lost with a replaced update is not lost to the client.
 *
 * <p>What the last update carried is kept as two rows of primitives (sid, attributes packed in a long,
 * team) with a small open-addressing index by sid, swapped each tick: every viewer walks its view each
 * tick, and keeping the player states themselves would have each viewer chase objects of earlier
 * ticks all over the heap (and keep them alive).
 */
final class ViewerMemory {
    private final ServerCodec codec;
    /** The last update's rows, and this one's as it is made; swapped at its end. */
    private Rows last = new Rows();
    private Rows next = new Rows();
    /** Which of the last update's rows this one lists again. */
    private final BitSet stillInView = new BitSet();
    private final BitSet attributeRows = new BitSet();
    private int[] hidden = new int[16];
    private int hiddenCount;
    /** The animal sids of the last {@code I}. */
    private int[] lastAnimals = new int[16];
    private int lastAnimalCount;
    private final BitSet inAnimals = new BitSet();
    private int[] hiddenAnimals = new int[16];

    ViewerMemory(ServerCodec codec) {
        this.codec = codec;
    }

    /** This tick's update of {@code players} for this viewer: their attributes where they changed, the sids that left hidden. */
    UpdateEncoder update(List<PlayerState> players) {
        int n = players.size();
        next.clear(n);
        stillInView.clear();
        attributeRows.clear();
        for (int i = 0; i < n; i++) {
            PlayerState s = players.get(i);
            long packed = Rows.pack(s);
            int j = last.find(s.sid());
            if (j >= 0) {
                stillInView.set(j);
            }
            if (j < 0 || packed == Rows.NOT_SENT || last.packed[j] != packed || !sameTeam(last.teams[j], s.team())) {
                attributeRows.set(i);
            }
            next.add(s.sid(), packed, s.team());
        }
        hiddenCount = 0;
        for (int j = stillInView.nextClearBit(0); j < last.count; j = stillInView.nextClearBit(j + 1)) {
            hidden = grow(hidden, hiddenCount + 1);
            hidden[hiddenCount++] = last.sids[j];
        }
        Rows swap = last;
        last = next;
        next = swap;
        return codec.encodeUpdate(players, attributeRows, hidden, hiddenCount);
    }

    /** Whether two teams (tribe names, kept for a tribe's life) are the same: usually the same string. */
    private static boolean sameTeam(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The update just made again with every player's attributes: the one before it was replaced before the writer took it. */
    UpdateEncoder withEveryAttribute(List<PlayerState> players) {
        attributeRows.set(0, players.size());
        return codec.encodeUpdate(players, attributeRows, hidden, hiddenCount);
    }

    /** The viewer was sent {@code D} of {@code sid}: the client (re)made that player, whose attributes go with the next update. */
    void forget(int sid) {
        int j = last.find(sid);
        if (j >= 0) {
            last.packed[j] = Rows.NOT_SENT;
        }
    }

    /** This tick's {@code I} for this viewer, hiding the animals of the last one that it does not list; null when it hides none (the frame shared by every viewer does). */
    byte[] animalsFrame(ServerPacket.UpdateAnimals packet) {
        List<ServerPacket.AnimalState> animals = packet.animals();
        inAnimals.clear();
        for (int i = 0, n = animals.size(); i < n; i++) {
            inAnimals.set(animals.get(i).sid());
        }
        int gone = 0;
        for (int j = 0; j < lastAnimalCount; j++) {
            if (!inAnimals.get(lastAnimals[j])) {
                hiddenAnimals = grow(hiddenAnimals, gone + 1);
                hiddenAnimals[gone++] = lastAnimals[j];
            }
        }
        lastAnimals = grow(lastAnimals, animals.size());
        lastAnimalCount = animals.size();
        for (int i = 0; i < lastAnimalCount; i++) {
            lastAnimals[i] = animals.get(i).sid();
        }
        return gone == 0 ? null : codec.frameAnimals(packet, hiddenAnimals, gone);
    }

    private static int[] grow(int[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, size));
    }

    /** The rows of one update: each player's sid, packed attributes and team, and an index by sid. */
    private static final class Rows {
        /** A row whose attributes must go with the next update (forgotten, or not packable). */
        static final long NOT_SENT = 0;
        private static final long PACKED = 1L << 63;

        int[] sids = new int[16];
        long[] packed = new long[16];
        String[] teams = new String[16];
        int count;
        /** Open addressing, by sid: the row + 1, 0 empty; a power of two at least twice the rows. */
        private int[] index = new int[32];

        void clear(int rows) {
            if (rows > sids.length) {
                int size = Math.max(rows, sids.length * 2);
                sids = new int[size];
                packed = new long[size];
                teams = new String[size];
            }
            Arrays.fill(teams, 0, count, null);
            int slots = Math.max(32, Integer.highestOneBit(Math.max(1, rows) * 2 - 1) << 1);
            if (slots > index.length) { // a larger index from a busier tick is kept: no allocation when the view shrinks
                index = new int[slots];
            } else {
                Arrays.fill(index, 0);
            }
            count = 0;
        }

        void add(int sid, long attributes, String team) {
            sids[count] = sid;
            packed[count] = attributes;
            teams[count] = team;
            int mask = index.length - 1;
            int slot = mix(sid) & mask;
            while (index[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            index[slot] = ++count;
        }

        /** The row of {@code sid}, or -1. */
        int find(int sid) {
            int mask = index.length - 1;
            for (int slot = mix(sid) & mask; index[slot] != 0; slot = (slot + 1) & mask) {
                if (sids[index[slot] - 1] == sid) {
                    return index[slot] - 1;
                }
            }
            return -1;
        }

        private static int mix(int sid) {
            return sid * 0x9E3779B9 >>> 16;
        }

        /**
         * A player's attributes but its team in one long: seven in a byte each (the build index shifted by
         * one), the leader's flag, and a bit that says it is packed; {@link #NOT_SENT} when one does not fit
         * in a byte, so that such a player's attributes always go.
         */
        static long pack(PlayerState s) {
            long packed = PACKED | (s.isLeader() ? 1L << 56 : 0);
            packed = field(packed, s.buildIndex() + 1, 0);
            packed = field(packed, s.weaponIndex(), 1);
            packed = field(packed, s.weaponVariant(), 2);
            packed = field(packed, s.skinIndex(), 3);
            packed = field(packed, s.tailIndex(), 4);
            packed = field(packed, s.iconIndex(), 5);
            return field(packed, s.zIndex(), 6);
        }

        /** {@code packed} with {@code value} in byte {@code at}; {@link #NOT_SENT} when it does not fit, or was not packable already. */
        private static long field(long packed, int value, int at) {
            return packed == NOT_SENT || value < 0 || value > 0xFF ? NOT_SENT : packed | (long) value << (8 * at);
        }
    }
}
