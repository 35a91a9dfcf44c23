package dev.moomoo.game.entity;

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
public final class Loadout {
    private final WeaponDef[] weapons = new WeaponDef[2];
    /** The slot in hand: 0 primary, 1 secondary. */
    private int slot;
    private final List<ItemDef> items = new ArrayList<>();
    /** The item in hand, or null while a weapon is. */
    private ItemDef held;
    private final long[] weaponXp;
    /** Ms left, per weapon id, before it may swing or shoot again: it runs down only in hand, with no item held. */
    private final double[] reloadLeft;

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

    /** The weapon in hand. */
    public WeaponDef weapon() {
        return weapons[slot];
    }

    /** The item in hand, or null while a weapon is. */
    public ItemDef held() {
        return held;
    }

    /** The weapon ids in slot order, as {@code V} sends them: {@code [primary, secondary?]}. */
    public List<Integer> weaponIds() {
        List<Integer> ids = new ArrayList<>(2);
        for (WeaponDef w : weapons) {
            if (w != null) {
                ids.add(w.id());
            }
        }
        return ids;
    }

    public List<Integer> itemIds() {
        return items.stream().map(ItemDef::index).toList();
    }

    public boolean hasWeapon(int id) {
        for (WeaponDef w : weapons) {
            if (w != null && w.id() == id) {
                return true;
            }
        }
        return false;
    }

    public boolean hasItem(int index) {
        for (ItemDef i : items) {
            if (i.index() == index) {
                return true;
            }
        }
        return false;
    }

    /** {@code z} for a weapon: one it has goes in hand, and the item in hand is put away. */
    public void selectWeapon(int id) {
        for (WeaponDef w : weapons) {
            if (w != null && w.id() == id) {
                slot = w.slot();
                held = null;
            }
        }
    }

    /** {@code z} for an item: one it has goes in hand, or back out if it was there. */
    public void selectItem(int index) {
        for (ItemDef item : items) {
            if (item.index() == index) {
                held = held == item ? null : item;
                return;
            }
        }
    }

    /** The item in hand was used: the weapon is in hand again. */
    public void putAway() {
        held = null;
    }

    /** Takes a weapon into its slot, replacing the one there. */
    public void give(WeaponDef w) {
        weapons[w.slot()] = w;
    }

    /** Takes an item: it replaces the item of its group in the list, or is appended. */
    public void give(ItemDef item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).group() == item.group()) {
                items.set(i, item);
                return;
            }
        }
        items.add(item);
    }

    /** Takes an item chosen at an age-up: as {@link #give(ItemDef)}, and if it replaced the item in hand, the new one is in hand. */
    public void upgrade(ItemDef item) {
        give(item);
        if (held != null && held.group() == item.group()) {
            held = item;
        }
    }

    /** The XP of the weapon in hand, which picks its variant. */
    public long weaponXp() {
        return weaponXp[weapon().id()];
    }

    /** A gain counts as XP for the weapon in hand. */
    public void addWeaponXp(long amount) {
        weaponXp[weapon().id()] += amount;
    }

    /** Ms before the weapon {@code id} may be used again. */
    public double reloadLeft(int id) {
        return reloadLeft[id];
    }

    /** The weapon {@code id}, in hand, reloads for {@code millis} more. */
    public void runDownReload(int id, double millis) {
        reloadLeft[id] -= millis;
    }

    /** The weapon {@code id} was used: it may be used again in {@code millis}. */
    public void reload(int id, double millis) {
        reloadLeft[id] = millis;
    }
}
