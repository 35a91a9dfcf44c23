package dev.moomoo.game;

import dev.moomoo.game.data.ItemBehaviour;

/**
 * Moves players with the MooMoo.io physics: acceleration towards the move direction, biome speed,
 * river current, up to four sub-steps with object collisions in each, decay, map clamp, and then
 * players pushing each other apart.
 */
final class Movement {
    private final SpatialGrid<Player> players;
    private final SpatialGrid<WorldObject> objects;
    private final double tickMillis;
    private final double mapSize;
    private final double decayPerTick;
    private Player current;
    private final java.util.function.Consumer<WorldObject> collideWithObject = this::collide;
    private final java.util.function.Consumer<Player> pushApart = this::push;

    private final Damage damage;
    private final java.util.Random random;
    private int steps;
    private final java.util.function.Consumer<WorldObject> appeared;

    Movement(SpatialGrid<Player> players, SpatialGrid<WorldObject> objects, GameConfig config, Damage damage,
             java.util.Random random, java.util.function.Consumer<WorldObject> appeared) {
        this.appeared = appeared;
        this.players = players;
        this.objects = objects;
        this.damage = damage;
        this.random = random;
        this.tickMillis = config.tickMillis();
        this.mapSize = config.mapSize();
        this.decayPerTick = Math.pow(Physics.DECAY, tickMillis);
    }

    void move(Player p) {
        double dt = tickMillis;
        double map = mapSize;
        double speed = p.stats.speed();
        boolean onPlatform = p.layer == 1; // as it stood last tick; this tick's contacts set it again
        p.layer = 0;
        p.padHeal = 0;
        p.spikedThisTick = false;
        boolean held = p.trapped; // on an enemy's pit trap last tick: it does not move, and this tick's contact holds it again
        p.trapped = false;
        if (held) {
            p.vx = 0;
            p.vy = 0;
        }
        dev.moomoo.game.data.Effects worn = p.effects();
        if (p.y <= MapBands.SNOW_TOP && !worn.coldProof()) {
            speed *= MapBands.SNOW_SPEED;
        }
        if (!onPlatform && Math.abs(p.y - map / 2) < MapBands.RIVER_WIDTH / 2) {
            speed *= worn.swimmer() ? SWIMMER_SPEED : MapBands.RIVER_SPEED;
            p.vx += MapBands.RIVER_CURRENT * (worn.swimmer() ? SWIMMER_CURRENT : 1) * dt;
        }
        if (!held && !Double.isNaN(p.moveDir)) {
            p.vx += Math.cos(p.moveDir) * Physics.ACCELERATION * speed * dt;
            p.vy += Math.sin(p.moveDir) * Physics.ACCELERATION * speed * dt;
        }
        steps = p.substeps(dt);
        for (int i = 0; i < steps; i++) {
            p.step(dt, steps);
            current = p;
            objects.query(p.x, p.y, Player.SCALE, Player.SCALE, collideWithObject);
            if (!p.alive) {
                return; // spikes killed it: it has left the grid and must not be filed again
            }
        }
        p.decay(decayPerTick);
        p.stillMillis = p.vx == 0 && p.vy == 0 ? p.stillMillis + dt : 0;
        clamp(p, map);
        p.cell = players.move(p, p.cell);
    }

    private void collide(WorldObject o) {
        Player p = current;
        switch (o) {
            case NaturalObject natural -> p.pushOut(natural, natural.collisionRadius());
            case Building building -> {
                if (building.walkOn()) {
                    if (p.touches(building)) {
                        stepOn(p, building);
                    }
                } else if (p.pushOut(building, building.collisionRadius()) && building.item().behaviour() instanceof ItemBehaviour.Spike spike
                        && building.owner() != p && !building.owner().isMateOf(p)) {
                    spiked(p, building, spike);
                }
            }
        }
    }

    /** A walk-on building's effect on who stands on it. */
    private void stepOn(Player p, Building pad) {
        switch (pad.item().behaviour()) {
            case ItemBehaviour.Trap t -> {
                if (pad.owner() != p && !pad.owner().isMateOf(p)) {
                    p.vx = 0; // held: an enemy on a pit trap stops dead
                    p.vy = 0;
                    p.trapped = true;
                    if (pad.hidden) {
                        pad.hidden = false; // sprung: from now on everyone is sent it
                        appeared.accept(pad);
                    }
                }
            }
            case ItemBehaviour.Boost b -> {
                p.push(pad.dir(), b.push() / steps);
            }
            case ItemBehaviour.HealPad h -> p.padHeal = h.heal();
            case ItemBehaviour.Teleporter t -> {
                p.x = Player.SCALE + random.nextDouble() * (mapSize - 2 * Player.SCALE);
                p.y = Player.SCALE + random.nextDouble() * (mapSize - 2 * Player.SCALE);
            }
            case ItemBehaviour.Platform pl -> p.layer = 1;
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

    /** Spikes hurt (once a tick), push off and may poison whoever but their owner runs into them. */
    private void spiked(Player p, Building spikes, ItemBehaviour.Spike spike) {
        double angle = Math.atan2(p.y - spikes.y(), p.x - spikes.x());
        p.vx += Math.cos(angle) * spike.push();
        p.vy += Math.sin(angle) * spike.push();
        if (p.spikedThisTick) {
            return;
        }
        p.spikedThisTick = true;
        if (spike.poison() > 0 && !p.effects().poisonProof()) {
            p.poison.take(spike.poison(), Poison.TICKS, spikes.owner());
        }
        damage.apply(new Hit(spikes.owner(), p, (int) Math.round(spike.damage()), Hit.Kind.TOUCH));
    }

    /** In the river a Flipper Hat keeps this share of the speed (not 0.33) and feels this share of the current. */
    static final double SWIMMER_SPEED = 0.75;
    static final double SWIMMER_CURRENT = 0.4;


    /** Pushes overlapping players apart by half the overlap each; each pair once. */
    void separate(Player p) {
        current = p;
        players.query(p.x, p.y, 2 * Player.SCALE, 2 * Player.SCALE, pushApart);
    }

    private void push(Player q) {
        Player p = current;
        if (q.sid() <= p.sid() || !q.alive) {
            return;
        }
        double dx = q.x - p.x;
        double dy = q.y - p.y;
        double min = 2 * Player.SCALE;
        double d2 = dx * dx + dy * dy;
        if (d2 >= min * min) {
            return;
        }
        double d = Math.sqrt(d2);
        double nx = d == 0 ? 1 : dx / d;
        double ny = d == 0 ? 0 : dy / d;
        double half = (min - d) / 2;
        p.x -= nx * half;
        p.y -= ny * half;
        q.x += nx * half;
        q.y += ny * half;
        clamp(p, mapSize);
        clamp(q, mapSize);
    }

    static void clamp(Player p, double map) {
        p.x = Math.min(Math.max(p.x, Player.SCALE), map - Player.SCALE);
        p.y = Math.min(Math.max(p.y, Player.SCALE), map - Player.SCALE);
    }
}
