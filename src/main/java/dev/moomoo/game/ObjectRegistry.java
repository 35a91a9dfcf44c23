package dev.moomoo.game;

import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The world's objects by sid and in a grid, and who was sent each. Sids are reused, so the per-client
 * "already sent" sets stay as small as the world however many buildings come and go in a day; a sid
 * freed in a tick is handed out again only from the next tick on, so no client can be told of a new
 * object under a sid whose removal it gets in the same tick. Tick thread only.
 */
final class ObjectRegistry {
    private final SpatialGrid<WorldObject> grid;
    /** Objects by sid: sids are small and reused, so an array (a map's boxed lookups were most of a mass leave). */
    private WorldObject[] bySid = new WorldObject[1024];
    private int count;
    private final List<Building> turrets = new ArrayList<>();
    private final List<WorldObject> appeared = new ArrayList<>();
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

    NaturalObject add(ObjectType type, double x, double y, int scale) {
        NaturalObject o = new NaturalObject(takeSid(), type, x, y, scale);
        file(o);
        return o;
    }

    /** A building of {@code owner}'s, counted in its groups. */
    Building addBuilding(ItemDef item, Player owner, double x, double y, double dir) {
        Building s = new Building(takeSid(), item, owner, x, y, dir);
        file(s);
        owner.buildings.added(s);
        if (item.behaviour() instanceof ItemBehaviour.Turret) {
            turrets.add(s);
        }
        return s;
    }

    private void file(WorldObject o) {
        o.cell = grid.insert(o);
        if (o.sid() >= bySid.length) {
            bySid = Arrays.copyOf(bySid, Math.max(bySid.length * 2, o.sid() + 1));
        }
        bySid[o.sid()] = o;
        count++;
        appeared.add(o);
    }

    /** Objects that came this tick, or could be seen by more players from this tick (a sprung trap). */
    List<WorldObject> appeared() {
        return appeared;
    }

    /** An object more players may now be sent (a sprung trap). */
    void appeared(WorldObject o) {
        appeared.add(o);
    }

    /** The standing turrets, for the turret system (no walk over all objects). */
    List<Building> turrets() {
        return turrets;
    }

    /**
     * Takes every building of a leaving owner off the map: one {@code R [ownerSid]} to each client that
     * was sent any of them (found from the buildings' own sent sets), no {@code Q}.
     */
    void removeAllOf(Player owner, Outbound out) {
        List<Building> standing = owner.buildings.standing;
        if (standing.isEmpty()) {
            return;
        }
        BitSet told = new BitSet();
        for (Building s : standing) {
            told.or(s.sentTo);
        }
        ServerPacket removeAll = new ServerPacket.RemoveBuildings(owner.sid());
        for (int viewer = told.nextSetBit(0); viewer >= 0; viewer = told.nextSetBit(viewer + 1)) {
            Player p = roster.bySid(viewer);
            if (p != null) {
                out.send(p, removeAll);
            }
        }
        for (Building s : List.copyOf(standing)) {
            unfile(s);
        }
    }

    WorldObject get(int sid) {
        return sid > 0 && sid < bySid.length ? bySid[sid] : null;
    }

    /** Every object, in sid order (a copy: for admin commands and tests, not the tick). */
    Collection<WorldObject> all() {
        List<WorldObject> out = new ArrayList<>(count);
        for (WorldObject o : bySid) {
            if (o != null) {
                out.add(o);
            }
        }
        return Collections.unmodifiableList(out);
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

    /** {@code viewer} is no longer let see {@code owner}'s unsprung pit traps: those it was sent go ({@code Q}). */
    void unsendHidden(Player viewer, Player owner, Outbound out) {
        for (Building s : owner.buildings.standing) {
            if (s.hidden && viewer.objectsSent.get(s.sid())) {
                viewer.objectsSent.clear(s.sid());
                s.sentTo.clear(viewer.sid());
                out.send(viewer, new ServerPacket.RemoveObject(s.sid()));
            }
        }
    }

    /** Removes an object: {@code Q} to every client it was sent to. Returns whether it existed. */
    boolean remove(int sid, Outbound out) {
        WorldObject o = get(sid);
        if (o == null) {
            return false;
        }
        out.toReceiversOf(o, new ServerPacket.RemoveObject(sid));
        unfile(o);
        return true;
    }

    /** Off the map, its receivers forget it, its owner's counts drop, and its sid is freed (from the next tick). */
    private void unfile(WorldObject o) {
        int sid = o.sid();
        bySid[sid] = null;
        count--;
        grid.remove(o, o.cell);
        if (!appeared.isEmpty()) {
            appeared.remove(o); // came and went in one tick: nobody is to be sent it
        }
        if (o instanceof Building s) {
            s.owner().buildings.removed(s);
            if (s.item().behaviour() instanceof ItemBehaviour.Turret) {
                turrets.remove(s);
            }
        }
        BitSet to = o.sentTo;
        for (int viewer = to.nextSetBit(0); viewer >= 0; viewer = to.nextSetBit(viewer + 1)) {
            Player p = roster.bySid(viewer);
            if (p != null) {
                p.objectsSent.clear(sid);
            }
        }
        to.clear();
        freedThisTick.add(sid);
    }

    /** A player leaves: it is taken off the sent set of every object it was sent (only those), and forgets them. */
    void forget(Player p) {
        BitSet sent = p.objectsSent;
        for (int sid = sent.nextSetBit(0); sid >= 0; sid = sent.nextSetBit(sid + 1)) {
            WorldObject o = get(sid);
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
        appeared.clear();
    }

    private int takeSid() {
        return freeCount > 0 ? free[--freeCount] : nextSid++;
    }
}
