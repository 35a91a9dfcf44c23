package dev.moomoo.game;

/**
 * What walks the map under the MooMoo physics: a player or an animal. Both have a place, a facing and a
 * velocity, move in up to four sub-steps a tick, are put back on the rim of the solid objects they run
 * into, slow down by the same decay and stop at the map's edge; those rules live here once.
 */
public abstract sealed class Body permits Player, Animal {
    double x;
    double y;
    double vx;
    double vy;
    /** Facing (a player's aim), radians. */
    double dir;

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
    abstract double radius();

    /** How many sub-steps this tick's move takes: one per 40 units, 1 to 4. */
    int substeps(double dt) {
        double distance = Math.hypot(vx * dt, vy * dt);
        return (int) Math.min(Physics.MAX_SUBSTEPS, Math.max(1, Math.round(distance / Physics.SUBSTEP_DISTANCE)));
    }

    /** One sub-step of the move. */
    void step(double dt, int steps) {
        x += vx * dt / steps;
        y += vy * dt / steps;
    }

    /** If it overlaps a solid object of {@code radius}, puts it back on the rim and takes a quarter of its speed; returns whether they touched. */
    boolean pushOut(WorldObject o, double radius) {
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

    /** Whether its centre is within its radius plus {@code trigger} of a walk-on building's. */
    boolean touches(Building pad) {
        double dx = x - pad.x();
        double dy = y - pad.y();
        double reach = radius() + pad.triggerRadius();
        return dx * dx + dy * dy <= reach * reach;
    }

    /** The tick's decay of the velocity ({@code factor} = 0.993 to the tick's ms); what is left below 0.01 stops. */
    void decay(double factor) {
        vx = decayed(vx, factor);
        vy = decayed(vy, factor);
    }

    private static double decayed(double v, double factor) {
        double d = v * factor;
        return Math.abs(d) < Physics.STOP_BELOW ? 0 : d;
    }

    /** Pushed {@code force} along {@code angle}. */
    void push(double angle, double force) {
        vx += Math.cos(angle) * force;
        vy += Math.sin(angle) * force;
    }
}
