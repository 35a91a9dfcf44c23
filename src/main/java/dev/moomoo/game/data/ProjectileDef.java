package dev.moomoo.game.data;

/** One projectile kind: damage, speed in units per ms, hit half-size, range, and the layer it flies on. */
public record ProjectileDef(int index, String name, int damage, double speed, int scale, int range, int layer) {
}
