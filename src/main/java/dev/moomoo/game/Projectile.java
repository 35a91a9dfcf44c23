package dev.moomoo.game;

import dev.moomoo.game.data.ProjectileDef;
import dev.moomoo.protocol.ServerPacket;

import java.util.BitSet;

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
    double x;
    double y;
    double rangeLeft;
    /** The sid of the object that fired it (a turret: never hit by its own shot), or -1. */
    int ignoreObject = -1;
    /** A shot does not move in the tick it was fired. */
    boolean fresh = true;
    /** Sids of the players sent its {@code X}: they, and only they, get its {@code Y}. */
    final BitSet sentTo = new BitSet();

    Projectile(int sid, ProjectileDef def, Player owner, double x, double y, double dir, double range, double speed, int layer) {
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

    double speedPerMs() {
        return speed;
    }

    public int damage() {
        return damage;
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

    ServerPacket.AddProjectile added() {
        return new ServerPacket.AddProjectile(round1(x), round1(y), Math.round(dir * 100) / 100.0, round1(rangeLeft), speed,
                def.index(), layer, sid);
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
