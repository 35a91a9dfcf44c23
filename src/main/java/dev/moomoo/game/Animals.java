package dev.moomoo.game;

import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.protocol.ServerPacket;

import java.util.Random;
import java.util.function.Consumer;

/**
 * The animals' minds and bodies, once a tick each (GAME-DATA.md section 5, as the client's shared AI
 * code runs them): a waiting animal decides, when its wait runs out, to wander or (a charger) to chase
 * the nearest player it sees; a moving one turns towards where it heads (away from what it runs from,
 * at its prey, or its wandering direction) and accelerates; then it moves in sub-steps against the
 * objects (walls stop it, spikes hurt it, traps hold it, pads push it) like a player, and a charger hurts
 * whoever it touches. A boss instead winds up a strike when a player comes near. Players are found on
 * the grid, never by a scan of all players.
 */
final class Animals {
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
    /** Spikes push an animal off this hard, whatever it weighs. */
    static final double SPIKE_PUSH = 1.5;

    private final Herd herd;
    private final SpatialGrid<Player> players;
    private final SpatialGrid<WorldObject> objects;
    private final Damage damage;
    private final Outbound out;
    private final Random random;
    private final Consumer<WorldObject> appeared;
    private final double tickMillis;
    private final double mapSize;
    private final double decayPerTick;
    private double nextPoisonAt = Upkeep.PERIOD_MILLIS;
    private final GameClock clock;
    // the animal being moved, and what its queries found
    private Animal current;
    /** Sub-steps of the move in progress: a boost pad pushes by its share of each. */
    private int steps;
    private boolean spiked;
    private Player nearest;
    private double nearestDistance;
    private Building spikedBy;
    private final java.util.List<Player> inReach = new java.util.ArrayList<>();
    private final java.util.List<Building> struckBuildings = new java.util.ArrayList<>();
    private final Consumer<WorldObject> collide = this::collide;

    Animals(Herd herd, SpatialGrid<Player> players, SpatialGrid<WorldObject> objects, Damage damage, Outbound out,
            GameClock clock, GameConfig config, Random random, Consumer<WorldObject> appeared) {
        this.herd = herd;
        this.players = players;
        this.objects = objects;
        this.damage = damage;
        this.out = out;
        this.clock = clock;
        this.random = random;
        this.appeared = appeared;
        this.tickMillis = config.tickMillis();
        this.mapSize = config.mapSize();
        this.decayPerTick = Math.pow(Physics.DECAY, tickMillis);
    }

    void update() {
        boolean poisonSecond = clock.reached(nextPoisonAt);
        if (poisonSecond) {
            nextPoisonAt += Upkeep.PERIOD_MILLIS;
        }
        for (Animal a : herd.snapshot()) {
            if (!a.present()) {
                a.awayMillis -= tickMillis;
                if (a.awayMillis <= 0) {
                    herd.respawn(a, true);
                }
                continue;
            }
            if (poisonSecond && damage.hurtAnimal(new Hit(a.poison.source(), a, a.poison.tick(), Hit.Kind.POISON), null)) {
                continue;
            }
            update(a);
        }
    }

    private void update(Animal a) {
        double dt = tickMillis;
        boolean held = a.trapped; // on a pit trap last tick: this tick it stays put, its timers stopped
        a.trapped = false;
        a.charging = false;
        double riverFactor = 1;
        if (Math.abs(a.y - mapSize / 2) <= MapBands.RIVER_WIDTH / 2 && !held) {
            riverFactor = MapBands.RIVER_SPEED;
            a.vx += MapBands.RIVER_CURRENT * dt;
        }
        boolean struck = false;
        if (held) {
            a.vx = 0;
            a.vy = 0;
        } else {
            if (a.waitMillis > 0) {
                a.waitMillis -= dt;
                if (a.waitMillis <= 0) {
                    decide(a);
                }
            } else if (a.moveMillis > 0) {
                steer(a, riverFactor, dt);
            }
        }
        move(a, dt);
        if (!held && a.present() && a.strikeMillis > 0) { // after moving, as in the client: it strikes where it now stands
            a.strikeMillis -= dt;
            if (a.strikeMillis <= 0) {
                a.strikeMillis = 0;
                struck = true;
                strikeBuildings(a);
            }
        }
        if (a.present() && (a.charging || struck)) {
            touch(a, struck);
        }
    }

