package dev.moomoo.game.data;

/**
 * A group of items that share a place limit and a layer.
 *
 * @param limit        how many of the group one player may have standing (0: none are placed)
 * @param sandboxLimit the same in sandbox mode
 * @param layer        -1 under players (walk-on), 0 the ground, 1 raised
 */
public record ItemGroup(int id, String name, int limit, int sandboxLimit, int layer) {
}
