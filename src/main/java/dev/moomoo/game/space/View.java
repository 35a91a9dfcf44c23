package dev.moomoo.game.space;

/** What a player sees (src/site/rules.md#world-and-movement): a rectangle of these half extents around it. */
public final class View {
    public static final double HALF_WIDTH = 1248;
    public static final double HALF_HEIGHT = 702;

    private View() {
    }

    /** Whether {@code other} reaches into the view around ({@code x}, {@code y}) widened by {@code margin} on each side. */
    public static boolean contains(double x, double y, Positioned other, double margin) {
        return Math.abs(other.x() - x) - other.scale() <= HALF_WIDTH + margin
                && Math.abs(other.y() - y) - other.scale() <= HALF_HEIGHT + margin;
    }
}