    /** The wait is over: a charger chases the nearest player it sees (not a Bull Mask wearer), or anyone wanders. */
    private void decide(Animal a) {
        AnimalKind k = a.kind();
        if (k.charges()) {
            Player prey = nearestPrey(a);
            if (prey != null) {
                a.chargeTarget = prey;
                a.moveMillis = 8000 + random.nextInt(4001);
                return;
            }
            a.moveMillis = 1000 + random.nextInt(1001);
        } else {
            a.moveMillis = 4000 + random.nextInt(6001);
        }
        a.targetDir = random.nextDouble() * 2 * Math.PI - Math.PI;
    }

    private Player nearestPrey(Animal a) {
        double view = a.kind().view();
        nearest = null;
        nearestDistance = view;
        players.query(a.x, a.y, view, view, p -> {
            if (p.alive && !p.effects().bullRepel()) {
                double d = Math.hypot(p.x - a.x, p.y - a.y);
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
        double accel = k.speed() * riverFactor;
        Positioned from = a.runFrom;
        if (from != null && !(from instanceof Player p && !p.alive) && !(from instanceof Building s && s.health <= 0)) {
            a.targetDir = Math.atan2(a.y - from.y(), a.x - from.x());
            accel *= RUN_SPEED;
        } else if (a.chargeTarget != null && a.chargeTarget.alive) {
            a.targetDir = Math.atan2(a.chargeTarget.y - a.y, a.chargeTarget.x - a.x);
            accel *= CHARGE_SPEED;
            a.charging = true;
        }
        if (a.strikeMillis > 0) {
            accel *= WIND_UP_SPEED;
        }
        a.dir = Angles.turn(a.dir, a.targetDir, k.turn() * dt);
        a.vx += accel * dt * Math.cos(a.dir);
        a.vy += accel * dt * Math.sin(a.dir);
        a.moveMillis -= dt;
        if (a.moveMillis <= 0) {
            a.runFrom = null;
            a.chargeTarget = null;
            a.waitMillis = k.hostile() ? HOSTILE_WAIT : 1500 + random.nextInt(4501);
        }
    }

    private void move(Animal a, double dt) {
        steps = a.substeps(dt);
        current = a;
        spiked = false;
        for (int i = 0; i < steps; i++) {
            a.step(dt, steps);
            spikedBy = null;
            objects.query(a.x, a.y, a.scale(), a.scale(), collide);
            if (spikedBy != null && spiked(a, spikedBy)) {
                return; // the spikes killed it: it is away now, or came back elsewhere
            }
        }
        a.decay(decayPerTick);
        double s = a.scale();
        if (a.x < s || a.x > mapSize - s) {
            a.x = Math.min(Math.max(a.x, s), mapSize - s);
            a.vx = 0;
        }
        if (a.y < s || a.y > mapSize - s) {
            a.y = Math.min(Math.max(a.y, s), mapSize - s);
            a.vy = 0;
        }
        herd.moved(a);
    }

    private void collide(WorldObject o) {
        Animal a = current;
        switch (o) {
            case NaturalObject n -> a.pushOut(n, n.collisionRadius());
            case Building s -> {
                if (s.walkOn()) {
                    if (a.touches(s)) {
                        stepOn(a, s);
                    }
                } else if (a.pushOut(s, s.collisionRadius()) && s.item().behaviour() instanceof ItemBehaviour.Spike && !spiked) {
                    spiked = true; // once a tick, however many sub-steps touch; hurt after the query (it may fell the spikes)
                    spikedBy = s;
                }
            }
        }
    }

    private void stepOn(Animal a, Building pad) {
        switch (pad.item().behaviour()) {
            case ItemBehaviour.Trap t -> {
                if (!a.kind().untrappable()) {
                    a.vx = 0;
                    a.vy = 0;
                    a.trapped = true;
                    if (pad.hidden) {
                        pad.hidden = false;
                        appeared.accept(pad);
                    }
                }
            }
            case ItemBehaviour.Boost b -> {
                a.push(pad.dir(), b.push() / steps);
            }
            case ItemBehaviour.Teleporter t -> {
                a.x = a.scale() + random.nextDouble() * (mapSize - 2 * a.scale());
                a.y = a.scale() + random.nextDouble() * (mapSize - 2 * a.scale());
            }
            default -> {
                // platforms, pads and blockers do nothing to animals
            }
        }
    }

    /** Spikes hurt an animal (their owner is credited with the kill), push it off and may poison it; a heavy one hurts them back. */
    private boolean spiked(Animal a, Building spikes) {
        ItemBehaviour.Spike spike = (ItemBehaviour.Spike) spikes.item().behaviour();
        double angle = Math.atan2(a.y - spikes.y(), a.x - spikes.x());
        a.vx += Math.cos(angle) * SPIKE_PUSH;
        a.vy += Math.sin(angle) * SPIKE_PUSH;
        if (spike.poison() > 0) {
            a.poison.take(spike.poison(), Poison.TICKS, spikes.owner());
        }
        if (a.kind().collideDamage() > 0) {
            damage.apply(new Hit(null, spikes, a.kind().collideDamage(), Hit.Kind.WORLD));
        }
        return damage.hurtAnimal(new Hit(spikes.owner(), a, (int) Math.round(spike.damage()), Hit.Kind.TOUCH), spikes);
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
        players.query(a.x, a.y, reach, reach, p -> {
            if (p.alive && Math.hypot(p.x - a.x, p.y - a.y) <= reach) {
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
        if (!struck) {
            if (!inReach.isEmpty() && a.strikeMillis <= 0) {
                a.strikeMillis = strike.delay();
            }
            return;
        }
        for (Player p : inReach) {
            if (a.strikeMillis > 0) {
                break; // a follow-up strike is coming: it spares the rest this time
            }
            push(a, p, STRIKE_PUSH);
            damage.apply(new Hit(null, p, k.damage(), Hit.Kind.ANIMAL));
            a.runFrom = null;
            a.chargeTarget = null;
            a.moveMillis = 0;
            a.waitMillis = AFTER_STRIKE_WAIT;
            a.strikeMillis = random.nextInt(3) == 0 ? FOLLOW_UP_STRIKE : 0;
        }
    }

    private static void push(Animal a, Player p, double force) {
        p.push(Math.atan2(p.y - a.y, p.x - a.x), force);
    }

    /** The strike lands: a leap one time in three, every building in reach hurt, and {@code J} to who sees it. */
    private void strikeBuildings(Animal a) {
        AnimalKind k = a.kind();
        AnimalKind.Strike strike = k.strike();
        if (strike.leap() > 0 && random.nextInt(3) == 0) {
            a.vx += strike.leap() * Math.cos(a.dir);
            a.vy += strike.leap() * Math.sin(a.dir);
        }
        struckBuildings.clear();
        objects.query(a.x, a.y, strike.range(), strike.range(), o -> {
            if (o instanceof Building s && !s.item().indestructible() && Math.hypot(s.x() - a.x, s.y() - a.y) < s.scale() + strike.range()) {
                struckBuildings.add(s);
            }
        });
        for (Building s : struckBuildings) {
            if (!damage.apply(new Hit(null, s, k.damage() * BUILDING_STRIKE, Hit.Kind.WORLD))) {
                out.toViewersOf(s, new ServerPacket.Wiggle(Math.atan2(s.y() - a.y, s.x() - a.x), s.sid()));
            }
        }
        ServerPacket attack = new ServerPacket.AnimalAttack(a.sid());
        players.query(a.x, a.y, View.HALF_WIDTH, View.HALF_HEIGHT, p -> {
            if (p.alive && p.canSee(a)) {
                out.send(p, attack);
            }
        });
    }
}
