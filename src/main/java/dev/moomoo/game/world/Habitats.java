package dev.moomoo.game.world;

import dev.moomoo.game.data.Habitat;
import dev.moomoo.game.space.MapBands;

import java.util.Random;

/**
 * Where each habitat lies on a map of a given size (src/site/rules.md#animals): the snow along the top,
 * the grassland between the snow and the desert but off the river. A band the map is too small to hold
 * is the whole map, so a tiny test map still places every animal.
 */
public final class Habitats {
    private static final int ATTEMPTS = 50;

    private final double mapSize;

    public Habitats(double mapSize) {
        this.mapSize = mapSize;
    }

    /** Whether a point is where an animal of habitat {@code h} lives (anywhere, the arena and none: always). */
    public boolean contains(Habitat h, double x, double y) {
        return switch (h) {
            case SNOW -> y <= snowBottom() || !hasSnow();
            case GRASSLAND -> !hasGrassland() || y > MapBands.SNOW_TOP && y < desertTop() && !inRiver(y);
            case ANYWHERE, ARENA, NONE -> true;
        };
    }

    /** A random point of the habitat, {@code margin} inside the map's edges; for anywhere, the arena and none: any point. */
    public double[] randomPoint(Habitat h, double margin, Random random) {
        double x = coordinate(margin, mapSize - margin, random);
        for (int i = 0; i < ATTEMPTS; i++) {
            double y = switch (h) {
                case SNOW -> hasSnow() ? coordinate(margin, snowBottom() - margin, random) : coordinate(margin, mapSize - margin, random);
                case GRASSLAND -> hasGrassland() ? coordinate(MapBands.SNOW_TOP + margin, desertTop() - margin, random)
                        : coordinate(margin, mapSize - margin, random);
                case ANYWHERE, ARENA, NONE -> coordinate(margin, mapSize - margin, random);
            };
            if (contains(h, x, y) && !(h == Habitat.GRASSLAND && inRiver(y))) {
                return new double[] {x, y};
            }
        }
        return new double[] {x, coordinate(margin, mapSize - margin, random)};
    }

    /**
     * The way back into the habitat from a point outside it (radians: up is -pi/2): up to the snow;
     * out of the snow or the desert towards the middle; out of the river to its nearer bank.
     */
    public double wayBack(Habitat h, double x, double y) {
        if (h == Habitat.SNOW) {
            return -Math.PI / 2;
        }
        if (y <= MapBands.SNOW_TOP) {
            return Math.PI / 2;
        }
        if (y >= desertTop()) {
            return -Math.PI / 2;
        }
        return y < mapSize / 2 ? -Math.PI / 2 : Math.PI / 2;
    }

    private boolean inRiver(double y) {
        return Math.abs(y - mapSize / 2) <= MapBands.RIVER_WIDTH / 2;
    }

    private double snowBottom() {
        return Math.min(MapBands.SNOW_TOP, mapSize);
    }

    private double desertTop() {
        return mapSize - MapBands.DESERT_TOP_FROM_BOTTOM;
    }

    /** Room for an animal of the biggest scale in the snow. */
    private boolean hasSnow() {
        return mapSize > MapBands.SNOW_TOP + 200;
    }

    /** Room between the snow and the desert for a band of grass beside the river. */
    private boolean hasGrassland() {
        return desertTop() - MapBands.SNOW_TOP > MapBands.RIVER_WIDTH + 400;
    }

    private static double coordinate(double from, double to, Random random) {
        return to <= from ? (from + to) / 2 : from + random.nextDouble() * (to - from);
    }
}
