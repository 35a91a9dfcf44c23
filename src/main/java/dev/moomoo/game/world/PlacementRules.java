package dev.moomoo.game.world;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.NaturalObject;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.space.MapBands;
import dev.moomoo.game.space.MapBounds;

/**
 * Where a building may stand: out of the river and the secret area's pools unless it is a platform, and clear of every object (trees
 * and bushes count only part of their size, a blocker its whole reach). The map's edge refuses nothing:
 * a building may stand partly outside the map, as bases against the edge do in the original
 * (src/site/rules.md#placing).
 */
public final class PlacementRules {
    /** Trees and bushes count this fraction of their scale against a building placed near them. */
    static final double SOFT_OVERLAP = 0.36;
    /** The river band where only a platform may be built: inclusive, around the map's middle. */
    static final double RIVER_HALF_WIDTH = MapBands.RIVER_WIDTH / 2;

    private final ObjectRegistry objects;
    /** The river band runs along the map's middle line; the pools are water too. */
    private final MapBounds bounds;
    /** How far out a blocker can refuse a building: the widest blocker radius in the tables. */
    private final double blockerReach;
    private boolean blocked;

    public PlacementRules(ObjectRegistry objects, MapBounds bounds, GameData data) {
        this.objects = objects;
        this.bounds = bounds;
        this.blockerReach = data.items().stream().mapToDouble(i -> i.behaviour() instanceof ItemBehaviour.Blocker b ? b.radius() : 0).max().orElse(0);
    }

    /** Out of the water (the river, a pool) unless a platform, and clear of every object (a blocker's 300 around it). */
    public boolean allowedAt(ItemDef item, double x, double y) {
        boolean water = Math.abs(y - bounds.size() / 2) <= RIVER_HALF_WIDTH || bounds.inPool(x, y);
        if (water && !(item.behaviour() instanceof ItemBehaviour.Platform)) {
            return false;
        }
        blocked = false;
        double reach = item.scale() + blockerReach;
        objects.grid().query(x, y, reach, reach, o -> {
            double other = switch (o) {
                case NaturalObject n -> n.type() == ObjectType.TREE || n.type() == ObjectType.BUSH ? n.scale() * SOFT_OVERLAP : n.scale();
                case Building b -> b.item().behaviour() instanceof ItemBehaviour.Blocker blocker ? blocker.radius() : b.scale();
            };
            if (Math.hypot(o.x() - x, o.y() - y) < item.scale() + other) {
                blocked = true;
            }
        });
        return !blocked;
    }
}
