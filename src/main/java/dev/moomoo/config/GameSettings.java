package dev.moomoo.config;

import dev.moomoo.game.GameConfig;

import java.util.List;

/** The settings of the game world and its protocol, part of {@link ServerConfig#SETTINGS}. */
public final class GameSettings {
    public static final Setting<Integer> ERA = Setting.integer("era", 2, 1, 2, "packet code table: 2 for the current client, 1 for the 2018-2023 codes");
    public static final Setting<Double> TICK_MS = Setting.decimal("tick-ms", 1000.0 / 9, 10, 1000, "length of a game tick in ms (movement is tuned for 1000/9)");
    public static final Setting<Integer> CATCH_UP_TICKS = Setting.integer("catch-up-ticks", 5, 0, 100, "late ticks run back to back before the schedule resets");
    public static final Setting<Integer> MAX_PLAYERS = Setting.integer("max-players", 100, 1, 10_000, "living players per world at most");
    public static final Setting<Integer> MAP_SIZE = Setting.integer("map-size", 14_400, 500, 100_000, "side of the square map in units");
    public static final Setting<Integer> TREES = Setting.integer("trees", 200, 0, 100_000, "trees placed at start");
    public static final Setting<Integer> BUSHES = Setting.integer("bushes", 120, 0, 100_000, "bushes placed at start");
    public static final Setting<Integer> ROCKS = Setting.integer("rocks", 100, 0, 100_000, "rocks placed at start");
    public static final Setting<Integer> GOLD_ORES = Setting.integer("gold-ores", 30, 0, 100_000, "gold ores placed at start");
    public static final Setting<Integer> WORLD_SEED = Setting.integer("world-seed", 42, 0, Integer.MAX_VALUE, "seed of object placement and spawn points");
    public static final Setting<Integer> INBOX_SIZE = Setting.integer("inbox-size", 64, 4, 100_000, "packets one client may have waiting for the tick (more closes with 1008)");
    public static final Setting<Integer> PACKETS_PER_TICK = Setting.integer("packets-per-tick", 32, 1, 100_000, "packets taken from one client's inbox per tick");
    public static final Setting<Integer> SLOW_CLIENT_TICKS = Setting.integer("slow-client-ticks", 45, 1, 100_000, "ticks a client may stay behind on its updates before it is dropped");
    public static final Setting<Integer> BOTS = Setting.integer("bots", 0, 0, 5000, "bots added at start (players without a socket; see addbot)");
    public static final Setting<String> VIOLATION_POLICY = Setting.oneOf("violation-policy", "drop", "undecodable packet: drop (count, close past the limit) or close", "drop", "close");
    public static final Setting<Integer> VIOLATION_LIMIT = Setting.integer("violation-limit", 20, 0, 1_000_000, "undecodable packets a connection may send before it is closed with 1008");

    public static final Setting<Boolean> SANDBOX = Setting.bool("sandbox", false, "sandbox mode: buildings cost nothing and group limits rise to 99 (299 for mills, boosters, teleporters)");

    public static final Setting<java.util.Map<String, Integer>> ANIMALS = animals();
    public static final Setting<double[]> BOSS_ARENA = new Setting<>("boss-arena", "auto",
            "where MOOSTAFA, the treasure and MOOFIE live, in a ring of rocks: auto is (7200, 13200) of the 14,400 map, scaled",
            "auto or x,y within the map", raw -> {
                if (raw.equalsIgnoreCase("auto")) {
                    return new double[] {Double.NaN, Double.NaN};
                }
                String[] xy = raw.split(",", -1);
                if (xy.length != 2) {
                    return null;
                }
                double x = Double.parseDouble(xy[0].strip());
                double y = Double.parseDouble(xy[1].strip());
                return Double.isFinite(x) && Double.isFinite(y) && x >= 0 && y >= 0 ? new double[] {x, y} : null;
            });

    public static final List<Setting<?>> SETTINGS = List.of(ERA, TICK_MS, CATCH_UP_TICKS, MAX_PLAYERS, MAP_SIZE, TREES, BUSHES,
            ROCKS, GOLD_ORES, ANIMALS, BOSS_ARENA, WORLD_SEED, SANDBOX, INBOX_SIZE, PACKETS_PER_TICK, SLOW_CLIENT_TICKS, BOTS, VIOLATION_POLICY, VIOLATION_LIMIT);

    private GameSettings() {
    }

    /**
     * Animals at start: {@code default} (the public servers' counts), {@code none}, or {@code kind=count}
     * pairs joined by commas, each changing the default count of one kind ({@code wolf=0,cow=30}).
     */
    private static Setting<java.util.Map<String, Integer>> animals() {
        java.util.Map<String, Integer> defaults = GameConfig.PUBLIC_SERVER_ANIMALS;
        String kinds = String.join(", ", new java.util.TreeSet<>(defaults.keySet()));
        return new Setting<>("animals", "default", "animals at start: default (" + defaultCounts() + "), none, or kind=count pairs",
                "default, none, or kind=count pairs joined by commas, counts 0 to 10000 (kinds: " + kinds + ")", raw -> {
            String v = raw.toLowerCase(java.util.Locale.ROOT);
            if (v.equals("none")) {
                return java.util.Map.of();
            }
            java.util.Map<String, Integer> out = new java.util.HashMap<>(defaults);
            if (v.equals("default")) {
                return out;
            }
            for (String pair : v.split(",")) {
                String[] kv = pair.strip().split("=", -1);
                if (kv.length != 2 || !defaults.containsKey(kv[0].strip())) {
                    return null;
                }
                int n = Integer.parseInt(kv[1].strip());
                if (n < 0 || n > 10_000) {
                    return null;
                }
                out.put(kv[0].strip(), n);
            }
            return out;
        });
    }

    private static String defaultCounts() {
        java.util.Map<String, Integer> d = GameConfig.PUBLIC_SERVER_ANIMALS;
        StringBuilder b = new StringBuilder();
        for (String kind : List.of("cow", "pig", "bull", "bully", "wolf", "quack", "moostafa", "treasure", "moofie")) {
            b.append(b.isEmpty() ? "" : " ").append(d.get(kind)).append(' ').append(kind);
        }
        return b.toString();
    }

    public static GameConfig gameConfig(Settings s) {
        double[] arena = s.get(BOSS_ARENA);
        int map = s.get(MAP_SIZE);
        if (arena[0] > map || arena[1] > map) {
            throw new ConfigException("invalid value '" + (long) arena[0] + "," + (long) arena[1] + "' for setting boss-arena: expected a point within the map, 0 to " + map);
        }
        return new GameConfig(s.get(TICK_MS), s.get(CATCH_UP_TICKS), map, s.get(MAX_PLAYERS),
                s.get(TREES), s.get(BUSHES), s.get(ROCKS), s.get(GOLD_ORES),
                s.get(INBOX_SIZE), s.get(PACKETS_PER_TICK), s.get(SLOW_CLIENT_TICKS), 27, s.get(WORLD_SEED), s.get(SANDBOX), s.get(ANIMALS),
                arena[0], arena[1]);
    }
}
