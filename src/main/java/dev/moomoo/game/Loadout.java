package dev.moomoo.game;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.data.WeaponDef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a player carries: a weapon per slot (primary, maybe secondary) and which is in hand, the items of
 * its action bar in the order it got them, the item in hand if any, and per weapon its XP (for the
 * variant) and when it may be used again.
 */
final class Loadout {
    final WeaponDef[] weapons = new WeaponDef[2];
    /** The slot in hand: 0 primary, 1 secondary. */
    int slot;
    final List<ItemDef> items = new ArrayList<>();
    /** The item in hand, or null while a weapon is. */
    ItemDef held;
    final long[] weaponXp;
    /** Ms left, per weapon id, before it may swing or shoot again: it runs down only in hand, with no item held. */
    final double[] reloadLeft;

    Loadout(int weaponCount) {
        weaponXp = new long[weaponCount];
        reloadLeft = new double[weaponCount];
    }

    /** The start kit of a new life. */
    void reset(GameData data) {
        Arrays.fill(weapons, null);
        for (WeaponDef w : data.startWeapons()) {
            weapons[w.slot()] = w;
        }
        slot = 0;
        items.clear();
        items.addAll(data.startItems());
        held = null;
        Arrays.fill(weaponXp, 0);
        Arrays.fill(reloadLeft, 0);
    }

    WeaponDef weapon() {
        return weapons[slot];
    }

    /** The weapon ids in slot order, as {@code V} sends them: {@code [primary, secondary?]}. */
    List<Integer> weaponIds() {
        List<Integer> ids = new ArrayList<>(2);
        for (WeaponDef w : weapons) {
            if (w != null) {
                ids.add(w.id());
            }
        }
        return ids;
    }

    List<Integer> itemIds() {
        return items.stream().map(ItemDef::index).toList();
    }

    boolean hasWeapon(int id) {
        for (WeaponDef w : weapons) {
            if (w != null && w.id() == id) {
                return true;
            }
        }
        return false;
    }

    boolean hasItem(int index) {
        for (ItemDef i : items) {
            if (i.index() == index) {
                return true;
            }
        }
        return false;
    }

    /** Takes a weapon into its slot, replacing the one there. */
    void give(WeaponDef w) {
        weapons[w.slot()] = w;
    }

    /** Takes an item: it replaces the item of its group in the list, or is appended. */
    void give(ItemDef item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).group() == item.group()) {
                items.set(i, item);
                return;
            }
        }
        items.add(item);
    }
}
