package dev.moomoo.game.data;

/**
 * One weapon, by the id the client knows it by.
 *
 * @param slot       0 primary, 1 secondary: also its place in the player's weapon list
 * @param age        the age at which it is an upgrade choice; 1 for the hammer held from the start
 * @param pre        the weapon id that must be held to pick it, or -1
 * @param reload     ms between uses (0: never used, the shield)
 * @param knock      knockback added to the base knockback of every hit
 * @param speed      the holder's speed multiplier
 * @param hitSlow    subtracted from the holder's speed multiplier by each melee swing
 * @param projectile the projectile index a ranged weapon shoots, or -1 for melee
 * @param shotCost   what one shot costs
 * @param recoil     the shooter's push back per shot
 * @param buildings  damage multiplier against buildings
 * @param block      melee damage multiplier while facing the hit (the shield), or 1
 * @param steal      gold taken from a player per hit
 */
public record WeaponDef(int id, String name, int slot, int age, int pre, int damage, int range, int gather,
                        int reload, double knock, double speed, double hitSlow, int projectile, Cost shotCost,
                        double recoil, double buildings, double block, int steal) {

    public boolean ranged() {
        return projectile >= 0;
    }

    public boolean shield() {
        return block < 1;
    }

    public boolean melee() {
        return !ranged() && !shield();
    }
}
