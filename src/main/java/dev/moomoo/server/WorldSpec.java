package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.ConfigRecord;
import dev.moomoo.config.SettingParser;
import dev.moomoo.game.GameConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One world the server runs, as the setting {@code worlds} declares it: its name (also its key: the
 * v1.9 socket dials {@code /s/<name>}), the region it is listed under, its mode, the game settings it
 * runs by, its capacity ({@code max-players}) among them, and the bots it starts with.
 */
public record WorldSpec(String name, String region, WorldMode mode, GameConfig game, int bots) {
    /** The one world of a server that declares none, as before there were several. */
    public static final String DEFAULT_NAME = "main";

    /** The one world setting that is not a game setting: the bots the world starts with, as the server setting {@code bots} bounds them. */
    private static final String BOTS = "bots";
    private static final int MAX_BOTS = 5000;

    /** The settings a declaration may set for its world (README, "Several worlds"). */
    static final Set<String> WORLD_SETTINGS = Set.of("map-size", "world-seed", "trees", "bushes", "rocks", "gold-ores", "animals", BOTS);

    private static final ConfigRecord<GameConfig> GAME = ConfigRecord.of(GameConfig.class);
    private static final String NAME = "[a-z0-9][a-z0-9-]{0,31}";

    /** The key the world is dialed and listed by. */
    public String key() {
        return name;
    }

    public int capacity() {
        return game.maxPlayers();
    }

    /**
     * The worlds of the declarations ({@code name:region:mode:capacity[:setting=value]...}), each on
     * {@code base} with its own capacity, mode and seed ({@code world-seed} plus its place in the list,
     * unless it sets one); none declared: one world, {@value #DEFAULT_NAME}, exactly as {@code base} and
     * {@code region} say. {@code bots} (the server setting) go to the default world unless its declaration
     * sets {@code bots=}; any other world has the bots its declaration sets, none without. A declaration
     * that cannot be read stops the start with one line naming it.
     */
    public static List<WorldSpec> declared(List<String> declarations, GameConfig base, String region, int bots) {
        if (declarations.isEmpty()) {
            return List.of(new WorldSpec(DEFAULT_NAME, region, base.sandbox() ? WorldMode.SANDBOX : WorldMode.NORMAL, base, bots));
        }
        List<WorldSpec> worlds = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < declarations.size(); i++) {
            WorldSpec w = one(declarations.get(i), base, i, i == 0 ? bots : 0);
            if (!names.add(w.name())) {
                throw wrong(declarations.get(i), "the name " + w.name() + " is declared twice");
            }
            worlds.add(w);
        }
        return List.copyOf(worlds);
    }

    private static WorldSpec one(String declaration, GameConfig base, int index, int bots) {
        String[] fields = declaration.split(":", -1);
        if (fields.length < 4) {
            throw wrong(declaration, "expected name:region:mode:capacity, then setting=value pairs");
        }
        if (!fields[0].matches(NAME)) {
            throw wrong(declaration, "a name is 1 to 32 lower-case letters, digits and dashes");
        }
        if (!fields[1].matches(NAME) || fields[1].equals("0")) {
            throw wrong(declaration, "a region is 1 to 32 lower-case letters, digits and dashes, not 0");
        }
        WorldMode mode = WorldMode.parse(fields[2]);
        if (mode == null) {
            throw wrong(declaration, "the mode is normal or sandbox, not '" + fields[2] + "'");
        }
        Map<String, String> settings = new HashMap<>();
        settings.put("max-players", fields[3]);
        settings.put("sandbox", Boolean.toString(mode == WorldMode.SANDBOX));
        settings.put("world-seed", Long.toString(base.seed() + index));
        for (int f = 4; f < fields.length; f++) {
            String[] kv = fields[f].split("=", 2);
            if (kv.length != 2 || !WORLD_SETTINGS.contains(kv[0])) {
                throw wrong(declaration, "'" + fields[f] + "' is not one of " + String.join(", ", WORLD_SETTINGS.stream().sorted().toList()) + " =value");
            }
            if (kv[0].equals(BOTS)) {
                bots = bots(declaration, kv[1]);
            } else {
                // animal pairs are joined by + here, the commas separating the worlds
                settings.put(kv[0], kv[0].equals("animals") ? kv[1].replace('+', ',') : kv[1]);
            }
        }
        try {
            return new WorldSpec(fields[0], fields[1], mode, GAME.withSettings(base, settings), bots);
        } catch (ConfigException e) {
            throw wrong(declaration, e.getMessage().replace("setting max-players", "capacity"));
        }
    }

    private static int bots(String declaration, String value) {
        try {
            int bots = Integer.parseInt(value);
            if (bots >= 0 && bots <= MAX_BOTS) {
                return bots;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        throw wrong(declaration, "invalid value '" + value + "' for bots: expected an integer from 0 to " + MAX_BOTS);
    }

    private static ConfigException wrong(String declaration, String why) {
        return new ConfigException("invalid world '" + declaration + "' in setting worlds: " + why);
    }

    /**
     * The setting's value: the declarations, separated by commas, each of at least four fields; what the
     * fields say is checked with the game settings ({@link #declared}, from {@link ServerConfig}), so that
     * the error names the declaration.
     */
    static final class Declarations implements SettingParser<List<String>> {
        @Override
        public String allowed() {
            return "name:region:mode:capacity[:setting=value]... declarations separated by commas";
        }

        @Override
        public List<String> parse(String raw) {
            if (raw.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String d : raw.split(",", -1)) {
                if (d.split(":", -1).length < 4) {
                    return null;
                }
                out.add(d.strip());
            }
            return List.copyOf(out);
        }
    }
}
