package dev.moomoo.game;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.ConfigRecord;
import dev.moomoo.config.Setting;
import dev.moomoo.config.SettingParser;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.Habitat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The numbers one world runs by, each component a setting declared where it is (see {@link Setting}:
 * a new setting is a new component with its {@code @Setting}). The server lists them in its own
 * {@code ServerConfig}, in this order.
 *
 * @param tickMillis movement depends on it, so the MooMoo value is 1000/9
 * @param animals    by kind name (as in animals.tsv); a kind left out has none
 * @param habitats   where a kind lives, by kind name, where it differs from animals.tsv's {@code lives}
 * @param bossArena  {@link Point#AUTO} (NaN): the public servers' place, scaled to the map ({@link #arena()})
 */
public record GameConfig(
        @Setting(name = "tick-ms", defaultValue = "" + 1000.0 / 9, min = 10, max = 1000,
                description = "length of a game tick in ms (movement is tuned for 1000/9)")
        double tickMillis,
        @Setting(name = "catch-up-ticks", defaultValue = "5", min = 0, max = 100,
                description = "late ticks run back to back before the schedule resets")
        int catchUpTicks,
        @Setting(name = "max-players", defaultValue = "100", min = 1, max = 10_000,
                description = "living players per world at most")
        int maxPlayers,
        @Setting(name = "map-size", defaultValue = "14400", min = 500, max = 100_000, readAs = int.class,
                description = "side of the square map in units")
        double mapSize,
        @Setting(name = "trees", defaultValue = "200", min = 0, max = 100_000, description = "trees placed at start")
        int trees,
        @Setting(name = "bushes", defaultValue = "120", min = 0, max = 100_000, description = "bushes placed at start")
        int bushes,
        @Setting(name = "rocks", defaultValue = "100", min = 0, max = 100_000, description = "rocks placed at start")
        int rocks,
        @Setting(name = "gold-ores", defaultValue = "30", min = 0, max = 100_000, description = "gold ores placed at start")
        int goldOres,
        @Setting(name = "animals", defaultValue = "default", parser = AnimalCounts.class,
                description = "animals at start: default (%s), none, or kind=count pairs")
        Map<String, Integer> animals,
        @Setting(name = "animal-habitats", defaultValue = "default", parser = AnimalHabitats.class,
                description = "where animals live (reconstructed for boar, yeti, sheep): default (the animal table's), or kind=anywhere|grassland|snow pairs")
        Map<String, Habitat> habitats,
        @Setting(name = "pounce-reach", defaultValue = "250", min = 0, max = 5000,
                description = "a leaping charger (the yeti) pounces at its prey when this close to it, edge to edge (reconstructed)")
        double pounceReach,
        @Setting(name = "pounce-cooldown-ms", defaultValue = "4000", min = 100, max = 600_000,
                description = "ms between a leaping charger's pounces (reconstructed)")
        double pounceCooldownMillis,
        @Setting(name = "boss-arena", defaultValue = "auto", parser = BossArena.class,
                description = "where MOOSTAFA, the treasure and MOOFIE live, in a ring of rocks: auto is (7200, 13200) of the 14,400 map, scaled")
        Point bossArena,
        @Setting(name = "thorns-heal", defaultValue = "3", min = 0, max = 100,
                description = "health the Thorns accessory heals per hit on a player (reconstructed: its description says a little)")
        double thornsHeal,
        @Setting(name = "bleed-damage", defaultValue = "5", min = 0, max = 100,
                description = "damage a second of the Devils Tail's 2 s bleeding (reconstructed: its description gives no size)")
        double bleedDamage,
        @Setting(name = "members-only-variants", defaultValue = "everyone", oneOf = {"everyone", "nobody"},
                description = "who reaches the weapon variants the client marks members-only (emerald): everyone (reconstructed: this server has no members) or nobody")
        String membersOnlyVariants,
        @Setting(name = "world-seed", defaultValue = "42", min = 0, max = Integer.MAX_VALUE,
                description = "seed of object placement and spawn points")
        long seed,
        @Setting(name = "sandbox", defaultValue = "false",
                description = "sandbox mode: buildings cost nothing and group limits rise to 99 (299 for mills, boosters, teleporters)")
        boolean sandbox,
        @Setting(name = "inbox-size", defaultValue = "64", min = 4, max = 100_000,
                description = "packets one client may have waiting for the tick (more closes with 1008)")
        int inboxSize,
        @Setting(name = "packets-per-tick", defaultValue = "32", min = 1, max = 100_000,
                description = "packets taken from one client's inbox per tick")
        int packetsPerTick,
        @Setting(name = "slow-client-ticks", defaultValue = "45", min = 1, max = 100_000,
                description = "ticks a client may stay behind on its updates before it is dropped")
        int slowClientTicks,
        @Setting(name = "secret-area", defaultValue = "true",
                description = "the secret area west of the map (gorge and pools, where the v1.9 client draws it; only on the 14,400 map)")
        boolean secretArea,
        @Setting(name = "crab-king", defaultValue = "true",
                description = "the Crab King lives in the secret area's largest pool (needs secret-area)")
        boolean crabKing,
        @Setting(name = "crab-king-respawn-ms", defaultValue = "600000", min = 0, max = 86_400_000,
                description = "ms the Crab King stays away after its death (reconstructed)")
        double crabKingRespawnMillis,
        @Setting(name = "crab-shell-share", defaultValue = "0.05", min = 0, max = 1,
                description = "share of the Crab King's health a player must have taken to be given the Crab Shell (reconstructed)")
        double crabShellShare) {

    /** The counts public servers use (src/site/rules.md#animals): not official, but what players know. */
    public static final Map<String, Integer> PUBLIC_SERVER_ANIMALS = Map.of("cow", 10, "pig", 10, "bull", 10,
            "bully", 2, "wolf", 15, "quack", 2, "moostafa", 1, "treasure", 1, "moofie", 1);
    /**
     * The counts of the kinds the v1.9 client added (src/site/rules.md#animals): reconstructed, since only the
     * server decides them. The crab and the crabling are the console's only.
     */
    public static final Map<String, Integer> RECONSTRUCTED_ANIMALS = Map.of("boar", 6, "yeti", 2, "sheep", 8);
    /** Every kind the world places at start, and how many by default. */
    public static final Map<String, Integer> DEFAULT_ANIMALS = defaultAnimals();
    /** The order kinds are listed in, in words. */
    private static final List<String> LISTED = List.of("cow", "pig", "sheep", "bull", "bully", "wolf", "quack", "boar", "yeti",
            "moostafa", "treasure", "moofie");

    /** Ticks between leaderboard updates: fixed, not a setting. */
    private static final int LEADERBOARD_TICKS = 27;

    private static final ConfigRecord<GameConfig> DECLARED = ConfigRecord.of(GameConfig.class);
    private static final GameConfig DEFAULTS = DECLARED.defaults();

    /** A point of the map; {@link #AUTO} (NaN) where the setting lets the server choose. */
    public record Point(double x, double y) {
        public static final Point AUTO = new Point(Double.NaN, Double.NaN);
    }

    private static Map<String, Integer> defaultAnimals() {
        Map<String, Integer> all = new HashMap<>(PUBLIC_SERVER_ANIMALS);
        all.putAll(RECONSTRUCTED_ANIMALS);
        return Map.copyOf(all);
    }

    public GameConfig {
        animals = Map.copyOf(animals);
        habitats = Map.copyOf(habitats);
        if (bossArena.x() > mapSize || bossArena.y() > mapSize) { // AUTO (NaN) is never beyond
            throw new ConfigException("invalid value '" + (long) bossArena.x() + "," + (long) bossArena.y()
                    + "' for setting boss-arena: expected a point within the map, 0 to " + (long) mapSize);
        }
    }

    /** Every setting's default. */
    public static GameConfig defaults() {
        return DEFAULTS;
    }

    public int leaderboardTicks() {
        return LEADERBOARD_TICKS;
    }

    public double arenaX() {
        return bossArena.x();
    }

    public double arenaY() {
        return bossArena.y();
    }

    /** The bosses' home: the setting, or (7200, 13200) of the 14,400 map scaled to this one. */
    public double[] arena() {
        return Double.isNaN(bossArena.x()) ? new double[] {mapSize * 0.5, mapSize * 13_200 / 14_400} : new double[] {bossArena.x(), bossArena.y()};
    }

    /** How many of an animal kind the world starts with (by its name, any case). */
    public int animalCount(String kind) {
        return animals.getOrDefault(kind.toLowerCase(Locale.ROOT), 0);
    }

    /** Where a kind lives in this world: the setting's, else the table's. */
    public Habitat habitatOf(AnimalKind kind) {
        return habitats.getOrDefault(kind.name().toLowerCase(Locale.ROOT), kind.lives());
    }

    public GameConfig withAnimals(Map<String, Integer> counts) {
        return with(Map.of("animals", counts));
    }

    public GameConfig withHabitats(Map<String, Habitat> habitats) {
        return with(Map.of("habitats", habitats));
    }

    public GameConfig withObjects(int trees, int bushes, int rocks, int goldOres) {
        return with(Map.of("trees", trees, "bushes", bushes, "rocks", rocks, "goldOres", goldOres));
    }

    public GameConfig withMapSize(double size) {
        return with(Map.of("mapSize", size));
    }

    public GameConfig withSandbox(boolean on) {
        return with(Map.of("sandbox", on));
    }

    public GameConfig withMembersOnlyVariants(String who) {
        return with(Map.of("membersOnlyVariants", who));
    }

    public GameConfig withSecretArea(boolean open, boolean crabKing) {
        return with(Map.of("secretArea", open, "crabKing", crabKing));
    }

    public GameConfig withCrabKingRespawn(double millis) {
        return with(Map.of("crabKingRespawnMillis", millis));
    }

    public GameConfig withMaxPlayers(int max) {
        return with(Map.of("maxPlayers", max));
    }

    public GameConfig withSeed(long seed) {
        return with(Map.of("seed", seed));
    }

    private GameConfig with(Map<String, ?> changes) {
        return DECLARED.with(this, changes);
    }

    /**
     * Animals at start: {@code default} (the public servers' counts), {@code none}, or {@code kind=count}
     * pairs joined by commas, each changing the default count of one kind ({@code wolf=0,cow=30}).
     */
    private static final class AnimalCounts implements SettingParser<Map<String, Integer>> {
        @Override
        public String allowed() {
            return "default, none, or kind=count pairs joined by commas, counts 0 to 10000 (kinds: "
                    + String.join(", ", new TreeSet<>(DEFAULT_ANIMALS.keySet())) + ")";
        }

        @Override
        public String description(String declared) {
            StringBuilder counts = new StringBuilder();
            for (String kind : LISTED) {
                counts.append(counts.isEmpty() ? "" : " ").append(DEFAULT_ANIMALS.get(kind)).append(' ').append(kind);
            }
            return declared.formatted(counts);
        }

        @Override
        public Map<String, Integer> parse(String raw) {
            String v = raw.toLowerCase(Locale.ROOT);
            if (v.equals("none")) {
                return Map.of();
            }
            Map<String, Integer> out = new HashMap<>(DEFAULT_ANIMALS);
            if (v.equals("default")) {
                return out;
            }
            for (String pair : v.split(",")) {
                String[] kv = pair.strip().split("=", -1);
                if (kv.length != 2 || !DEFAULT_ANIMALS.containsKey(kv[0].strip())) {
                    return null;
                }
                int n = Integer.parseInt(kv[1].strip());
                if (n < 0 || n > 10_000) {
                    return null;
                }
                out.put(kv[0].strip(), n);
            }
            return out;
        }
    }

    /**
     * Where animals live: {@code default} (the animal table's {@code lives}), or {@code kind=habitat}
     * pairs joined by commas ({@code boar=anywhere,yeti=snow}), for the kinds the world places that do
     * not live at the arena.
     */
    private static final class AnimalHabitats implements SettingParser<Map<String, Habitat>> {
        private static final List<String> KINDS = List.of("cow", "pig", "sheep", "bull", "bully", "wolf", "quack", "boar", "yeti");

        @Override
        public String allowed() {
            return "default, or kind=anywhere|grassland|snow pairs joined by commas (kinds: " + String.join(", ", KINDS) + ")";
        }

        @Override
        public Map<String, Habitat> parse(String raw) {
            String v = raw.toLowerCase(Locale.ROOT);
            if (v.equals("default")) {
                return Map.of();
            }
            Map<String, Habitat> out = new HashMap<>();
            for (String pair : v.split(",")) {
                String[] kv = pair.strip().split("=", -1);
                Habitat h = kv.length == 2 ? Habitat.of(kv[1]) : null;
                if (h == null || !KINDS.contains(kv[0].strip()) || h == Habitat.ARENA || h == Habitat.NONE) {
                    return null;
                }
                out.put(kv[0].strip(), h);
            }
            return out;
        }
    }

    /** {@code auto} or {@code x,y}; that the point is within the map is checked with the map's size. */
    private static final class BossArena implements SettingParser<Point> {
        @Override
        public String allowed() {
            return "auto or x,y within the map";
        }

        @Override
        public Point parse(String raw) {
            if (raw.equalsIgnoreCase("auto")) {
                return Point.AUTO;
            }
            String[] xy = raw.split(",", -1);
            if (xy.length != 2) {
                return null;
            }
            double x = Double.parseDouble(xy[0].strip());
            double y = Double.parseDouble(xy[1].strip());
            return Double.isFinite(x) && Double.isFinite(y) && x >= 0 && y >= 0 ? new Point(x, y) : null;
        }
    }
}
