package dev.moomoo.game.entity;

import dev.moomoo.game.space.MapBounds;
import dev.moomoo.game.space.Physics;
import dev.moomoo.game.space.SecretArea;

/**
 * What walks the map under the MooMoo physics: a player or an animal. Both have a place, a facing and a
 * velocity, move in up to four sub-steps a tick, are put back on the rim of the solid objects they run
 * into, slow down by the same decay, stay on the map, may be held by a pit trap and poisoned; those
 * rules live here once, and what a building does to a body that meets it lives in {@code WalkOn}.
 */
public abstract sealed class Body permits Player, Animal {
    private double x;
    private double y;
    private double vx;
    private double vy;
    /** Facing (a player's aim), radians. */
    private double dir;
    /** Held by a pit trap: it touched one this tick, and does not move the next. */
    private boolean held;
    /** The grid cell it is filed under, kept by its registry. */
    private int cell;
    private final DamageOverTime damageOverTime = new DamageOverTime();

    Body(double x, double y) {
        this.x = x;
        this.y = y;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public double vx() {
        return vx;
    }

    public double vy() {
        return vy;
    }

    public double dir() {
        return dir;
    }

    /** Its radius in collisions. */
    public abstract double radius();

    /** Whether it loses its speed along a map edge it reaches (an animal) or keeps pressing on (a player). */
    abstract boolean stopsAtEdge();

    /** What works on it once a second: poison, or a player's food healing. */
    public DamageOverTime damageOverTime() {
        return damageOverTime;
    }

    /** The grid cell its registry filed it under. */
    public int cell() {
        return cell;
    }

    /** Its registry filed it under {@code cell}. */
    public void fileIn(int cell) {
        this.cell = cell;
    }

    /** Puts it at a point (a spawn, a teleport). */
    public void moveTo(double x, double y) {
        this.x = x;
        this.y = y;
    }

    /** Moves it by ({@code dx}, {@code dy}) without touching its velocity (bodies pushed apart). */
    public void shift(double dx, double dy) {
        x += dx;
        y += dy;
    }

    /** Turns it to face {@code dir} (a player's aim). */
    public void face(double dir) {
        this.dir = dir;
    }

    /** Pushed {@code force} along {@code angle}. */
    public void push(double angle, double force) {
        vx += Math.cos(angle) * force;
        vy += Math.sin(angle) * force;
    }

    /** Pushed {@code force} against {@code angle}: back along it (a recoil, a blow thrown back). */
    public void pushBack(double angle, double force) {
        vx -= Math.cos(angle) * force;
        vy -= Math.sin(angle) * force;
    }

    /** Its velocity changed by ({@code dvx}, {@code dvy}): its own acceleration, a current, a weighted knock. */
    public void accelerate(double dvx, double dvy) {
        vx += dvx;
        vy += dvy;
    }

    /** Its velocity goes: it stands still. */
    public void stop() {
        vx = 0;
        vy = 0;
    }

    /** A pit trap holds it: it stops dead now, and does not move next tick. */
    public void hold() {
        stop();
        held = true;
    }

    /** At the start of its move, last tick's hold ends: returns whether it was held (then it stands still this tick). */
    public boolean releaseHold() {
        boolean was = held;
        held = false;
        if (was) {
            stop();
        }
        return was;
    }

    /** Standing still, free of any trap: a body put back where it appears. */
    void rest() {
        stop();
        held = false;
    }

    /** How many sub-steps this tick's move takes: one per 40 units, 1 to 4. */
    public int substeps(double dt) {
        double distance = Math.hypot(vx * dt, vy * dt);
        return (int) Math.min(Physics.MAX_SUBSTEPS, Math.max(1, Math.round(distance / Physics.SUBSTEP_DISTANCE)));
    }

    /** One sub-step of the move. */
    public void step(double dt, int steps) {
        x += vx * dt / steps;
        y += vy * dt / steps;
    }

    /** If it overlaps a solid object of {@code radius}, puts it back on the rim and takes a quarter of its speed; returns whether they touched. */
    public boolean pushOut(WorldObject o, double radius) {
        double dx = x - o.x();
        double dy = y - o.y();
        double reach = radius() + radius;
        if (radius <= 0 || dx * dx + dy * dy >= reach * reach) {
            return false;
        }
        double angle = Math.atan2(dy, dx);
        x = o.x() + Math.cos(angle) * reach;
        y = o.y() + Math.sin(angle) * reach;
        vx *= Physics.OBJECT_BOUNCE;
        vy *= Physics.OBJECT_BOUNCE;
        return true;
    }

    /** Whether its centre is within its radius plus the pad's trigger radius of a walk-on building's. */
    public boolean touches(Building pad) {
        double dx = x - pad.x();
        double dy = y - pad.y();
        double reach = radius() + pad.triggerRadius();
        return dx * dx + dy * dy <= reach * reach;
    }

    /** The tick's decay of the velocity ({@code factor} = 0.993 to the tick's ms); what is left below 0.01 stops. */
    public void decay(double factor) {
        vx = decayed(vx, factor);
        vy = decayed(vy, factor);
    }

    private static double decayed(double v, double factor) {
        double d = v * factor;
        return Math.abs(d) < Physics.STOP_BELOW ? 0 : d;
    }

    /**
     * Keeps it within {@code bounds}: on the map, or west of it wholly in the open secret area; put back
     * on the nearest of the two otherwise (an animal stopping).
     */
    public void keepOnMap(MapBounds bounds) {
        SecretArea area = bounds.area();
        double r = radius();
        if (area != null && x < r && !area.holds(x, y, r)) {
            double[] in = area.nearest(x, y, r, r);
            double edgeY = Math.min(Math.max(y, r), bounds.size() - r);
            if (Math.hypot(in[0] - x, in[1] - y) < Math.hypot(r - x, edgeY - y)) {
                x = in[0];
                y = in[1];
                if (stopsAtEdge()) {
                    stop();
                }
                return;
            }
        } else if (area != null && x < r) {
            return; // in the area
        }
        keepOnMap(bounds.size());
    }

    /** Keeps it on a map of side {@code mapSize}: beyond an edge it is put back on it (and an animal stops along that axis). */
    public void keepOnMap(double mapSize) {
        double r = radius();
        if (x < r || x > mapSize - r) {
            x = Math.min(Math.max(x, r), mapSize - r);
            if (stopsAtEdge()) {
                vx = 0;
            }
        }
        if (y < r || y > mapSize - r) {
            y = Math.min(Math.max(y, r), mapSize - r);
            if (stopsAtEdge()) {
                vy = 0;
            }
        }
    }
}
