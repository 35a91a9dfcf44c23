package dev.moomoo.game.motion;

import dev.moomoo.game.combat.Damage;
import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Body;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.NaturalObject;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.DamageOverTime;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.space.SpatialGrid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * What the objects on the map do to a body that moves among them, once for players and animals: a body
 * moves in sub-steps and after each meets the objects it touches, each object once a tick, in the first
 * sub-step that touches it (src/site/rules.md#collisions): it is put back on the rim of a solid one, set
 * off by a walk-on building (a pit trap holds it, a boost pad pushes it by its push over the tick's
 * sub-steps, a teleporter sends it to a random point), hurt by spikes. Every object touched acts, so
 * three spikes touched in one tick hurt three times.
 *
 * <p>Where players and animals differ, it says so by kind: a player is spared by its own and its mates'
 * traps and spikes, an animal by none, but a boss is never trapped; only a player is healed by a pad or
 * raised by a platform; spikes push a player by their own push and hurt it in the sub-step's search (it
 * may be poisoned unless it wears poison-proof gear), while they push an animal a fixed amount whatever
 * it weighs, poison it, are hurt back by a heavy one, and hurt it after the sub-step's search (it may fell
 * them, which the search must not see).
 *
 * <p>One per mover (players, animals), each with the random numbers of its own system; tick thread only.
 */
public final class WalkOn {
    /** Spikes push an animal off this hard, whatever it weighs. */
    static final double ANIMAL_SPIKE_PUSH = 1.5;

    private final SpatialGrid<WorldObject> objects;
    private final Damage damage;
    private final Random random;
    private final Consumer<WorldObject> appeared;
    private final double mapSize;
    private final Consumer<WorldObject> meet = this::meet;
    // the body being moved: its sub-steps this tick, the objects it met this tick (each acts once), and
    // the spikes an animal touched in this sub-step, to feel after the search
    private Body body;
    private int steps;
    private final List<WorldObject> met = new ArrayList<>();
    private final List<Building> spikesToFeel = new ArrayList<>();

    /** {@code appeared}: told of a pit trap that was sprung, so that everyone may be sent it from now on. */
    public WalkOn(SpatialGrid<WorldObject> objects, Damage damage, Random random, Consumer<WorldObject> appeared, double mapSize) {
        this.objects = objects;
        this.damage = damage;
        this.random = random;
        this.appeared = appeared;
        this.mapSize = mapSize;
    }

    /**
     * Moves a player by its velocity over the tick's {@code dt}, in sub-steps, meeting the objects at each.
     * Returns false when spikes killed it on the way (it is off its grid then).
     */
    public boolean move(Player p, double dt) {
        start(p, dt);
        for (int i = 0; i < steps; i++) {
            subStep(p, dt);
            if (!p.alive()) {
                return false; // its spikes hurt it during the search
            }
        }
        return true;
    }

    /**
     * Moves an animal by its velocity over the tick's {@code dt}, in sub-steps, meeting the objects at each.
     * Returns false when spikes killed it on the way (it is away then, or back elsewhere).
     */
    public boolean move(Animal a, double dt) {
        start(a, dt);
        for (int i = 0; i < steps; i++) {
            subStep(a, dt);
            for (Building spikes : spikesToFeel) {
                if (spikedAnimal(a, spikes)) {
                    return false; // its spikes hurt it after the search
                }
            }
        }
        return true;
    }

    private void start(Body b, double dt) {
        body = b;
        steps = b.substeps(dt);
        met.clear();
    }

    private void subStep(Body b, double dt) {
        b.step(dt, steps);
        spikesToFeel.clear();
        double r = b.radius();
        objects.query(b.x(), b.y(), r, r, meet);
    }

    private void meet(WorldObject o) {
        Body b = body;
        if (b instanceof Player p && !p.alive() || alreadyMet(o)) {
            return; // killed by spikes met before in this search; or met in an earlier sub-step
        }
        boolean touched = switch (o) {
            case NaturalObject natural -> b.pushOut(natural, natural.collisionRadius());
            case Building building -> {
                if (building.walkOn()) {
                    boolean on = b.touches(building);
                    if (on) {
                        stepOn(b, building);
                    }
                    yield on;
                }
                boolean hit = b.pushOut(building, building.collisionRadius());
                if (hit && building.item().behaviour() instanceof ItemBehaviour.Spike spike) {
                    touchSpikes(b, building, spike);
                }
                yield hit;
            }
        };
        if (touched) {
            met.add(o);
        }
    }

