package dev.moomoo.game.entity;

/** The healing over time a player has coming: a healing pad under it this tick, and food that heals for some seconds. */
public final class Healing {
    /** Health it regains each second from the healing pad under it this tick. */
    private double pad;
    /** Health food gives back each second, for so many more once-a-second ticks (cheese: 5). */
    private double food;
    private int foodTicks;

    /** Health a second from the healing pad it stands on this tick, 0 when none. */
    public double pad() {
        return pad;
    }

    void onPad(double heal) {
        pad = heal;
    }

    void offPads() {
        pad = 0;
    }

    /** Food that heals {@code perSecond} for the next {@code ticks} seconds, in place of what was left of the last. */
    public void eat(double perSecond, int ticks) {
        food = perSecond;
        foodTicks = ticks;
    }

    /** A new life has no food working. */
    void stopFood() {
        food = 0;
        foodTicks = 0;
    }

    /** One second of food healing: what is due now, one tick fewer left; 0 when none is left. */
    public double foodTick() {
        if (foodTicks <= 0) {
            return 0;
        }
        foodTicks--;
        return food;
    }
}
