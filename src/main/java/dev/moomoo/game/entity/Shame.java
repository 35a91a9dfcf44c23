package dev.moomoo.game.entity;

/**
 * A player's shame: eating right after a hit, again and again, shames it for a while. Shamed, food does
 * nothing and others see the shame hat over it.
 */
public final class Shame {
    /** A meal within this long of a hit counts towards shame; at this count the player is shamed for this long. */
    public static final double WINDOW_MILLIS = 120;
    public static final int AT = 8;
    public static final double MILLIS = 30_000;

    /** When it was last hit (world time), or never since its last meal. */
    private double lastHitAt = Double.NEGATIVE_INFINITY;
    private int count;
    /** World time until which it is shamed. */
    private double until;
    /** Whether it is shamed this tick, as {@code a} shows it (set once a tick). */
    private boolean shown;

    /** It was hit at {@code now}: eating right after counts. */
    public void hitAt(double now) {
        lastHitAt = now;
    }

    /**
     * A meal at {@code now}, counted before anything else (even at full health): within the window of the
     * last hit it counts one more, later it takes two off; at the count the player is shamed.
     */
    public void meal(double now) {
        if (lastHitAt > Double.NEGATIVE_INFINITY) {
            count = now - lastHitAt <= WINDOW_MILLIS ? count + 1 : Math.max(0, count - 2);
            lastHitAt = Double.NEGATIVE_INFINITY;
            if (count >= AT) {
                shameUntil(now + MILLIS);
                count = 0;
            }
        }
    }

    /** Shamed until world time {@code at}. */
    public void shameUntil(double at) {
        until = at;
    }

    /** Whether it is shamed at {@code now}. */
    public boolean active(double now) {
        return now < until;
    }

    /** This tick's look: shamed or not, at {@code now}. */
    public void show(double now) {
        shown = active(now);
    }

    /** Whether {@code a} shows it shamed this tick. */
    public boolean shown() {
        return shown;
    }

    /** A new life starts without shame. */
    void reset() {
        count = 0;
        until = 0;
        lastHitAt = Double.NEGATIVE_INFINITY;
    }
}
