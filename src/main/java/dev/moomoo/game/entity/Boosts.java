package dev.moomoo.game.entity;

/**
 * A player's boosts that last some seconds (src/site/rules.md#effects): the Dragon Cape's rage after
 * hitting a player and the Super Cape's rush after a kill. Each holds until a world time (ms); a new
 * one of the same kind starts its time again. A new life has none. Tick thread only.
 */
public final class Boosts {
    private double rageUntil = Double.NEGATIVE_INFINITY;
    private double rageDamage = 1;
    private double rushUntil = Double.NEGATIVE_INFINITY;
    private double rushDamage = 1;
    private double rushSpeed = 1;

    /** Melee damage times {@code factor} until {@code until}. */
    public void rage(double factor, double until) {
        rageDamage = factor;
        rageUntil = until;
    }

    /** Melee damage times {@code damage} and speed times {@code speed} until {@code until}. */
    public void rush(double damage, double speed, double until) {
        rushDamage = damage;
        rushSpeed = speed;
        rushUntil = until;
    }

    /** The melee damage multiplier of the boosts holding at {@code now}. */
    public double damage(double now) {
        return (now < rageUntil ? rageDamage : 1) * (now < rushUntil ? rushDamage : 1);
    }

    /** The speed multiplier of the boosts holding at {@code now}. */
    public double speed(double now) {
        return now < rushUntil ? rushSpeed : 1;
    }

    void clear() {
        rageUntil = Double.NEGATIVE_INFINITY;
        rushUntil = Double.NEGATIVE_INFINITY;
    }
}
