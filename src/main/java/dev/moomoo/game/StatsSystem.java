package dev.moomoo.game;

/** Computes each living player's {@link PlayerStats} for the tick, first thing after input. */
final class StatsSystem {
    void update(Player p) {
        double speed = p.weapon.speed();
        PlayerStats s = p.stats;
        if (s.speed() != speed || s.damage() != 1 || s.reload() != 1 || s.regen() != 0) {
            p.stats = new PlayerStats(speed, 1, 1, 0); // a new record only when something changed
        }
    }
}
