package dev.moomoo.game.entity;

import dev.moomoo.game.data.ProjectileDef;
import dev.moomoo.protocol.ServerPacket;

/** A shot in flight: from a player's bow or musket or from a turret, on a layer, until it hits or its range runs out. */
public final class Projectile implements Entity {
    /** How far ahead of the end of its range a spent shot still looks, in its last tick (as the original does). */
    public static final double LAST_LOOK = 1;

    private final int sid;
    private final ProjectileDef def;
    /** Who shot it: a player, or a turret's owner (never hit by it). */
    private final Player owner;
    private final int layer;
    private final double dir;
    private final double speed;
    private final int damage;
    private double x;
    private double y;
    private double rangeLeft;
    /** The sid of the object that fired it (a turret: never hit by its own shot), or -1. */
    private int ignoreObject = -1;
    /** A shot does not move in the tick it was fired. */
    private boolean fresh = true;
    /** Its range ran out this tick: it stands at the range's end and is gone after this tick's look ahead. */
    private boolean spent;
    /** The players sent its {@code X}: they, and only they, get its {@code Y}. */
    private final Receivers receivers = new Receivers();

    public Projectile(int sid, ProjectileDef def, Player owner, double x, double y, double dir, double range, double speed, int layer) {
        this.sid = sid;
        this.def = def;
        this.owner = owner;
        this.x = x;
        this.y = y;
        this.dir = dir;
        this.rangeLeft = range;
        this.speed = speed;
        this.layer = layer;
        this.damage = def.damage();
    }

    public int sid() {
        return sid;
    }

    public ProjectileDef def() {
        return def;
    }

    public Player owner() {
        return owner;
    }

    public int layer() {
        return layer;
    }

    public double dir() {
        return dir;
    }

    public double speedPerMs() {
        return speed;
    }

    public int damage() {
        return damage;
    }

    public double rangeLeft() {
        return rangeLeft;
    }

    @Override
    public double x() {
        return x;
    }

    @Override
    public double y() {
        return y;
    }

    @Override
    public double scale() {
        return def.scale();
    }

    /**
     * This tick's flight (src/site/rules.md#shots): in the tick it was fired it stays where it is; later it
     * flies {@code step} along its direction, off its range, and in the tick the distance flown reaches
     * its range it is put back at the range's end and is spent. Returns how far ahead of where it now is
     * it looks for something to hit: the next step, or {@link #LAST_LOOK} once spent.
     */
    public double advance(double step) {
        if (fresh) {
            fresh = false;
            return step;
        }
        x += Math.cos(dir) * step;
        y += Math.sin(dir) * step;
        rangeLeft -= step;
        if (rangeLeft > 0) {
            return step;
        }
        x += Math.cos(dir) * rangeLeft; // the overshoot taken back
        y += Math.sin(dir) * rangeLeft;
        rangeLeft = 0;
        spent = true;
        return LAST_LOOK;
    }

    /** Its range is used up: it is gone after this tick. */
    public boolean spent() {
        return spent;
    }

    /** It never hits the object of {@code sid} (the turret that fired it). */
    public void ignore(int sid) {
        ignoreObject = sid;
    }

    public boolean ignores(int objectSid) {
        return objectSid == ignoreObject;
    }

    /** The players sent its {@code X}: they, and only they, get its {@code Y}. */
    public Receivers receivers() {
        return receivers;
    }

    public ServerPacket.AddProjectile added() {
        return new ServerPacket.AddProjectile(round1(x), round1(y), Math.round(dir * 100) / 100.0, round1(rangeLeft), speed,
                def.index(), layer, sid);
    }

    public static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
