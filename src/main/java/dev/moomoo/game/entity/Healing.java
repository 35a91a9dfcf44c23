package dev.moomoo.game.entity;

/**
 * The healing pad under a player this tick. (Food that heals over time shares the poison's slot:
 * {@link DamageOverTime}.)
 */
public final class Healing {
    /** Health it regains each second from the healing pad under it this tick. */
    private double pad;

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
}
