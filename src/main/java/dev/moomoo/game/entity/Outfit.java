package dev.moomoo.game.entity;

import dev.moomoo.game.data.Effects;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.StoreItem;

import java.util.BitSet;

/**
 * What a player owns of the store and wears: bought once, kept across deaths (a new life keeps its hats,
 * as in the real game), and the combined {@link Effects} of the hat and accessory worn.
 */
public final class Outfit {
    private final BitSet hats = new BitSet();
    private final BitSet accessories = new BitSet();
    private StoreItem hat;
    private StoreItem accessory;
    private Effects effects = Effects.NONE;

    public Outfit(GameData data) {
        for (StoreItem item : data.store()) {
            if (item.free()) {
                own(item);
            }
        }
    }

    public boolean owns(StoreItem item) {
        return (item.kind().accessory() ? accessories : hats).get(item.id());
    }

    public void own(StoreItem item) {
        (item.kind().accessory() ? accessories : hats).set(item.id());
    }

    /** Puts an owned item on, in place of what was worn of its kind. */
    public void wear(StoreItem item) {
        if (item.kind().accessory()) {
            accessory = item;
        } else {
            hat = item;
        }
        combine();
    }

    public void takeOff(boolean accessoryKind) {
        if (accessoryKind) {
            accessory = null;
        } else {
            hat = null;
        }
        combine();
    }

    /** The id the client is sent ({@code skinIndex}, {@code tailIndex}); 0 for none. */
    public int hatId() {
        return hat == null ? 0 : hat.id();
    }

    public int accessoryId() {
        return accessory == null ? 0 : accessory.id();
    }

    public Effects effects() {
        return effects;
    }

    private void combine() {
        Effects e = hat == null ? Effects.NONE : hat.effects();
        effects = accessory == null ? e : e.with(accessory.effects());
    }
}