    private boolean alreadyMet(WorldObject o) {
        for (WorldObject m : met) {
            if (m == o) {
                return true;
            }
        }
        return false;
    }

    /** A walk-on building's effect on who stands on it. */
    private void stepOn(Body b, Building pad) {
        switch (pad.item().behaviour()) {
            case ItemBehaviour.Trap t -> {
                if (trappedBy(pad, b)) {
                    b.hold(); // held: it stops dead
                    if (pad.spring()) {
                        appeared.accept(pad); // sprung: from now on everyone is sent it
                    }
                }
            }
            case ItemBehaviour.Boost boost -> b.push(pad.dir(), boost.push() / steps);
            case ItemBehaviour.HealPad h -> {
                if (b instanceof Player p) {
                    p.standOnHealingPad(h.heal()); // animals are not healed
                }
            }
            case ItemBehaviour.Teleporter t -> teleport(b);
            case ItemBehaviour.Platform pl -> {
                if (b instanceof Player p) {
                    p.standOnPlatform(); // animals keep to the ground
                }
            }
            case ItemBehaviour.SpawnPad sp -> {
                // used at its owner's next respawn, not on touch
            }
            case ItemBehaviour.Blocker bl -> {
                // it only refuses buildings near it
            }
            case ItemBehaviour.Food f -> {
            }
            case ItemBehaviour.Wall w -> {
            }
            case ItemBehaviour.Spike sp -> {
            }
            case ItemBehaviour.Mill m -> {
            }
            case ItemBehaviour.Node n -> {
            }
            case ItemBehaviour.Turret tu -> {
            }
        }
    }

    /** Whether a pit trap holds this body: any player but its owner and the owner's mates; any animal but those that cannot be trapped (bosses). */
    private static boolean trappedBy(Building trap, Body b) {
        return switch (b) {
            case Player p -> !trap.owner().isSelfOrMate(p);
            case Animal a -> !a.kind().untrappable();
        };
    }

    /** A teleporter sends a body to a random point of the map with room for it. */
    private void teleport(Body b) {
        double r = b.radius();
        b.moveTo(r + random.nextDouble() * (mapSize - 2 * r), r + random.nextDouble() * (mapSize - 2 * r));
    }

    /** Spikes a body was pushed out of: a player feels them now (unless they are its own or a mate's), an animal after the search. */
    private void touchSpikes(Body b, Building spikes, ItemBehaviour.Spike spike) {
        switch (b) {
            case Player p -> {
                if (!spikes.owner().isSelfOrMate(p)) {
                    spikedPlayer(p, spikes, spike);
                }
            }
            case Animal a -> spikesToFeel.add(spikes); // hurt after the search: it may fell the spikes
        }
    }

    /** Spikes push a player off, and hurt and may poison it. */
    private void spikedPlayer(Player p, Building spikes, ItemBehaviour.Spike spike) {
        p.push(Math.atan2(p.y() - spikes.y(), p.x() - spikes.x()), spike.push());
        if (spike.poison() > 0 && !p.effects().poisonProof()) {
            p.damageOverTime().poison(spike.poison(), DamageOverTime.POISON_TICKS, spikes.owner());
        }
        damage.apply(new Hit(spikes.owner(), p, spike.damage(), Hit.Kind.TOUCH));
    }

    /**
     * Spikes hurt an animal (their owner is credited with the kill), push it off and may poison it; a heavy
     * one hurts them back. Returns whether it died.
     */
    private boolean spikedAnimal(Animal a, Building spikes) {
        ItemBehaviour.Spike spike = (ItemBehaviour.Spike) spikes.item().behaviour();
        a.push(Math.atan2(a.y() - spikes.y(), a.x() - spikes.x()), ANIMAL_SPIKE_PUSH);
        if (spike.poison() > 0) {
            a.damageOverTime().poison(spike.poison(), DamageOverTime.POISON_TICKS, spikes.owner());
        }
        if (a.kind().collideDamage() > 0) {
            damage.apply(new Hit(null, spikes, a.kind().collideDamage(), Hit.Kind.WORLD));
        }
        return damage.hurtAnimal(new Hit(spikes.owner(), a, spike.damage(), Hit.Kind.TOUCH), spikes);
    }
}
