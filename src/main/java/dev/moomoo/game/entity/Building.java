package dev.moomoo.game.entity;

import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.protocol.ServerPacket;

/** A player's building, placed from an item: it has the item's health and behaviour, and an owner. */
public final class Building extends WorldObject {
    private final ItemDef item;
    private final Player owner;
    private final ServerPacket.ObjectInfo info;
    /** Worked out once from the item: movement asks for them for every building near every player, every sub-step. */
    private final boolean walkOn;
    private final double collisionRadius;
    private final double triggerRadius;
    /** Health left; meaningless for an indestructible item. */
    private double health;
    /** A pit trap not yet sprung: only its owner (and the owner's mates) is sent it and may hit it. */
    private boolean hidden;
    /** World time at which a turret may fire again. */
    private double reloadedAt;

    public Building(int sid, ItemDef item, Player owner, double x, double y, double dir) {
        super(sid, x, y, dir, item.scale());
        this.item = item;
        this.owner = owner;
        this.health = item.hp();
        this.hidden = item.behaviour() instanceof ItemBehaviour.Trap;
        Integer type = item.behaviour() instanceof ItemBehaviour.Node n ? n.type() : null;
        this.info = new ServerPacket.ObjectInfo(sid, x, y, dir, item.scale(), type, item.index(), owner.sid());
        this.walkOn = item.walkOn();
        this.collisionRadius = walkOn ? 0 : item.behaviour() instanceof ItemBehaviour.Node n ? scale() * n.collide() : scale();
        this.triggerRadius = scale() * triggerFactor(item.behaviour());
    }

    /** Whether players walk over it (its effect triggers) rather than collide with it. */
    public boolean walkOn() {
        return walkOn;
    }

    public ItemDef item() {
        return item;
    }

    public Player owner() {
        return owner;
    }

    /** Its health, with the fractions of the blows it took. */
    public double health() {
        return health;
    }

    /** Takes {@code amount} off its health; returns whether it still stands. */
    public boolean takeHit(double amount) {
        health -= amount;
        return health > 0;
    }

    public boolean hidden() {
        return hidden;
    }

    /** A hidden pit trap is sprung: from now on everyone is sent it. Returns whether it was hidden. */
    public boolean spring() {
        boolean was = hidden;
        hidden = false;
        return was;
    }

    /** Whether {@code viewer} may be sent (and hit) it: a hidden trap only by its owner and the owner's tribe-mates. */
    public boolean visibleTo(Player viewer) {
        return !hidden || owner.isSelfOrMate(viewer);
    }

    /** Whether a turret may fire at {@code now}. */
    public boolean loaded(double now) {
        return now >= reloadedAt;
    }

    /** A turret may fire again from world time {@code at}. */
    public void reloadUntil(double at) {
        reloadedAt = at;
    }

    @Override
    public double collisionRadius() {
        return collisionRadius;
    }

    /** How near a body's centre must come, beyond its own radius, to set off a walk-on item. */
    public double triggerRadius() {
        return triggerRadius;
    }

    private static double triggerFactor(ItemBehaviour behaviour) {
        return switch (behaviour) {
            case ItemBehaviour.Trap t -> t.trigger();
            case ItemBehaviour.Boost b -> b.trigger();
            case ItemBehaviour.HealPad h -> h.trigger();
            case ItemBehaviour.Blocker b -> b.trigger();
            case ItemBehaviour.Teleporter t -> t.trigger();
            case ItemBehaviour.Platform p -> 1;
            case ItemBehaviour.SpawnPad s -> 1;
            case ItemBehaviour.Food f -> 0;
            case ItemBehaviour.Wall w -> 0;
            case ItemBehaviour.Spike s -> 0;
            case ItemBehaviour.Mill m -> 0;
            case ItemBehaviour.Node n -> 0;
            case ItemBehaviour.Turret t -> 0;
        };
    }

    @Override
    public Resource resource() {
        return item.behaviour() instanceof ItemBehaviour.Node n ? ObjectType.ofWire(n.type()).resource() : null;
    }

    @Override
    public int layer() {
        return item.group().layer();
    }

    @Override
    public ServerPacket.ObjectInfo info() {
        return info;
    }
}
