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
 */
final class ViewerMemory {
    private final ServerCodec codec;
    /** The player state whose attributes each sid last got, or null: its next update carries them. */
    private PlayerState[] attributesSent = new PlayerState[64];
    /** The sids of the last update. */
    private int[] lastSids = new int[16];
    private int lastCount;
    private final BitSet inUpdate = new BitSet();
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
        inUpdate.clear();
        attributeRows.clear();
        int n = players.size();
        for (int i = 0; i < n; i++) {
            PlayerState s = players.get(i);
            inUpdate.set(s.sid());
            PlayerState before = s.sid() < attributesSent.length ? attributesSent[s.sid()] : null;
            if (before == null || !before.sameAttributes(s)) {
                attributeRows.set(i);
            }
        }
        hiddenCount = 0;
        for (int j = 0; j < lastCount; j++) {
            int sid = lastSids[j];
            if (!inUpdate.get(sid)) {
                hidden = grow(hidden, hiddenCount + 1);
                hidden[hiddenCount++] = sid;
                attributesSent[sid] = null;
            }
        }
        lastSids = grow(lastSids, n);
        lastCount = n;
        for (int i = 0; i < n; i++) {
            PlayerState s = players.get(i);
            if (s.sid() >= attributesSent.length) {
                attributesSent = Arrays.copyOf(attributesSent, Math.max(attributesSent.length * 2, s.sid() + 1));
            }
            attributesSent[s.sid()] = s;
            lastSids[i] = s.sid();
        }
        return codec.encodeUpdate(players, attributeRows, hidden, hiddenCount);
    }

    /** The update just made again with every player's attributes: the one before it was replaced before the writer took it. */
    UpdateEncoder withEveryAttribute(List<PlayerState> players) {
        attributeRows.set(0, players.size());
        return codec.encodeUpdate(players, attributeRows, hidden, hiddenCount);
    }

    /** The viewer was sent {@code D} of {@code sid}: the client (re)made that player, whose attributes go with the next update. */
    void forget(int sid) {
        if (sid < attributesSent.length) {
            attributesSent[sid] = null;
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
}
