package dev.moomoo.game.entity;

/** A player's experience and age, its unspent upgrade points and the age of the next choice, and its kills. */
public final class Progress {
    static final double FIRST_MAX_XP = 300;
    static final double XP_GROWTH = 1.2;
    static final int MAX_AGE = 100;
    /** The first upgrade choice is that of age 2. */
    static final int FIRST_UPGRADE_AGE = 2;

    private long xp;
    /** XP to the next age: 300, then x1.2 per age, unrounded (the client is sent it to one decimal). */
    private double maxXp = FIRST_MAX_XP;
    private int age = 1;
    private int upgradePoints;
    private int upgradeAge = FIRST_UPGRADE_AGE;
    private int kills;

    public long xp() {
        return xp;
    }

    public double maxXp() {
        return maxXp;
    }

    public int age() {
        return age;
    }

    public int upgradePoints() {
        return upgradePoints;
    }

    /** The age whose choices the next upgrade point buys. */
    public int upgradeAge() {
        return upgradeAge;
    }

    public int kills() {
        return kills;
    }

    /** Adds XP; each age reached gives an upgrade point, and XP beyond the next age is dropped. Returns whether it aged. */
    public boolean addXp(long amount) {
        xp += amount;
        boolean aged = false;
        while (xp >= maxXp && age < MAX_AGE) {
            xp = 0; // XP beyond the next age is dropped: it starts again at 0
            age++;
            maxXp = maxXp * XP_GROWTH;
            upgradePoints++;
            aged = true;
        }
        return aged;
    }

    /** An upgrade point spent on a choice of the upgrade age: the next choice is the next age's. */
    public void spendUpgradePoint() {
        upgradeAge++;
        upgradePoints--;
    }

    /** One more kill; returns how many now. */
    public int countKill() {
        return ++kills;
    }

    void reset() {
        xp = 0;
        maxXp = FIRST_MAX_XP;
        age = 1;
        upgradePoints = 0;
        upgradeAge = FIRST_UPGRADE_AGE;
        kills = 0;
    }
}
