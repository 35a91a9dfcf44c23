package dev.moomoo.game.input;

import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.PlacementRules;
import dev.moomoo.protocol.ServerPacket;

/**
 * The action bar: selecting a weapon or an item ({@code z}), and using the item in hand ({@code F}):
 * food is eaten, anything else is placed ahead of the player if the rules allow
 * (src/site/rules.md#items-and-buildings). After a use the player holds its weapon again; a refused use keeps the item in hand.
 */
public final class ActionBar {
    /** Buildings stand this far ahead of a player's centre: its radius, plus the item's, plus its offset. */
    static final double PLACE_DISTANCE = Player.SCALE;

    private final ObjectRegistry objects;
    private final PlacementRules placement;
    private final Economy economy;
    private final Outbound out;
    private final GameClock clock;
    private final boolean sandbox;

    /** {@code sandbox}: the group limits are the sandbox ones (and the economy lets everything be paid). */
    public ActionBar(ObjectRegistry objects, PlacementRules placement, Economy economy, Outbound out, GameClock clock, boolean sandbox) {
        this.objects = objects;
        this.placement = placement;
        this.economy = economy;
        this.out = out;
        this.clock = clock;
        this.sandbox = sandbox;
    }

    /** {@code z}: a weapon it has goes in hand; an item it has goes in hand, or back out if it was there. */
    public void select(Player p, int id, boolean weapon) {
        if (weapon) {
            p.loadout().selectWeapon(id);
        } else {
            p.loadout().selectItem(id);
        }
    }

    /** {@code F} with an item in hand, at {@code angle} (null: the last aim). Returns whether it was used. */
    public boolean use(Player p, Double angle) {
        ItemDef item = p.heldItem();
        if (item == null) {
            return false;
        }
        if (angle != null) {
            p.face(angle);
        }
        boolean used = item.behaviour() instanceof ItemBehaviour.Food food ? eat(p, item, food) : place(p, item);
        if (used) {
            p.loadout().putAway();
        }
        return used;
    }

    private boolean eat(Player p, ItemDef item, ItemBehaviour.Food food) {
        double now = clock.millis();
        if (!economy.canPay(p, item.cost()) || p.effects().noEat()) {
            return false; // nothing happens, not even to shame, when the food cannot be paid for or may not be eaten
        }
        p.shame().meal(now); // shame is counted before anything else, even at full health
        if (p.shame().active(now) || p.health() >= Player.MAX_HEALTH) {
            return false; // costs nothing
        }
        economy.pay(p, item.cost());
        p.restore(food.heal());
        if (food.regen() > 0) {
            p.damageOverTime().heal(food.regen(), (int) Math.round(food.regenSeconds())); // in place of any poison
        }
        out.toViewersOf(p, new ServerPacket.Health(p.sid(), p.shownHealth()));
        return true;
    }

    private boolean place(Player p, ItemDef item) {
        int group = item.group().id();
        int limit = sandbox ? item.group().sandboxLimit() : item.group().limit();
        if (p.buildingCount(group) >= limit || !economy.canPay(p, item.cost())) {
            return false;
        }
        double distance = PLACE_DISTANCE + item.scale() + item.offset();
        double x = p.x() + Math.cos(p.dir()) * distance;
        double y = p.y() + Math.sin(p.dir()) * distance;
        if (!placement.allowedAt(item, x, y)) {
            return false;
        }
        economy.pay(p, item.cost());
        Building b = objects.addBuilding(item, p, x, y, p.dir());
        b.reloadUntil(clock.millis() + (item.behaviour() instanceof ItemBehaviour.Turret t ? t.reload() : 0)); // a new turret loads first
        out.send(p, new ServerPacket.ItemCount(group, p.buildingCount(group)));
        return true;
    }
}
