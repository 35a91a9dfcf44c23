package dev.moomoo.game.space;

/** How bodies move in MooMoo.io (src/site/rules.md#world-and-movement): acceleration, decay, sub-steps and the bounce off objects. */
public final class Physics {
    /** Acceleration per ms per ms at speed multiplier 1. */
    public static final double ACCELERATION = 0.0016;
    /** Velocity is multiplied by this to the power of the tick's ms. */
    public static final double DECAY = 0.993;
    /** A velocity component smaller than this in magnitude stops. */
    public static final double STOP_BELOW = 0.01;
    public static final int MAX_SUBSTEPS = 4;
    /** Units moved per sub-step that make the step finer. */
    public static final double SUBSTEP_DISTANCE = 40;
    /** A static object that stops a player also takes a quarter of its speed. */
    public static final double OBJECT_BOUNCE = 0.75;

    private Physics() {
    }
}
