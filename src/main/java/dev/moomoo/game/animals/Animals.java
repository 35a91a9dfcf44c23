package dev.moomoo.game.animals;

import dev.moomoo.game.combat.Damage;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.Habitat;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.AnimalMind;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.motion.WalkOn;
import dev.moomoo.game.player.Upkeep;
import dev.moomoo.game.space.Angles;
import dev.moomoo.game.space.MapBands;
import dev.moomoo.game.space.MapBounds;
import dev.moomoo.game.space.Physics;
import dev.moomoo.game.space.Positioned;
import dev.moomoo.game.space.SpatialGrid;
import dev.moomoo.game.space.View;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.world.Habitats;
import dev.moomoo.game.world.Herd;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The animals' minds and bodies, once a tick each (src/site/rules.md#animals, as the client's shared AI
 * code runs them): a waiting animal decides, when its wait runs out, to wander or (a charger) to chase
 * the nearest player it sees; a moving one turns towards where it heads (away from what it runs from,
 * at its prey, or its wandering direction) and accelerates; then it moves in sub-steps against the
 * objects (walls stop it, spikes hurt it, traps hold it, pads push it: {@link WalkOn}) like a player, and
 * a charger hurts whoever it touches. A boss instead winds up a strike when a player comes near; a
 * leaping charger (the yeti) pounces at its prey when it is close. An animal that wandered out of where
 * its kind lives wanders back. Players are found on the grid, never by a scan of all players.
 */
public final class Animals {
    static final double RUN_SPEED = 1.42;
    static final double CHARGE_SPEED = 1.75;
    /** A boss winding up a strike moves at this share of its speed. */
    static final double WIND_UP_SPEED = 0.3;
    /** Ms a hostile animal waits between moves. */
    static final double HOSTILE_WAIT = 1500;
    /** After a strike that hit a player, a boss waits this long; a strike deals this times its damage to buildings. */
    static final double AFTER_STRIKE_WAIT = 3000;
    static final int BUILDING_STRIKE = 5;
    /** A second strike follows this soon, one time in three. */
    static final double FOLLOW_UP_STRIKE = 600;
    static final double TOUCH_PUSH = 0.55;
    static final double STRIKE_PUSH = 0.6;

    /**
     * When a leaping charger pounces (src/site/rules.md#animals, reconstructed: the client's table gives the
     * yeti a leap force but its shared code leaps only in a boss's strike): when its prey is within
     * {@code reach} of it, edge to edge, and it faces it, at most once every {@code cooldownMillis} of chasing.
     */
    public record Pounce(double reach, double cooldownMillis) {
    }

    /** A pounce goes where the animal faces, so it waits until it faces its prey within this (rad; reconstructed). */
    static final double POUNCE_AIM = 0.3;

    private final Herd herd;
    private final SpatialGrid<Player> players;
    private final SpatialGrid<WorldObject> objects;
    private final WalkOn walkOn;
    private final Damage damage;
    private final Outbound out;
    private final GameClock clock;
    private final Random random;
    private final double tickMillis;
    private final MapBounds bounds;
    private final double decayPerTick;
    private final Pounce pounce;
    private double nextPoisonAt = Upkeep.PERIOD_MILLIS;
    // what the queries of the animal in hand found
    private Player nearest;
    private double nearestDistance;
    private final List<Player> inReach = new ArrayList<>();
    private final List<Building> struckBuildings = new ArrayList<>();

    /** {@code random}: the animals' own, shared with the herd and what a hurt animal does. */
    public Animals(Herd herd, SpatialGrid<Player> players, SpatialGrid<WorldObject> objects, WalkOn walkOn, Damage damage, Outbound out,
                   GameClock clock, Random random, double tickMillis, MapBounds bounds, Pounce pounce) {
        this.herd = herd;
        this.players = players;
        this.objects = objects;
        this.walkOn = walkOn;
        this.damage = damage;
        this.out = out;
        this.clock = clock;
        this.random = random;
        this.tickMillis = tickMillis;
        this.bounds = bounds;
        this.decayPerTick = Math.pow(Physics.DECAY, tickMillis);
        this.pounce = pounce;
    }

