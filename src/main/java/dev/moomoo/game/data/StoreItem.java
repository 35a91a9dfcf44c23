package dev.moomoo.game.data;

/**
 * A hat or an accessory of the store, by the id the client knows it by (hats and accessories are
 * numbered apart).
 *
 * @param price   points it costs; 0: owned from the start
 * @param forSale false for what is never bought nor worn by choice (Shame!, shown while shamed)
 */
public record StoreItem(Kind kind, int id, String name, int price, boolean forSale, Effects effects) {
    public enum Kind {
        HAT, ACCESSORY;

        /** The client's flag: true for an accessory. */
        public boolean accessory() {
            return this == ACCESSORY;
        }
    }

    /** Owned by every player from the start. */
    public boolean free() {
        return forSale && price == 0;
    }
}
