package dev.moomoo.game.entity;

/**
 * Poison working on a player or an animal: so much damage a second for so many once-a-second ticks,
 * credited to whoever gave it. A new dose replaces the old one.
 */
public final class Poison {
    /** A poisoned spike or weapon variant poisons for 5 ticks (src/site/rules.md#poison); the Plague Mask for its own time. */
    public static final int TICKS = 5;

    private double perSecond;
    private int ticksLeft;
    private Player source;

    public void take(double perSecond, int ticks, Player source) {
        this.perSecond = perSecond;
        this.ticksLeft = ticks;
        this.source = source;
    }

    /** One second of it: the damage due now, one tick fewer left; 0 when there is none. */
    public int tick() {
        if (ticksLeft <= 0) {
            return 0;
        }
        ticksLeft--;
        return (int) Math.round(perSecond);
    }

    /** Who gave the dose (null: the world), kept until a new life clears it. */
    public Player source() {
        return source;
    }

    public void clear() {
        perSecond = 0;
        ticksLeft = 0;
        source = null;
    }
}
