package dev.moomoo.game.input;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Loadout;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Progress;
import dev.moomoo.protocol.ServerPacket;

/**
 * Age-up choices ({@code H}): with an upgrade point, a weapon or item of the current upgrade age whose
 * prerequisite the player has. {@code V} goes before {@code U}, because the client builds its next
 * panel from the lists it holds when {@code U} arrives.
 */
public final class UpgradeChoices {
    private final GameData data;
    private final Outbound out;

    public UpgradeChoices(GameData data, Outbound out) {
        this.data = data;
        this.out = out;
    }

    /** Choice below the weapon count: a weapon id; from it on: an item index plus the weapon count. Returns whether taken. */
    public boolean choose(Player p, int choice) {
        Progress g = p.progress();
        if (g.upgradePoints() <= 0) {
            return false;
        }
        Loadout l = p.loadout();
        int weapons = data.weapons().size();
        if (choice < weapons) {
            WeaponDef w = data.weapon(choice);
            if (w == null || w.age() != g.upgradeAge() || (w.pre() >= 0 && !l.hasWeapon(w.pre()))) {
                return false;
            }
            l.give(w);
            out.send(p, new ServerPacket.Hotbar(l.weaponIds(), true));
        } else {
            ItemDef item = data.item(choice - weapons);
            if (item == null || item.age() != g.upgradeAge() || (item.pre() >= 0 && !l.hasItem(item.pre()))) {
                return false;
            }
            l.upgrade(item); // an item in hand that it replaced: the new one is in hand
            out.send(p, new ServerPacket.Hotbar(l.itemIds(), false));
        }
        g.spendUpgradePoint();
        out.send(p, new ServerPacket.Upgrades(g.upgradePoints(), g.upgradeAge()));
        return true;
    }
}
