package dev.moomoo.game;

/** The MooMoo.io movement and world constants (PROTOCOL.md section 4). */
public final class Physics {
    /** Acceleration per ms per ms at speed multiplier 1. */
    public static final double ACCELERATION = 0.0016;
    /** Velocity is multiplied by this to the power of the tick's ms. */
    public static final double DECAY = 0.993;
    /** A velocity component smaller than this in magnitude stops. */
    public static final double STOP_BELOW = 0.01;
    public static final double SNOW_TOP = 2400;
    public static final double SNOW_SPEED = 0.75;
    public static final double DESERT_TOP_FROM_BOTTOM = 2400;
    public static final double RIVER_WIDTH = 724;
    public static final double RIVER_SPEED = 0.33;
    /** Units per ms the river pushes towards +x. */
    public static final double RIVER_CURRENT = 0.0011;
    public static final int MAX_SUBSTEPS = 4;
    /** Units moved per sub-step that make the step finer. */
    public static final double SUBSTEP_DISTANCE = 40;
    /** A static object that stops a player also takes a quarter of its speed. */
    public static final double OBJECT_BOUNCE = 0.75;
    public static final double VIEW_HALF_WIDTH = 1248;
    public static final double VIEW_HALF_HEIGHT = 702;
    /** Half-angle of a swing's arc. */
    public static final double SWING_ARC = Math.PI / 2.6;
    /** Knockback every hit gives, plus the weapon's own. */
    public static final double BASE_KNOCKBACK = 0.3;
    /** Players are hit within this multiple of their scale. */
    public static final double PLAYER_HIT_SCALE = 1.8;

    private Physics() {
    }

    /** The smallest difference between two angles, in [0, pi]. */
    public static double angleDistance(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return d > Math.PI ? 2 * Math.PI - d : d;
    }
}
