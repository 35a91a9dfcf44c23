package dev.moomoo.game.world;

import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.space.MapBands;

import java.util.Random;

/**
 * Places the natural objects at start and finds spawn points. Trees and bushes grow everywhere but in
 * the river, rocks too, gold ores are rarer; bushes in the desert are cacti. Objects do not overlap.
 */
public final class ObjectPlacer {
    private static final int ATTEMPTS = 50;
    /** The ring of rocks around the bosses' home: its radius, and stones of the ring (two of them left out as ways in). */
    static final double ARENA_RADIUS = 500;
    static final int ARENA_STONES = 14;

    private final double mapSize;
    private final double[] arena;
    private final ObjectRegistry objects;
    private final Random random;

    /** {@code arena}: where the bosses live, {x, y}. */
    public ObjectPlacer(double mapSize, double[] arena, ObjectRegistry objects, Random random) {
        this.mapSize = mapSize;
        this.arena = arena;
        this.objects = objects;
        this.random = random;
    }

    /** The bosses' home, {x, y}. */
    public double[] arena() {
        return arena;
    }

    /** The natural objects at start: the ring of rocks of the arena (with rocks on a map big enough), then each type. */
    public void placeInitialObjects(int trees, int bushes, int rocks, int goldOres) {
        if (rocks > 0 && mapSize >= 4 * ARENA_RADIUS) {
            placeArena();
        }
        place(ObjectType.TREE, trees);
        place(ObjectType.BUSH, bushes);
        place(ObjectType.ROCK, rocks);
        place(ObjectType.GOLD, goldOres);
    }

    /** A ring of rocks around the bosses' home with two gaps, north and south, to walk in by. */
    private void placeArena() {
        for (int i = 0; i < ARENA_STONES; i++) {
            if (i == 0 || i == ARENA_STONES / 2) {
                continue;
            }
            double angle = Math.PI / 2 + 2 * Math.PI * i / ARENA_STONES;
            objects.add(ObjectType.ROCK, arena[0] + Math.cos(angle) * ARENA_RADIUS, arena[1] + Math.sin(angle) * ARENA_RADIUS,
                    ObjectType.ROCK.scale(ObjectType.ROCK.scaleCount() - 1));
        }
    }

    private void place(ObjectType type, int count) {
        for (int i = 0; i < count; i++) {
            int scale = type.scale(random.nextInt(type.scaleCount()));
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                double[] at = randomPoint(scale);
                if (!inRiver(at[1], scale) && isFree(at[0], at[1], scale)) {
                    objects.add(type, at[0], at[1], scale);
                    break;
                }
            }
        }
    }

    /** A random point on land with room for a player. */
    public double[] spawnPoint() {
        double[] at = randomPoint(Player.SCALE);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (!inRiver(at[1], Player.SCALE) && isFree(at[0], at[1], Player.SCALE)) {
                return at;
            }
            at = randomPoint(Player.SCALE);
        }
        return at;
    }

    private double[] randomPoint(double margin) {
        double size = mapSize - 2 * margin;
        return new double[] {margin + random.nextDouble() * size, margin + random.nextDouble() * size};
    }

    private boolean inRiver(double y, double scale) {
        return Math.abs(y - mapSize / 2) < MapBands.RIVER_WIDTH / 2 + scale;
    }

    private boolean isFree(double x, double y, double scale) {
        boolean[] free = {true};
        objects.grid().query(x, y, scale, scale, o -> {
            if (Math.hypot(o.x() - x, o.y() - y) < o.scale() + scale) {
                free[0] = false;
            }
        });
        return free[0];
    }
}
