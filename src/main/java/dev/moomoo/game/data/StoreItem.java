package dev.moomoo.game.data;

/**
 * A hat or an accessory of the store, by the id the client knows it by (hats and accessories are
 * numbered apart).
 *
 * @param price points it costs; 0: owned from the start (when sold)
 * @param sale  whether it is bought, earned (given by the game or an admin, then worn like the others),
 *              or never worn by choice (Shame!, shown while shamed)
 */
public record StoreItem(Kind kind, int id, String name, int price, Sale sale, Effects effects) {
    public enum Kind {
        HAT, ACCESSORY;

        /** The client's flag: true for an accessory. */
        public boolean accessory() {
            return this == ACCESSORY;
        }
    }

    /** How a player comes to own it. */
    public enum Sale {
        /** Bought for its price (0: owned from the start). */
        SOLD,
        /** Not sold: given (the Crab Shell: by the Crab King, for now by an admin); worn like the others once owned. */
        EARNED,
        /** Neither bought nor worn by choice (Shame!). */
        NEVER
    }

    public boolean forSale() {
        return sale == Sale.SOLD;
    }

    /** Never worn by choice: not even given. */
    public boolean neverWorn() {
        return sale == Sale.NEVER;
    }

    /** Owned by every player from the start. */
    public boolean free() {
        return sale == Sale.SOLD && price == 0;
    }
}