    public void update() {
        boolean poisonSecond = clock.reached(nextPoisonAt);
        if (poisonSecond) {
            nextPoisonAt += Upkeep.PERIOD_MILLIS;
        }
        for (Animal a : herd.snapshot()) {
            if (!a.present()) {
                if (a.backAfter(tickMillis)) {
                    herd.respawn(a, true);
                }
                continue;
            }
            if (poisonSecond && damage.hurtAnimal(new Hit(a.damageOverTime().source(), a, a.damageOverTime().tick(), Hit.Kind.POISON), null)) {
                continue;
            }
            if (a.ledApart()) {
                continue; // a boss that moves and fights by rules of its own (the Crab King's)
            }
            update(a);
        }
    }

    private void update(Animal a) {
        double dt = tickMillis;
        AnimalMind mind = a.mind();
        boolean held = a.releaseHold(); // on a pit trap last tick: this tick it stays put, its timers stopped
        mind.newTick();
        double riverFactor = 1;
        boolean river = Math.abs(a.y() - bounds.size() / 2) <= MapBands.RIVER_WIDTH / 2 && !bounds.beyondRiver(a.x());
        if ((river || bounds.inPool(a.x(), a.y())) && !held) {
            riverFactor = MapBands.RIVER_SPEED;
            if (river) {
                a.accelerate(MapBands.RIVER_CURRENT * dt, 0);
            }
        }
        boolean struck = false;
        if (!held) {
            if (mind.waiting()) {
                if (mind.waitOver(dt)) {
                    decide(a);
                }
            } else if (mind.moving()) {
                steer(a, riverFactor, dt);
            }
        }
        move(a, dt);
        if (!held && a.present() && mind.windingUp() && mind.strikeLands(dt)) { // after moving, as in the client: it strikes where it now stands
            struck = true;
            strikeBuildings(a);
        }
        if (a.present() && (mind.charging() || struck)) {
            touch(a, struck);
        }
    }

    /** The wait is over: a charger chases the nearest player it sees (not a Bull Mask wearer), or anyone wanders. */
    private void decide(Animal a) {
        AnimalKind k = a.kind();
        AnimalMind mind = a.mind();
        if (k.charges()) {
            Player prey = nearestPrey(a);
            if (prey != null) {
                mind.charge(prey, 8000 + random.nextInt(4001));
                return;
            }
            mind.wander(1000 + random.nextInt(1001), wanderDirection(a));
        } else {
            mind.wander(4000 + random.nextInt(6001), wanderDirection(a));
        }
    }

    /** Any way, or back towards where its kind lives when it is out of it (a yeti that chased someone out of the snow). */
    private double wanderDirection(Animal a) {
        double any = random.nextDouble() * 2 * Math.PI - Math.PI;
        Habitat lives = herd.habitat(a.kind());
        Habitats map = herd.habitats();
        return map.contains(lives, a.x(), a.y()) ? any : map.wayBack(lives, a.x(), a.y());
    }

    private Player nearestPrey(Animal a) {
        double view = a.kind().view();
        nearest = null;
        nearestDistance = view;
        players.query(a.x(), a.y(), view, view, p -> {
            if (p.alive() && !p.effects().bullRepel()) {
                double d = Math.hypot(p.x() - a.x(), p.y() - a.y());
                if (d <= nearestDistance) {
                    nearestDistance = d;
                    nearest = p;
                }
            }
        });
        return nearest;
    }

    /** Heads away from what it runs from, at its prey, or its own way; turns at most its turn speed; accelerates along where it faces. */
    private void steer(Animal a, double riverFactor, double dt) {
        AnimalKind k = a.kind();
        AnimalMind mind = a.mind();
        double accel = k.speed() * riverFactor;
        Positioned from = mind.runFrom();
        Player prey = mind.chargeTarget();
        if (from != null && !(from instanceof Player p && !p.alive()) && !(from instanceof Building b && b.health() <= 0)) {
            mind.headFor(Math.atan2(a.y() - from.y(), a.x() - from.x()));
            accel *= RUN_SPEED;
        } else if (prey != null && prey.alive()) {
            mind.headFor(Math.atan2(prey.y() - a.y(), prey.x() - a.x()));
            accel *= CHARGE_SPEED;
            mind.charged();
            if (k.pounces() && mind.pounceReady(dt) && Angles.distance(a.dir(), mind.targetDir()) <= POUNCE_AIM
                    && Math.hypot(prey.x() - a.x(), prey.y() - a.y()) - k.scale() - Player.SCALE <= pounce.reach()) {
                a.push(a.dir(), k.leap()); // along where it faces, as a boss's strike leaps in the client's shared code
                mind.pounced(pounce.cooldownMillis());
            }
        }
        if (mind.windingUp()) {
            accel *= WIND_UP_SPEED;
        }
        a.face(Angles.turn(a.dir(), mind.targetDir(), k.turn() * dt));
        a.push(a.dir(), accel * dt);
        if (!mind.moveOn(dt)) {
            mind.rest(k.hostile() ? HOSTILE_WAIT : 1500 + random.nextInt(4501));
        }
    }

