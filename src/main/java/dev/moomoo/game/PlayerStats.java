package dev.moomoo.game;

/**
 * What a player's weapon and held item (and later its hat) make of it, computed once per tick before
 * anything moves or fights, so movement and combat read one record instead of each working it out.
 *
 * @param speed  multiplier of the acceleration
 * @param damage multiplier of the damage it deals
 * @param reload multiplier of its weapon's reload time
 * @param regen  health regained per second
 */
public record PlayerStats(double speed, double damage, double reload, double regen) {
    static final PlayerStats BASE = new PlayerStats(1, 1, 1, 0);
}
