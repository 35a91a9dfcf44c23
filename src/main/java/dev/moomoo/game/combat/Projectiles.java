package dev.moomoo.game.combat;

import dev.moomoo.game.data.ProjectileDef;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Entity;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Projectile;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.space.SpatialGrid;
import dev.moomoo.game.space.View;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * Shots in flight (src/site/rules.md#shots). Each tick a shot moves {@code speed x tick} (not in the tick
 * it was fired), then looks one step further ahead and stops at the nearest thing there: a player other
 * than its owner and its owner's tribe-mates, an animal, or a building or natural object that is not
 * walked over and whose layer is at least the shot's. Its range is the distance it has flown, so it
 * reaches the whole step that ends beyond it. Players that can see a shot are sent its {@code X} once;
 * when it hits, each of them gets its {@code Y} with the distance to the hit.
 */
public final class Projectiles {
    /** Players are knocked back this much by a shot (src/site/rules.md#shots, times weightM 1). */
    static final double KNOCKBACK = 0.3;

    private final Roster roster;
    private final SpatialGrid<Animal> animals;
    private final ObjectRegistry objects;
    private final Damage damage;
    private final Outbound out;
    private final double tickMillis;
    private final List<Projectile> flying = new ArrayList<>();
    private int nextSid = 1;
    /** The nearest hit of the shot being moved: its target and where along the step. */
    private Entity nearest;
    private double nearestT;

    public Projectiles(Roster roster, SpatialGrid<Animal> animals, ObjectRegistry objects, Damage damage, Outbound out, double tickMillis) {
        this.roster = roster;
        this.animals = animals;
        this.objects = objects;
        this.damage = damage;
        this.out = out;
        this.tickMillis = tickMillis;
    }

    public List<Projectile> flying() {
        return flying;
    }

    public Projectile fire(ProjectileDef def, Player owner, double x, double y, double dir, double range, double speed, int layer) {
        int sid = nextSid;
        nextSid = nextSid == Integer.MAX_VALUE ? 1 : nextSid + 1;
        Projectile shot = new Projectile(sid, def, owner, x, y, dir, range, speed, layer);
        flying.add(shot);
        announce(shot); // at once: a shot that hits in its first tick is still seen, and ends with its Y
        return shot;
    }

    public void update() {
        for (int i = 0; i < flying.size(); i++) {
            Projectile shot = flying.get(i);
            if (!move(shot)) {
                flying.set(i, flying.getLast());
                flying.removeLast();
                i--;
            }
        }
        for (Projectile shot : flying) {
            announce(shot);
        }
    }

    /** Moves one shot and looks ahead of it; returns false when it is done (hit something or out of range). */
    private boolean move(Projectile shot) {
        double ahead = shot.advance(shot.speedPerMs() * tickMillis);
        double dx = Math.cos(shot.dir()) * ahead;
        double dy = Math.sin(shot.dir()) * ahead;
        nearest = null;
        nearestT = Double.MAX_VALUE;
        double cx = shot.x() + dx / 2;
        double cy = shot.y() + dy / 2;
        double half = ahead / 2;
        roster.grid().query(cx, cy, half + Player.SCALE, half + Player.SCALE, p -> {
            if (p.alive() && p != shot.owner() && !shot.owner().isMateOf(p)) { // shots fly through their owner's mates
                consider(p, shot, dx, dy, Player.SCALE);
            }
        });
        animals.query(cx, cy, half, half, a -> {
            if (a.present()) {
                consider(a, shot, dx, dy, a.scale());
            }
        });
        objects.grid().query(cx, cy, half, half, o -> {
            double r = o.collisionRadius();
            if (r > 0 && shot.layer() <= o.layer() && !shot.ignores(o.sid())) {
                consider(o, shot, dx, dy, r);
            }
        });
        if (nearest != null) {
            double distance = nearestT * ahead;
            hit(shot, nearest);
            ServerPacket ended = new ServerPacket.ProjectileRange(shot.sid(), Projectile.round1(distance));
            for (int sid = shot.receivers().next(0); sid >= 0; sid = shot.receivers().next(sid + 1)) {
                Player viewer = roster.bySid(sid);
                if (viewer != null) {
                    out.send(viewer, ended);
                }
            }
            return false;
        }
        return !shot.spent();
    }

    /** Keeps {@code target} if the step enters its square (half-size {@code half}) before the nearest so far. */
    private void consider(Entity target, Projectile shot, double dx, double dy, double half) {
        double t = entry(shot.x(), shot.y(), dx, dy, target.x() - half, target.y() - half, target.x() + half, target.y() + half);
        if (t >= 0 && t < nearestT) {
            nearestT = t;
            nearest = target;
        }
    }

    /** Where along the segment (0..1) it enters the box, or -1 if it misses (slab test, axis by axis). */
    static double entry(double x, double y, double dx, double dy, double minX, double minY, double maxX, double maxY) {
        double[] range = {0, 1};
        if (!clip(x, dx, minX, maxX, range) || !clip(y, dy, minY, maxY, range)) {
            return -1;
        }
        return range[0];
    }

    private static boolean clip(double p, double d, double min, double max, double[] range) {
        if (Math.abs(d) < 1e-12) {
            return p >= min && p <= max;
        }
        double a = (min - p) / d;
        double b = (max - p) / d;
        range[0] = Math.max(range[0], Math.min(a, b));
        range[1] = Math.min(range[1], Math.max(a, b));
        return range[0] <= range[1];
    }

    private void hit(Projectile shot, Entity target) {
        switch (target) {
            case Player p -> {
                double back = shot.dir() + Math.PI;
                if (!Damage.shieldBlocks(p, back)) {
                    damage.apply(new Hit(shot.owner(), p, shot.damage(), Hit.Kind.PROJECTILE));
                }
                p.push(shot.dir(), KNOCKBACK);
            }
            case Animal a -> {
                a.accelerate(Math.cos(shot.dir()) * KNOCKBACK * a.kind().weight(), Math.sin(shot.dir()) * KNOCKBACK * a.kind().weight());
                damage.apply(new Hit(shot.owner(), a, shot.damage(), Hit.Kind.PROJECTILE));
            }
            case WorldObject o -> {
                boolean fell = damage.apply(new Hit(shot.owner(), o, shot.damage(), Hit.Kind.PROJECTILE));
                if (!fell) {
                    out.toViewersOf(o, new ServerPacket.Wiggle(shot.dir(), o.sid()));
                }
            }
            case Projectile other -> {
                // shots never collide with shots
            }
        }
    }

    /** Sends {@code X} to each player that can see the shot now and was not sent it. */
    private void announce(Projectile shot) {
        roster.grid().query(shot.x(), shot.y(), View.HALF_WIDTH, View.HALF_HEIGHT, p -> {
            if (p.alive() && !shot.receivers().has(p.sid()) && p.canSee(shot)) {
                shot.receivers().add(p.sid());
                out.send(p, shot.added());
            }
        });
    }

    /** A player left: it is taken off the shots' sent sets, so a new player under its sid gets no {@code Y}. */
    public void forget(Player p) {
        for (Projectile shot : flying) {
            shot.receivers().remove(p.sid());
        }
    }
}
