package dev.moomoo.game.entity;

import dev.moomoo.protocol.ServerPacket;

/**
 * Something that stands on the map: a natural object or a player's building. Its place, size and sid
 * never change; what else it is, its subclass says. It keeps which players were sent it.
 */
public abstract sealed class WorldObject implements Entity permits NaturalObject, Building {
    private final int sid;
    private final double x;
    private final double y;
    private final double dir;
    private final int scale;
    private int cell;
    /** The players this object was sent to with {@code H} and not told of its removal. */
    private final Receivers receivers = new Receivers();

    WorldObject(int sid, double x, double y, double dir, int scale) {
        this.sid = sid;
        this.x = x;
        this.y = y;
        this.dir = dir;
        this.scale = scale;
    }

    public int sid() {
        return sid;
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

    /** The grid cell its registry filed it under. */
    public int cell() {
        return cell;
    }

    /** Its registry filed it under {@code cell}. */
    public void fileIn(int cell) {
        this.cell = cell;
    }

    /** The players that were sent it ({@code H}) and were not told of its removal, wherever they are now. */
    public Receivers receivers() {
        return receivers;
    }

    /** The radius players (and shots) collide with; 0 for what they walk over. */
    public abstract double collisionRadius();

    /** What a swing gathers from it, or null when it is not gathered (a building). */
    public abstract Resource resource();

    /** Shots of a layer up to this one are stopped by it (trees 3, bushes and gold 2, rocks 0; buildings by group). */
    public abstract int layer();

    /** The object as the {@code H} packet carries it. */
    public abstract ServerPacket.ObjectInfo info();
}
