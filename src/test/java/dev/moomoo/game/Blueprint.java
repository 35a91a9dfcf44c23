package dev.moomoo.game;

/**
 * A building the tests put up, with the cost the sheet gives it (src/site/rules.md#items-and-buildings),
 * typed here rather than read from the tables so that a wrong table row fails the tests that build it.
 *
 * @param index the item's index on the action bar
 */
record Blueprint(String name, int index, int wood, int food, int stone) {
    static final Blueprint WOOD_WALL = new Blueprint("wood wall", 3, 10, 0, 0);
    static final Blueprint STONE_WALL = new Blueprint("stone wall", 4, 0, 0, 25);
    static final Blueprint SPIKES = new Blueprint("spikes", 6, 20, 0, 5);
    static final Blueprint POISON_SPIKES = new Blueprint("poison spikes", 8, 35, 0, 15);
    static final Blueprint WINDMILL = new Blueprint("windmill", 10, 50, 0, 10);
    static final Blueprint MINE = new Blueprint("mine", 13, 20, 0, 100);
    static final Blueprint PIT_TRAP = new Blueprint("pit trap", 15, 30, 0, 30);
    static final Blueprint BOOST_PAD = new Blueprint("boost pad", 16, 5, 0, 20);
    static final Blueprint TURRET = new Blueprint("turret", 17, 200, 0, 150);
    static final Blueprint PLATFORM = new Blueprint("platform", 18, 20, 0, 0);
    static final Blueprint HEALING_PAD = new Blueprint("healing pad", 19, 30, 10, 0);
    static final Blueprint SPAWN_PAD = new Blueprint("spawn pad", 20, 100, 0, 100);
    static final Blueprint BLOCKER = new Blueprint("blocker", 21, 30, 0, 25);
    static final Blueprint TELEPORTER = new Blueprint("teleporter", 22, 60, 0, 60);
}
