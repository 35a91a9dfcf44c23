package dev.moomoo.game;

/** A player's experience and age, its unspent upgrade points and the age of the next choice, and its kills. */
final class Progress {
    static final double FIRST_MAX_XP = 300;
    static final double XP_GROWTH = 1.2;
    static final int MAX_AGE = 100;
    /** The first upgrade choice is that of age 2. */
    static final int FIRST_UPGRADE_AGE = 2;

    long xp;
    /** XP to the next age: 300, then x1.2 per age, unrounded (the client is sent it to one decimal). */
    double maxXp = FIRST_MAX_XP;
    int age = 1;
    int upgradePoints;
    int upgradeAge = FIRST_UPGRADE_AGE;
    int kills;

    void reset() {
        xp = 0;
        maxXp = FIRST_MAX_XP;
        age = 1;
        upgradePoints = 0;
        upgradeAge = FIRST_UPGRADE_AGE;
        kills = 0;
    }
}
