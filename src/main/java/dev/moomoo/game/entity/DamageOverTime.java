package dev.moomoo.game.entity;

/**
 * What works on a body once a second for some seconds, in one slot (src/site/rules.md#poison): a poison,
 * so much damage a second credited to whoever gave it, or (a player's) the healing of food such as cheese.
 * Each replaces whatever the slot held: cheese ends a poisoning, a poisoning ends cheese's healing.
 */
public final class DamageOverTime {
    /** A poisoned spike or weapon variant poisons for 5 ticks (src/site/rules.md#poison); the Plague Mask for its own time. */
    public static final int POISON_TICKS = 5;

    /** Damage a second; negative while it heals. */
    private double perSecond;
    private int ticksLeft;
    private Player source;

    /** A poisoning of {@code perSecond} for {@code ticks} seconds, credited to {@code source}, in place of what the slot held. */
    public void poison(double perSecond, int ticks, Player source) {
        this.perSecond = perSecond;
        this.ticksLeft = ticks;
        this.source = source;
    }

    /** Food that heals {@code perSecond} for the next {@code ticks} seconds, in place of what the slot held. */
    public void heal(double perSecond, int ticks) {
        this.perSecond = -perSecond;
        this.ticksLeft = ticks;
        this.source = null;
    }

    /** One second of it: the damage due now (negative: health given back), one tick fewer left; 0 when there is none. */
    public double tick() {
        if (ticksLeft <= 0) {
            return 0;
        }
        ticksLeft--;
        return perSecond;
    }

    /** Who gave the poison (null: the world, or food), kept until the slot is filled again or a new life clears it. */
    public Player source() {
        return source;
    }

    public void clear() {
        perSecond = 0;
        ticksLeft = 0;
        source = null;
    }
}