    private void move(Animal a, double dt) {
        if (!walkOn.move(a, dt)) {
            return; // the spikes killed it: it is away now, or came back elsewhere
        }
        a.decay(decayPerTick);
        a.keepOnMap(bounds);
        herd.moved(a);
    }

    /**
     * A charger hurts every living player it touches while it charges and pushes it off. A boss instead
     * starts winding up when a player comes within its strike's reach, and when the strike comes (this
     * tick) hurts the players in reach.
     */
    private void touch(Animal a, boolean struck) {
        AnimalKind k = a.kind();
        AnimalKind.Strike strike = k.strike();
        double reach = (strike != null ? strike.range() : k.scale()) + Player.SCALE;
        inReach.clear();
        players.query(a.x(), a.y(), reach, reach, p -> {
            if (p.alive() && Math.hypot(p.x() - a.x(), p.y() - a.y()) <= reach) {
                inReach.add(p); // hurt after the query: a death takes the player off the grid being walked
            }
        });
        if (strike == null) {
            if (k.damage() > 0) {
                for (Player p : inReach) {
                    push(a, p, TOUCH_PUSH);
                    damage.apply(new Hit(null, p, k.damage(), Hit.Kind.ANIMAL));
                }
            }
            return;
        }
        AnimalMind mind = a.mind();
        if (!struck) {
            if (!inReach.isEmpty() && !mind.windingUp()) {
                mind.windUp(strike.delay());
            }
            return;
        }
        for (Player p : inReach) {
            if (mind.windingUp()) {
                break; // a follow-up strike is coming: it spares the rest this time
            }
            push(a, p, STRIKE_PUSH);
            damage.apply(new Hit(null, p, k.damage(), Hit.Kind.ANIMAL));
            mind.struck(AFTER_STRIKE_WAIT, random.nextInt(3) == 0 ? FOLLOW_UP_STRIKE : 0);
        }
    }

    private static void push(Animal a, Player p, double force) {
        p.push(Math.atan2(p.y() - a.y(), p.x() - a.x()), force);
    }

    /** The strike lands: a leap one time in three, every building in reach hurt, and {@code J} to who sees it. */
    private void strikeBuildings(Animal a) {
        AnimalKind k = a.kind();
        AnimalKind.Strike strike = k.strike();
        if (k.leap() > 0 && random.nextInt(3) == 0) {
            a.push(a.dir(), k.leap());
        }
        struckBuildings.clear();
        objects.query(a.x(), a.y(), strike.range(), strike.range(), o -> {
            if (o instanceof Building b && !b.item().indestructible() && Math.hypot(b.x() - a.x(), b.y() - a.y()) < b.scale() + strike.range()) {
                struckBuildings.add(b);
            }
        });
        for (Building b : struckBuildings) {
            if (!damage.apply(new Hit(null, b, k.damage() * BUILDING_STRIKE, Hit.Kind.WORLD))) {
                out.toViewersOf(b, new ServerPacket.Wiggle(Math.atan2(b.y() - a.y(), b.x() - a.x()), b.sid()));
            }
        }
        ServerPacket attack = new ServerPacket.AnimalAttack(a.sid());
        players.query(a.x(), a.y(), View.HALF_WIDTH, View.HALF_HEIGHT, p -> {
            if (p.alive() && p.canSee(a)) {
                out.send(p, attack);
            }
        });
    }
}
