package dev.moomoo.game;

/** World time: ticks run, and ticks times the tick length in ms. Advanced by the world at the start of each tick. */
final class GameClock {
    private final double tickMillis;
    private long ticks;
    private double millis;

    GameClock(double tickMillis) {
        this.tickMillis = tickMillis;
    }

    void advance() {
        ticks++;
        millis += tickMillis;
    }

    long ticks() {
        return ticks;
    }

    double millis() {
        return millis;
    }

    double tickMillis() {
        return tickMillis;
    }
}
