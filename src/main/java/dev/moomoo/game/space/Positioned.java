package dev.moomoo.game.space;

/** Something with a place and a size in the world, kept in a {@link SpatialGrid}. */
public interface Positioned {
    double x();

    double y();

    double scale();
}
