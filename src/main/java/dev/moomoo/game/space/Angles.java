package dev.moomoo.game.space;

/** Angles in radians. */
public final class Angles {
    private Angles() {
    }

    /** The smallest difference between two angles, in [0, pi]. */
    public static double distance(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return d > Math.PI ? 2 * Math.PI - d : d;
    }

    /** {@code from} turned towards {@code to} by at most {@code max} radians, the short way round. */
    public static double turn(double from, double to, double max) {
        double diff = Math.IEEEremainder(to - from, 2 * Math.PI);
        return from + Math.copySign(Math.min(Math.abs(diff), max), diff);
    }
}
