package dev.moomoo.game.delivery;

import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Sight;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.space.SpatialGrid;
import dev.moomoo.game.space.View;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decides, per living player and tick, what it is sent: {@code D} for players entering its view,
 * {@code E} for players leaving it, {@code H} for objects within its view and a margin that it has not
 * been sent yet, the {@code a} update of every player in view, and the {@code I} of the animals in view
 * (every tick, empty when none). Works from grid queries, never a scan
 * of all players or objects.
 */
public final class Visibility {
    /** Objects are sent this far beyond the view, so a full scan is needed only every half of it moved. */
    static final double OBJECT_MARGIN = 600;
    /** More objects than this appearing in one tick (a map being filled) and everyone scans in full instead. */
    static final int RESCAN_ABOVE = 64;
    /** Sent when no animal is in view: the client hides an animal only when an {@code I} comes without it. */
    private static final ServerPacket NO_ANIMALS = new ServerPacket.UpdateAnimals(List.of());

    private final Roster roster;
    private final ObjectRegistry objects;
    private final SpatialGrid<Animal> animals;
    private final TickStates states;
    private final Outbound out;
    private final BitSet seen = new BitSet();
    private final List<ServerPacket.PlayerState> statesInView = new ArrayList<>();
    private final List<ServerPacket.ObjectInfo> newObjects = new ArrayList<>();
    private final List<Player> entering = new ArrayList<>();
    private final List<ServerPacket.AnimalState> animalsInView = new ArrayList<>();
    private Player viewer;
    /** The pass's viewer's sight (see {@link #pass}). */
    private Sight sight;
    private final Consumer<WorldObject> visitObject = this::visitObject;
    private final Consumer<Animal> visitAnimal = this::visitAnimal;

    public Visibility(Roster roster, ObjectRegistry objects, SpatialGrid<Animal> animals, TickStates states, Outbound out) {
        this.roster = roster;
        this.animals = animals;
        this.objects = objects;
        this.states = states;
        this.out = out;
    }

    public void update(Player p) {
        pass(p, p.sight(), out, true);
    }

    /**
     * What {@link #update} would send {@code p} if its client had been sent nothing yet (a fresh join of
     * its view, for a recording's keyframe), sent through {@code to}, with exactly the objects its client
     * holds in place of those in view ({@link #heldObjects}). What it was really sent is not changed.
     * Costs one player's update without the scan for objects, and a walk over the objects its client holds.
     */
    public void freshView(Player p, Outbound to) {
        pass(p, new Sight(), to, false);
    }

    /**
     * One {@code H} of the objects {@code p}'s client holds (sent, not removed since), for a keyframe: a
     * client keeps every object it was sent, wherever it walks, and is never sent one twice
     * (src/site/rules.md, "View"), so a keyframe of the objects in view alone would leave a spectator
     * without those the player walks back to; and one of the view's margin would show objects it was not
     * sent yet, whose removal would never reach the spectator. Sends nothing when it holds none.
     */
    public void heldObjects(Player p, Outbound to) {
        newObjects.clear();
        Sight held = p.sight();
        for (int sid = held.nextObject(0); sid >= 0; sid = held.nextObject(sid + 1)) {
            WorldObject o = objects.get(sid);
            if (o != null) {
                newObjects.add(o.info());
            }
        }
        if (!newObjects.isEmpty()) {
            to.send(p, new ServerPacket.AddObjects(List.copyOf(newObjects)));
        }
    }

    /**
     * One viewer's pass: {@code sight} is what its client holds of the players (changed as it is sent
     * more), and {@code real} whether this is its client's real delivery (else a keyframe's, which is sent
     * the objects the client holds).
     */
    private void pass(Player p, Sight sight, Outbound out, boolean real) {
        viewer = p;
        this.sight = sight;
        seen.clear();
        statesInView.clear();
        newObjects.clear();
        entering.clear();
        roster.grid().query(p.x(), p.y(), View.HALF_WIDTH, View.HALF_HEIGHT, this::visitPlayer);
        // Players that were in view and are not any more.
        for (int sid = sight.nextPlayer(0); sid >= 0; sid = sight.nextPlayer(sid + 1)) {
            if (!seen.get(sid)) {
                sight.removePlayer(sid);
                Player gone = roster.bySid(sid);
                if (gone != null) {
                    out.send(p, new ServerPacket.RemovePlayer(gone.client().id()));
                }
            }
        }
        for (Player q : entering) {
            sight.addPlayer(q.sid());
            out.send(p, states.addPacket(q));
        }
        if (real) {
            sendNewObjects(p, out);
        } else {
            heldObjects(p, out);
        }
        out.sendUpdate(p, statesInView); // encoded straight from this reused list: nothing allocated per viewer
        animalsInView.clear();
        animals.query(p.x(), p.y(), View.HALF_WIDTH, View.HALF_HEIGHT, visitAnimal);
        out.send(p, animalsInView.isEmpty() ? NO_ANIMALS : new ServerPacket.UpdateAnimals(List.copyOf(animalsInView)));
    }

    /**
     * Objects: a full scan of the view and a margin only after the player moved half the margin since its
     * last scan (or jumped); in between, only the objects that appeared this tick can be new to it.
     * Scanning every object in view every tick was most of the tick with many buildings.
     */
    private void sendNewObjects(Player p, Outbound out) {
        List<WorldObject> appeared = objects.appeared();
        if (sight.scanDue(p.x(), p.y(), OBJECT_MARGIN / 2) || appeared.size() > RESCAN_ABOVE) {
            sight.scannedAt(p.x(), p.y());
            objects.grid().query(p.x(), p.y(), View.HALF_WIDTH + OBJECT_MARGIN, View.HALF_HEIGHT + OBJECT_MARGIN, visitObject);
        } else {
            for (int i = 0; i < appeared.size(); i++) {
                visitObject(appeared.get(i));
            }
        }
        if (!newObjects.isEmpty()) {
            out.send(p, new ServerPacket.AddObjects(List.copyOf(newObjects)));
        }
    }

    private void visitAnimal(Animal a) {
        if (a.present() && viewer.canSee(a)) {
            animalsInView.add(a.view());
        }
    }

    private void visitPlayer(Player q) {
        if (!q.alive() || !viewer.canSee(q) || q != viewer && q.invisible()) {
            return; // an Assassin standing still is hidden from everyone but itself
        }
        seen.set(q.sid());
        statesInView.add(states.stateOf(q));
        if (!sight.hasPlayer(q.sid())) {
            entering.add(q);
        }
    }

    /** An object within the view and its margin (what a client is sent of the objects, ahead of seeing them) that it may be sent. */
    private void visitObject(WorldObject o) {
        if (!sight.hasObject(o.sid()) && View.contains(viewer.x(), viewer.y(), o, OBJECT_MARGIN)
                && !(o instanceof Building b && !b.visibleTo(viewer))) {
            objects.markSent(o, viewer);
            newObjects.add(o.info());
        }
    }
}
