package dev.moomoo.game.input;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.StoreItem;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.player.Economy;
import dev.moomoo.protocol.ServerPacket;

/**
 * The store ({@code c}): buying a hat or an accessory for points, and wearing or taking off what is
 * owned (src/site/rules.md#store); an earned item (the Crab Shell) is never bought, only worn once given.
 * Each change is confirmed with {@code 5}, which the client's store buttons wait for; what cannot be done (not for sale, owned already, too few points, not owned) is
 * refused without an answer, as the client expects none.
 */
public final class StoreCounter {
    /** {@code 5}'s first argument: the item is owned now, or worn now. */
    static final int OWNED = 0;
    static final int WORN = 1;

    private final GameData data;
    private final Economy economy;
    private final Outbound out;

    public StoreCounter(GameData data, Economy economy, Outbound out) {
        this.data = data;
        this.economy = economy;
        this.out = out;
    }

    public void handle(Player p, boolean buy, int id, boolean accessory) {
        if (!buy && id == 0) {
            p.outfit().takeOff(accessory);
            out.send(p, new ServerPacket.StoreState(WORN, 0, accessory));
            return;
        }
        StoreItem item = data.storeItem(accessory, id);
        if (item == null || item.neverWorn()) {
            return; // unknown, or never sold nor worn by choice (Shame!)
        }
        if (buy) {
            if (!item.forSale() || p.outfit().owns(item) || p.resource(Resource.GOLD) < item.price()) { // an earned hat is given, not bought
                return;
            }
            economy.addResource(p, Resource.GOLD, -item.price());
            p.outfit().own(item);
            out.send(p, new ServerPacket.StoreState(OWNED, id, accessory));
        } else if (p.outfit().owns(item)) {
            p.outfit().wear(item);
            out.send(p, new ServerPacket.StoreState(WORN, id, accessory));
        }
    }
}
