package dev.moomoo.game.space;

import java.util.List;

/**
 * The secret area west of the map (src/site/rules.md#the-secret-area), in the v1.9 client's own shape
 * (its {@code secretPool} config, from which it draws the area): a gorge along the river from
 * {@code gorgeX0} to the map's west edge, {@code gorgeHalf} either side of the river's middle, and five
 * pools of deep water. The waterfall at the far pool's west side and the river's shallows are drawn by
 * the client and are no ground of their own: the waterfall is the cliff beyond the pools, the shallows are
 * the river running through the gorge. Where a body may stand is where its whole round body fits in the
 * gorge or in a pool; everywhere else west of the map is rock.
 *
 * @param riverY the river's middle (half the map's side)
 */
public record SecretArea(double gorgeX0, double gorgeHalf, double riverY, List<Pool> pools) {
    /** A pool: its centre and radius. */
    public record Pool(double x, double y, double radius) {
        /** Whether a point lies in its water. */
        public boolean contains(double px, double py) {
            return Math.hypot(px - x, py - y) <= radius;
        }
    }

    /** The client's {@code secretPool}: gorge from x -1500, 520 either side of the river, the five pools. */
    public static final SecretArea CLIENT = new SecretArea(-1500, 520, 7200, List.of(
            new Pool(-2500, 7200, 1150), new Pool(-3300, 6750, 750), new Pool(-3200, 7750, 700),
            new Pool(-1700, 6900, 600), new Pool(-1800, 7550, 600)));

    /** The map side the client draws the area for: on another map it would be drawn where the server has none. */
    public static final double CLIENT_MAP_SIZE = 14_400;

    public SecretArea {
        pools = List.copyOf(pools);
    }

    /** The pool the Crab King lives in: the largest, where the gorge opens. */
    public Pool kingsPool() {
        return pools.getFirst();
    }

    /** Whether a body of radius {@code r} centred at ({@code x}, {@code y}) stands wholly in the gorge or in a pool. */
    public boolean holds(double x, double y, double r) {
        if (x >= gorgeX0 + r && Math.abs(y - riverY) <= gorgeHalf - r) {
            return true;
        }
        for (Pool p : pools) {
            if (Math.hypot(x - p.x, y - p.y) <= p.radius - r) {
                return true;
            }
        }
        return false;
    }

    /** Whether a point lies in a pool's deep water. */
    public boolean inPool(double x, double y) {
        for (Pool p : pools) {
            if (p.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest point to ({@code x}, {@code y}) where a body of radius {@code r} stands in the area, as
     * {@code {x, y}}; the gorge reaches to {@code eastX}, where it meets the map.
     */
    public double[] nearest(double x, double y, double r, double eastX) {
        double bestX = clamp(x, gorgeX0 + r, eastX);
        double bestY = clamp(y, riverY - (gorgeHalf - r), riverY + gorgeHalf - r);
        double best = Math.hypot(bestX - x, bestY - y);
        for (Pool p : pools) {
            double d = Math.hypot(x - p.x, y - p.y);
            double reach = p.radius - r;
            double px = d <= reach ? x : p.x + (x - p.x) * reach / d;
            double py = d <= reach ? y : p.y + (y - p.y) * reach / d;
            double gap = Math.hypot(px - x, py - y);
            if (gap < best) {
                best = gap;
                bestX = px;
                bestY = py;
            }
        }
        return new double[] {bestX, bestY};
    }

    private static double clamp(double v, double min, double max) {
        return Math.min(Math.max(v, min), max);
    }
}
