package dev.moomoo.game.space;

/** The map's bands (src/site/rules.md#world-and-movement): snow along the top, the river across the middle, the desert along the bottom. */
public final class MapBands {
    /** The snow reaches down to this y; a body in it moves at this share of its speed. */
    public static final double SNOW_TOP = 2400;
    public static final double SNOW_SPEED = 0.75;
    public static final double DESERT_TOP_FROM_BOTTOM = 2400;
    /** The river: its width around the map's middle, the share of speed left in it, and its current. */
    public static final double RIVER_WIDTH = 724;
    public static final double RIVER_SPEED = 0.33;
    /** Units per ms the river pushes towards +x. */
    public static final double RIVER_CURRENT = 0.0011;

    private MapBands() {
    }
}
