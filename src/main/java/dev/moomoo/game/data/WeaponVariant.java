package dev.moomoo.game.data;

/** A weapon's look and strength earned by weapon XP: from {@code xp} on, damage times {@code damage}, hits poison {@code poison} per second. */
public record WeaponVariant(int id, String name, int xp, double damage, double poison) {
}
