package dev.moomoo.game.data;

/**
 * A weapon's look and strength earned by weapon XP (src/site/rules.md#weapons): from {@code xp} on,
 * damage times {@code damage}, hits poison {@code poison} per second, and its wielder heals
 * {@code lifesteal} times the melee damage it deals; {@code membersOnly}: the client marks it for members.
 */
public record WeaponVariant(int id, String name, int xp, double damage, double poison, double lifesteal, boolean membersOnly) {
}
