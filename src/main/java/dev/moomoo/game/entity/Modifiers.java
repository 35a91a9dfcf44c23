package dev.moomoo.game.entity;

/**
 * What a player's weapon, held item, hat and accessory make of it, computed once per tick before
 * anything moves or fights, so movement and combat read one record instead of each working it out.
 *
 * @param speed  multiplier of the acceleration
 * @param damage multiplier of the melee damage it deals to players and animals
 * @param reload multiplier of its weapon's reload time
 * @param regen  health regained per second from what it wears (negative: lost)
 */
public record Modifiers(double speed, double damage, double reload, double regen) {
    public static final Modifiers BASE = new Modifiers(1, 1, 1, 0);
}
