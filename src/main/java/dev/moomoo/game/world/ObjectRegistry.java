package dev.moomoo.game.world;

import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.NaturalObject;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Receivers;
import dev.moomoo.game.entity.Sight;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.space.SpatialGrid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The world's objects by sid and in a grid, and who was sent each. Sids are reused, so the per-client
 * "already sent" sets stay as small as the world however many buildings come and go in a day; a sid
 * freed in a tick is handed out again only from the next tick on, so no client can be told of a new
 * object under a sid whose removal it gets in the same tick. Telling clients is not its part: a caller
 * that removes an object tells those who hold it first. Tick thread only.
 */
public final class ObjectRegistry {
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

    public ObjectRegistry(double mapSize, Roster roster) {
        this.grid = new SpatialGrid<>(mapSize, 300);
        this.roster = roster;
    }

    public SpatialGrid<WorldObject> grid() {
        return grid;
    }

    public NaturalObject add(ObjectType type, double x, double y, int scale) {
        NaturalObject o = new NaturalObject(takeSid(), type, x, y, scale);
        file(o);
        return o;
    }

    /** A building of {@code owner}'s, counted in its groups. */
    public Building addBuilding(ItemDef item, Player owner, double x, double y, double dir) {
        Building b = new Building(takeSid(), item, owner, x, y, dir);
        file(b);
        owner.buildings().added(b);
        if (item.behaviour() instanceof ItemBehaviour.Turret) {
            turrets.add(b);
        }
        return b;
    }

    private void file(WorldObject o) {
        o.fileIn(grid.insert(o));
        if (o.sid() >= bySid.length) {
            bySid = Arrays.copyOf(bySid, Math.max(bySid.length * 2, o.sid() + 1));
        }
        bySid[o.sid()] = o;
        count++;
        appeared.add(o);
    }

    /** Objects that came this tick, or could be seen by more players from this tick (a sprung trap). */
    public List<WorldObject> appeared() {
        return appeared;
    }

    /** An object more players may now be sent (a sprung trap). */
    public void appeared(WorldObject o) {
        appeared.add(o);
    }

    /** The standing turrets, for the turret system (no walk over all objects). */
    public List<Building> turrets() {
        return turrets;
    }

    public WorldObject get(int sid) {
        return sid > 0 && sid < bySid.length ? bySid[sid] : null;
    }

    /** Every object, in sid order (a copy: for admin commands and tests, not the tick). */
    public Collection<WorldObject> all() {
        List<WorldObject> out = new ArrayList<>(count);
        for (WorldObject o : bySid) {
            if (o != null) {
                out.add(o);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Walks every object in sid order without copying (the state digest, src/site/input-journal.md). */
    public void forEachInSidOrder(Consumer<WorldObject> action) {
        for (WorldObject o : bySid) {
            if (o != null) {
                action.accept(o);
            }
        }
    }

    /** The highest sid handed out so far: what the sent sets can grow to. */
    public int highestSid() {
        return nextSid - 1;
    }

    /** Records that {@code viewer} was sent {@code o} (it keeps it until told otherwise). */
    public void markSent(WorldObject o, Player viewer) {
        o.receivers().add(viewer.sid());
        viewer.sight().addObject(o.sid());
    }

    /** {@code viewer} may no longer hold {@code o}: both forget it was sent. Returns whether it had been. */
    public boolean unsend(WorldObject o, Player viewer) {
        if (!viewer.sight().hasObject(o.sid())) {
            return false;
        }
        viewer.sight().removeObject(o.sid());
        o.receivers().remove(viewer.sid());
        return true;
    }

    /** Takes an object off the map (its receivers should have been told). */
    public void remove(WorldObject o) {
        unfile(o);
    }

    /** Takes every building of a leaving owner off the map (those who were sent any should have been told). */
    public void removeAllOf(Player owner) {
        for (Building b : List.copyOf(owner.buildings().standing())) {
            unfile(b);
        }
    }

    /** Off the map, its receivers forget it, its owner's counts drop, and its sid is freed (from the next tick). */
    private void unfile(WorldObject o) {
        int sid = o.sid();
        bySid[sid] = null;
        count--;
        grid.remove(o, o.cell());
        if (!appeared.isEmpty()) {
            appeared.remove(o); // came and went in one tick: nobody is to be sent it
        }
        if (o instanceof Building b) {
            b.owner().buildings().removed(b);
            if (b.item().behaviour() instanceof ItemBehaviour.Turret) {
                turrets.remove(b);
            }
        }
        Receivers to = o.receivers();
        for (int viewer = to.next(0); viewer >= 0; viewer = to.next(viewer + 1)) {
            Player p = roster.bySid(viewer);
            if (p != null) {
                p.sight().removeObject(sid);
            }
        }
        to.clear();
        freedThisTick.add(sid);
    }

    /** A player leaves: it is taken off the sent set of every object it was sent (only those), and forgets them. */
    public void forget(Player p) {
        Sight sight = p.sight();
        for (int sid = sight.nextObject(0); sid >= 0; sid = sight.nextObject(sid + 1)) {
            WorldObject o = get(sid);
            if (o != null) {
                o.receivers().remove(p.sid());
            }
        }
        sight.forgetObjects();
    }

    /** At the end of a tick: the sids freed in it may be handed out from now on. */
    public void endTick() {
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
