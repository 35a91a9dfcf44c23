package dev.moomoo.game.entity;

import dev.moomoo.game.data.ProjectileDef;
import dev.moomoo.protocol.ServerPacket;

/** A shot in flight: from a player's bow or musket or from a turret, on a layer, until it hits or its range runs out. */
public final class Projectile implements Entity {
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

    /** Whether it is in the tick it was fired: it tests the way ahead but does not move. */
    public boolean fresh() {
        return fresh;
    }

    /** Its first tick is over: from now on it moves. */
    public void launched() {
        fresh = false;
    }

    /** Flies a step of ({@code dx}, {@code dy}), {@code distance} long, off its range. */
    public void fly(double dx, double dy, double distance) {
        x += dx;
        y += dy;
        rangeLeft -= distance;
    }

    /** Moves {@code distance} along its direction, to where it hits. */
    public void moveAlong(double distance) {
        x += Math.cos(dir) * distance;
        y += Math.sin(dir) * distance;
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
