package dev.moomoo.game.entity;

/** The chat lines a player may send now: a token bucket refilled with world time, and when it was last warned. */
public final class ChatBudget {
    /** Full, whatever the burst: the first refill caps it at the burst. */
    private double tokens = Double.POSITIVE_INFINITY;
    private double checkedAt;
    /** When it was last told that a chat line was dropped (world time), or never. */
    private double warnedAt = Double.NEGATIVE_INFINITY;

    /** Earns one line per {@code millisPerLine} since last asked, up to {@code burst}, then spends one; returns false when it had none. */
    public boolean spend(double now, int burst, double millisPerLine) {
        tokens = Math.min(burst, tokens + (now - checkedAt) / millisPerLine);
        checkedAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Whether a dropped line is to be told now: at most once in {@code every} ms. */
    public boolean warn(double now, double every) {
        if (now - warnedAt >= every) {
            warnedAt = now;
            return true;
        }
        return false;
    }
}
