package dev.moomoo.game.data;

/**
 * One kind of animal, by the type id the client draws it by (src/site/rules.md#animals; the table's
 * header says what each number is).
 *
 * @param damage what its touch (a charger's) or strike (a boss's) deals, with fractions (the crab's 14.4)
 * @param lives  where the world places it and brings it back
 * @param leap   the push forward of its strike one time in three (a boss), or of its pounce at its prey
 *               (a charger without a strike); 0 for none
 * @param diver  it dives (the secret pool's animals: kept for the boss fight that comes with that area)
 * @param v18    the type a v1.8 client is shown instead: itself for types 0 to 8, which that client has
 * @param strike a boss's wind-up strike, or null for an animal that hurts by touch while it charges
 */
public record AnimalKind(int id, String name, int hp, double damage, double speed, double turn, int scale, double weight,
                         int view, int drop, int score, double respawnMillis, int collideDamage, Habitat lives,
                         boolean hostile, boolean charges, boolean standsGround, boolean untrappable, boolean fixedSpawn,
                         int scare, double leap, boolean diver, int v18, Strike strike) {

    /**
     * @param range how far beyond a player's radius the strike reaches (and a player sets it off)
     * @param delay ms from a player coming in range to the strike
     */
    public record Strike(double range, double delay) {
    }

    /** Whether it pounces at its prey: a charger with a leap and no strike (the yeti). */
    public boolean pounces() {
        return leap > 0 && strike == null && charges;
    }
}
