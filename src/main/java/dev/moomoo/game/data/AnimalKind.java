package dev.moomoo.game.data;

/**
 * One kind of animal, by the type id the client draws it by (src/site/rules.md#animals; the table's
 * header says what each number is).
 *
 * @param strike a boss's wind-up strike, or null for an animal that hurts by touch while it charges
 */
public record AnimalKind(int id, String name, int hp, int damage, double speed, double turn, int scale, double weight,
                         int view, int drop, int score, double respawnMillis, int collideDamage, boolean hostile,
                         boolean charges, boolean standsGround, boolean untrappable, boolean fixedSpawn, int scare,
                         Strike strike) {

    /**
     * @param range how far beyond a player's radius the strike reaches (and a player sets it off)
     * @param delay ms from a player coming in range to the strike
     * @param leap  the push forward it gives itself one strike in three
     */
    public record Strike(double range, double delay, double leap) {
    }
}
