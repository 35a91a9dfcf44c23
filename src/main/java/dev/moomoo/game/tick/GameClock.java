package dev.moomoo.game.tick;

/** World time: ticks run, and ticks times the tick length in ms. Advanced by the world at the start of each tick. */
public final class GameClock {
    private final double tickMillis;
    /** Written by the tick thread alone; volatile because the packet lab's hooks read it on connection threads to stamp frames. */
    private volatile long ticks;
    private double millis;

    public GameClock(double tickMillis) {
        this.tickMillis = tickMillis;
    }

    public void advance() {
        ticks = ticks + 1; // one writer: not a race
        millis += tickMillis;
    }

    public long ticks() {
        return ticks;
    }

    public double millis() {
        return millis;
    }

    /**
     * Whether world time has come to {@code at}, allowing for the rounding of adding 1000/9 ms a tick
     * (tick 189 reads 20999.99999999996 ms): what is due every 3 s falls on every 27th tick, not drifting.
     */
    public boolean reached(double at) {
        return millis >= at - SLACK_MILLIS;
    }

    private static final double SLACK_MILLIS = 1e-6;

    public double tickMillis() {
        return tickMillis;
    }
}
