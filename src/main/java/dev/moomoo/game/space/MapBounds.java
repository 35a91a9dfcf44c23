package dev.moomoo.game.space;

/**
 * Where bodies may be: the square map, and west of it the secret area when it is open
 * (src/site/rules.md#the-secret-area). The map's edge holds everywhere else.
 */
public final class MapBounds {
    private final double size;
    /** Null when the area is closed. */
    private final SecretArea area;

    private MapBounds(double size, SecretArea area) {
        this.size = size;
        this.area = area;
    }

    /** The square map alone. */
    public static MapBounds closed(double size) {
        return new MapBounds(size, null);
    }

    /**
     * The map with the secret area if {@code open}: the area is open only on the map size the client
     * draws it for ({@link SecretArea#CLIENT_MAP_SIZE}).
     */
    public static MapBounds of(double size, boolean open) {
        return new MapBounds(size, open && size == SecretArea.CLIENT_MAP_SIZE ? SecretArea.CLIENT : null);
    }

    public double size() {
        return size;
    }

    /** The open area, or null. */
    public SecretArea area() {
        return area;
    }

    /** Whether a point lies in a pool's deep water: it slows bodies as the river does, with no current (still water). */
    public boolean inPool(double x, double y) {
        return area != null && x < 0 && area.inPool(x, y);
    }

    /** Whether {@code x} lies west of where the river rises (out of the largest pool, at the gorge's west end). */
    public boolean beyondRiver(double x) {
        return area != null && x < area.gorgeX0();
    }
}
