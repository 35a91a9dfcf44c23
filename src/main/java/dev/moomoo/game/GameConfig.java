package dev.moomoo.game;

/**
 * The numbers one world runs by.
 *
 * @param tickMillis          length of a tick; movement depends on it, so the MooMoo value is 1000/9
 * @param catchUpTicks        how many late ticks are run back to back before the schedule is reset
 * @param mapSize             side of the square map
 * @param maxPlayers          living players at most; a spawn beyond it is refused
 * @param trees               natural objects placed at start, per type
 * @param inboxSize           packets a client may have waiting for the tick
 * @param packetsPerTick      packets taken from one inbox per tick
 * @param slowClientTicks     ticks a client may stay behind on its updates before it is dropped
 * @param leaderboardTicks    ticks between leaderboard updates
 * @param seed                seed of the object placement
 * @param sandbox             buildings cost nothing and group limits are the sandbox ones
 * @param animals             animals at start by kind name (as in animals.tsv); a kind left out has none
 * @param arenaX              where the bosses live (and the ring of rocks around them); NaN: the public
 *                            servers' place, (7200, 13200) of the 14,400 map, scaled to the map
 */
public record GameConfig(double tickMillis, int catchUpTicks, double mapSize, int maxPlayers,
                         int trees, int bushes, int rocks, int goldOres,
                         int inboxSize, int packetsPerTick, int slowClientTicks, int leaderboardTicks, long seed,
                         boolean sandbox, java.util.Map<String, Integer> animals,
                         double arenaX, double arenaY) {

    /** The counts public servers use (GAME-DATA.md section 5): not official, but what players know. */
    public static final java.util.Map<String, Integer> PUBLIC_SERVER_ANIMALS = java.util.Map.of("cow", 10, "pig", 10, "bull", 10,
            "bully", 2, "wolf", 15, "quack", 2, "moostafa", 1, "treasure", 1, "moofie", 1);

    public GameConfig {
        animals = java.util.Map.copyOf(animals);
    }

    public static GameConfig defaults() {
        return new GameConfig(1000.0 / 9, 5, 14_400, 100, 200, 120, 100, 30, 64, 32, 45, 27, 42, false, PUBLIC_SERVER_ANIMALS, Double.NaN, Double.NaN);
    }

    /** The bosses' home: the setting, or (7200, 13200) of the 14,400 map scaled to this one. */
    public double[] arena() {
        return Double.isNaN(arenaX) ? new double[] {mapSize * 0.5, mapSize * 13_200 / 14_400} : new double[] {arenaX, arenaY};
    }

    /** How many of an animal kind the world starts with (by its name, any case). */
    public int animalCount(String kind) {
        return animals.getOrDefault(kind.toLowerCase(java.util.Locale.ROOT), 0);
    }

    public GameConfig withAnimals(java.util.Map<String, Integer> counts) {
        return new GameConfig(tickMillis, catchUpTicks, mapSize, maxPlayers, trees, bushes, rocks, goldOres,
                inboxSize, packetsPerTick, slowClientTicks, leaderboardTicks, seed, sandbox, counts, arenaX, arenaY);
    }

    public GameConfig withObjects(int trees, int bushes, int rocks, int goldOres) {
        return new GameConfig(tickMillis, catchUpTicks, mapSize, maxPlayers, trees, bushes, rocks, goldOres,
                inboxSize, packetsPerTick, slowClientTicks, leaderboardTicks, seed, sandbox, animals, arenaX, arenaY);
    }

    public GameConfig withMapSize(double size) {
        return new GameConfig(tickMillis, catchUpTicks, size, maxPlayers, trees, bushes, rocks, goldOres,
                inboxSize, packetsPerTick, slowClientTicks, leaderboardTicks, seed, sandbox, animals, arenaX, arenaY);
    }

    public GameConfig withSandbox(boolean on) {
        return new GameConfig(tickMillis, catchUpTicks, mapSize, maxPlayers, trees, bushes, rocks, goldOres,
                inboxSize, packetsPerTick, slowClientTicks, leaderboardTicks, seed, on, animals, arenaX, arenaY);
    }

    public GameConfig withMaxPlayers(int max) {
        return new GameConfig(tickMillis, catchUpTicks, mapSize, max, trees, bushes, rocks, goldOres,
                inboxSize, packetsPerTick, slowClientTicks, leaderboardTicks, seed, sandbox, animals, arenaX, arenaY);
    }
}
