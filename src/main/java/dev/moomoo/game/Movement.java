package dev.moomoo.game;

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

    Movement(SpatialGrid<Player> players, SpatialGrid<WorldObject> objects, GameConfig config) {
        this.players = players;
        this.objects = objects;
        this.tickMillis = config.tickMillis();
        this.mapSize = config.mapSize();
        this.decayPerTick = Math.pow(Physics.DECAY, tickMillis);
    }

    void move(Player p) {
        double dt = tickMillis;
        double map = mapSize;
        double speed = p.stats.speed();
        if (p.y <= Physics.SNOW_TOP) {
            speed *= Physics.SNOW_SPEED;
        }
        if (Math.abs(p.y - map / 2) < Physics.RIVER_WIDTH / 2) {
            speed *= Physics.RIVER_SPEED;
            p.vx += Physics.RIVER_CURRENT * dt;
        }
        if (!Double.isNaN(p.moveDir)) {
            p.vx += Math.cos(p.moveDir) * Physics.ACCELERATION * speed * dt;
            p.vy += Math.sin(p.moveDir) * Physics.ACCELERATION * speed * dt;
        }
        double distance = Math.hypot(p.vx * dt, p.vy * dt);
        int steps = (int) Math.min(Physics.MAX_SUBSTEPS, Math.max(1, Math.round(distance / Physics.SUBSTEP_DISTANCE)));
        for (int i = 0; i < steps; i++) {
            p.x += p.vx * dt / steps;
            p.y += p.vy * dt / steps;
            current = p;
            objects.query(p.x, p.y, Player.SCALE, Player.SCALE, collideWithObject);
        }
        p.vx = decay(p.vx);
        p.vy = decay(p.vy);
        clamp(p, map);
        p.cell = players.move(p, p.cell);
    }

    private double decay(double v) {
        double d = v * decayPerTick;
        return Math.abs(d) < Physics.STOP_BELOW ? 0 : d;
    }

    /** Puts a player that overlaps an object back on the object's rim, slowing it. */
    private void collide(WorldObject o) {
        Player p = current;
        double dx = p.x - o.x();
        double dy = p.y - o.y();
        double reach = Player.SCALE + o.collisionRadius();
        if (dx * dx + dy * dy < reach * reach) {
            double angle = Math.atan2(dy, dx);
            p.x = o.x() + Math.cos(angle) * reach;
            p.y = o.y() + Math.sin(angle) * reach;
            p.vx *= Physics.OBJECT_BOUNCE;
            p.vy *= Physics.OBJECT_BOUNCE;
        }
    }

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
