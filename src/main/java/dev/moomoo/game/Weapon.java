package dev.moomoo.game;

/** A melee weapon's numbers (PROTOCOL.md section 5). Only the hammer is handed out for now. */
public record Weapon(int id, String name, int damage, double range, int reloadMillis, int gather, double knock) {
    public static final Weapon HAMMER = new Weapon(0, "tool hammer", 25, 65, 300, 1, 0);
}
