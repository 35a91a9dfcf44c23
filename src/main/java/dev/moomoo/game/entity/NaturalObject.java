package dev.moomoo.game.entity;

import dev.moomoo.protocol.ServerPacket;

/** A tree, bush, rock or gold ore: gathered from, never destroyed. */
public final class NaturalObject extends WorldObject {
    private final ObjectType type;
    private final ServerPacket.ObjectInfo info;

    public NaturalObject(int sid, ObjectType type, double x, double y, int scale) {
        super(sid, x, y, 0, scale);
        this.type = type;
        this.info = new ServerPacket.ObjectInfo(sid, x, y, 0, scale, type.wireType(), null, -1);
    }

    public ObjectType type() {
        return type;
    }

    /** Trees and bushes are softer than their drawn size. */
    @Override
    public double collisionRadius() {
        return scale() * type.collisionFactor();
    }

    @Override
    public Resource resource() {
        return type.resource();
    }

    @Override
    public int layer() {
        return type.layer();
    }

    @Override
    public ServerPacket.ObjectInfo info() {
        return info;
    }
}
