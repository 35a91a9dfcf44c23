package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The world's objects by sid and in a grid, and who was sent each. Sids are reused, so the per-client
 * "already sent" sets stay as small as the world however many buildings come and go in a day; a sid
 * freed in a tick is handed out again only from the next tick on, so no client can be told of a new
 * object under a sid whose removal it gets in the same tick. Tick thread only.
 */
final class ObjectRegistry {
    private final SpatialGrid<WorldObject> grid;
    private final Map<Integer, WorldObject> bySid = new LinkedHashMap<>();
    /** Sids free to hand out (a stack), and those freed this tick (free from the next). */
    private int[] free = new int[16];
    private int freeCount;
    private final List<Integer> freedThisTick = new ArrayList<>();
    private int nextSid = 1;
    /** Receivers are players by sid; a leaving player is {@link #forget}-ed before its sid is freed. */
    private final Roster roster;

    ObjectRegistry(double mapSize, Roster roster) {
        this.grid = new SpatialGrid<>(mapSize, 300);
        this.roster = roster;
    }

    SpatialGrid<WorldObject> grid() {
        return grid;
    }

    WorldObject add(ObjectType type, double x, double y, int scale) {
        WorldObject o = new WorldObject(takeSid(), type, x, y, 0, scale);
        o.cell = grid.insert(o);
        bySid.put(o.sid(), o);
        return o;
    }

    WorldObject get(int sid) {
        return bySid.get(sid);
    }

    Collection<WorldObject> all() {
        return Collections.unmodifiableCollection(bySid.values());
    }

    int count() {
        return bySid.size();
    }

    /** The highest sid handed out so far: what the sent sets can grow to. */
    int highestSid() {
        return nextSid - 1;
    }

    /** Records that {@code viewer} was sent {@code o} (it keeps it until told otherwise). */
    void markSent(WorldObject o, Player viewer) {
        o.sentTo.set(viewer.sid());
        viewer.objectsSent.set(o.sid());
    }

    /** Removes an object: {@code Q} to every client it was sent to. Returns whether it existed. */
    boolean remove(int sid, Outbound out) {
        WorldObject o = bySid.remove(sid);
        if (o == null) {
            return false;
        }
        grid.remove(o, o.cell);
        out.toReceiversOf(o, new ServerPacket.RemoveObject(sid));
        BitSet to = o.sentTo;
        for (int viewer = to.nextSetBit(0); viewer >= 0; viewer = to.nextSetBit(viewer + 1)) {
            Player p = roster.bySid(viewer);
            if (p != null) {
                p.objectsSent.clear(sid);
            }
        }
        freedThisTick.add(sid);
        return true;
    }

    /** A player leaves: it is taken off the sent set of every object it was sent (only those), and forgets them. */
    void forget(Player p) {
        BitSet sent = p.objectsSent;
        for (int sid = sent.nextSetBit(0); sid >= 0; sid = sent.nextSetBit(sid + 1)) {
            WorldObject o = bySid.get(sid);
            if (o != null) {
                o.sentTo.clear(p.sid());
            }
        }
        sent.clear();
    }

    /** At the end of a tick: the sids freed in it may be handed out from now on. */
    void endTick() {
        for (int sid : freedThisTick) {
            if (freeCount == free.length) {
                free = Arrays.copyOf(free, free.length * 2);
            }
            free[freeCount++] = sid;
        }
        freedThisTick.clear();
    }

    private int takeSid() {
        return freeCount > 0 ? free[--freeCount] : nextSid++;
    }
}
