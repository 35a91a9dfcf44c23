package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

/** A natural object: tree, bush, rock or gold ore. Immutable but for its grid cell. */
public final class WorldObject implements Entity {
    private final int sid;
    private final ObjectType type;
    private final double x;
    private final double y;
    private final double dir;
    private final int scale;
    private final ServerPacket.ObjectInfo info;
    int cell;
    /** Sids of the players this object was sent to with {@code H} (kept by {@link ObjectRegistry}). */
    final java.util.BitSet sentTo = new java.util.BitSet();

    WorldObject(int sid, ObjectType type, double x, double y, double dir, int scale) {
        this.sid = sid;
        this.type = type;
        this.x = x;
        this.y = y;
        this.dir = dir;
        this.scale = scale;
        this.info = new ServerPacket.ObjectInfo(sid, x, y, dir, scale, type.wireType(), null, -1);
    }

    public int sid() {
        return sid;
    }

    public ObjectType type() {
        return type;
    }

    @Override
    public double x() {
        return x;
    }

    @Override
    public double y() {
        return y;
    }

    public double dir() {
        return dir;
    }

    @Override
    public double scale() {
        return scale;
    }

    /** The radius a player collides with: trees and bushes are softer than their drawn size. */
    public double collisionRadius() {
        return scale * type.collisionFactor();
    }

    /** The object as the {@code H} packet carries it. */
    public ServerPacket.ObjectInfo info() {
        return info;
    }
}
