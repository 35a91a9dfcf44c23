package dev.moomoo.game;

import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.protocol.ServerPacket;

/**
 * The action bar: selecting a weapon or an item ({@code z}), and using the item in hand ({@code F}):
 * food is eaten, anything else is placed ahead of the player if the rules allow (GAME-DATA.md
 * section 2). After a use the player holds its weapon again; a refused use keeps the item in hand.
 */
final class ActionBar {
    /** Buildings stand this far ahead of a player's centre: its radius, plus the item's, plus its offset. */
    static final double PLACE_DISTANCE = Player.SCALE;
    /** Eating within this long of a hit counts towards shame; at this count the player is shamed for this long. */
    static final double SHAME_WINDOW_MILLIS = 120;
    static final int SHAME_AT = 8;
    static final double SHAME_MILLIS = 30_000;
    /** Trees and bushes count this fraction of their scale against a building placed near them. */
    static final double SOFT_OVERLAP = 0.36;
    /** The river band where only a platform may be built: inclusive, around the map's middle. */
    static final double RIVER_HALF_WIDTH = MapBands.RIVER_WIDTH / 2;

    private final ObjectRegistry objects;
    private final Economy economy;
    private final Outbound out;
    private final GameClock clock;
    private final GameConfig config;
    private boolean blocked;
    /** How far out a blocker can refuse a building: the widest blocker radius in the tables. */
    private final double blockerReach;

    ActionBar(ObjectRegistry objects, Economy economy, Outbound out, GameClock clock, GameConfig config, dev.moomoo.game.data.GameData data) {
        this.blockerReach = data.items().stream().mapToDouble(i -> i.behaviour() instanceof ItemBehaviour.Blocker b ? b.radius() : 0).max().orElse(0);
        this.objects = objects;
        this.economy = economy;
        this.out = out;
        this.clock = clock;
        this.config = config;
    }

    /** {@code z}: a weapon it has goes in hand; an item it has goes in hand, or back out if it was there. */
    void select(Player p, int id, boolean weapon) {
        Loadout l = p.loadout;
        if (weapon) {
            for (WeaponDef w : l.weapons) {
                if (w != null && w.id() == id) {
                    l.slot = w.slot();
                    l.held = null;
                }
            }
            return;
        }
        for (ItemDef item : l.items) {
            if (item.index() == id) {
                l.held = l.held == item ? null : item;
                return;
            }
        }
    }

    /** {@code F} with an item in hand, at {@code angle} (null: the last aim). Returns whether it was used. */
    boolean use(Player p, Double angle) {
        ItemDef item = p.loadout.held;
        if (item == null) {
            return false;
        }
        if (angle != null) {
            p.dir = angle;
        }
        boolean used = item.behaviour() instanceof ItemBehaviour.Food food ? eat(p, item, food) : place(p, item);
        if (used) {
            p.loadout.held = null;
        }
        return used;
    }

    private boolean eat(Player p, ItemDef item, ItemBehaviour.Food food) {
        double now = clock.millis();
        if (!economy.canPay(p, item.cost()) || p.effects().noEat()) {
            return false; // nothing happens, not even to shame, when the food cannot be paid for or may not be eaten
        }
        if (p.lastHitAt > Double.NEGATIVE_INFINITY) { // shame is counted before anything else, even at full health
            p.shameCount = now - p.lastHitAt <= SHAME_WINDOW_MILLIS ? p.shameCount + 1 : Math.max(0, p.shameCount - 2);
            p.lastHitAt = Double.NEGATIVE_INFINITY;
            if (p.shameCount >= SHAME_AT) {
                p.shamedUntil = now + SHAME_MILLIS;
                p.shameCount = 0;
            }
        }
        if (now < p.shamedUntil || p.health >= Player.MAX_HEALTH) {
            return false; // costs nothing
        }
        economy.pay(p, item.cost());
        p.health = (int) Math.min(Player.MAX_HEALTH, p.health + Math.round(food.heal()));
        if (food.regen() > 0) {
            p.foodRegen = food.regen();
            p.foodRegenTicks = (int) Math.round(food.regenSeconds());
        }
        out.toViewersOf(p, new ServerPacket.Health(p.sid(), p.health));
        return true;
    }

    private boolean place(Player p, ItemDef item) {
        int group = item.group().id();
        int limit = config.sandbox() ? item.group().sandboxLimit() : item.group().limit();
        if (p.buildings.count(group) >= limit || !economy.canPay(p, item.cost())) {
            return false;
        }
        double distance = PLACE_DISTANCE + item.scale() + item.offset();
        double x = p.x + Math.cos(p.dir) * distance;
        double y = p.y + Math.sin(p.dir) * distance;
        if (!allowedAt(item, x, y)) {
            return false;
        }
        economy.pay(p, item.cost());
        Building s = objects.addBuilding(item, p, x, y, p.dir);
        s.reloadedAt = clock.millis() + (item.behaviour() instanceof ItemBehaviour.Turret t ? t.reload() : 0); // a new turret loads first
        out.send(p, new ServerPacket.ItemCount(group, p.buildings.count(group)));
        return true;
    }

    /** Inside the map, out of the river unless a platform, and clear of every object (a blocker's 300 around it). */
    boolean allowedAt(ItemDef item, double x, double y) {
        double map = config.mapSize();
        if (x < item.scale() || y < item.scale() || x > map - item.scale() || y > map - item.scale()) {
            return false;
        }
        if (Math.abs(y - map / 2) <= RIVER_HALF_WIDTH && !(item.behaviour() instanceof ItemBehaviour.Platform)) {
            return false;
        }
        blocked = false;
        double reach = item.scale() + blockerReach;
        objects.grid().query(x, y, reach, reach, o -> {
            double other = switch (o) {
                case NaturalObject n -> n.type() == ObjectType.TREE || n.type() == ObjectType.BUSH ? n.scale() * SOFT_OVERLAP : n.scale();
                case Building s -> s.item().behaviour() instanceof ItemBehaviour.Blocker b ? b.radius() : s.scale();
            };
            if (Math.hypot(o.x() - x, o.y() - y) < item.scale() + other) {
                blocked = true;
            }
        });
        return !blocked;
    }
}
