package dev.moomoo.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Command lines for a server of several worlds: each world has its {@link Commands}, which run on its
 * tick thread. A line runs in the selected world (at first the default, or in chat the admin's own),
 * unless it starts with {@code @<world>}; {@code world <name>} selects another, {@code world} lists them;
 * {@code status} without a world answers for every world, a line each. With one world, {@code help} and
 * {@code status} answer as that world's commands do.
 */
public final class WorldCommands {
    private final Map<String, Commands> byWorld;
    private volatile String selected;

    /** @param byWorld each world's commands, in the order of the worlds; {@code selected} is one of them */
    public WorldCommands(Map<String, Commands> byWorld, String selected) {
        if (!byWorld.containsKey(selected)) {
            throw new IllegalArgumentException("no world " + selected);
        }
        this.byWorld = new LinkedHashMap<>(byWorld);
        this.selected = selected;
    }

    /** The commands of the selected world: the one table every world has. */
    public Map<String, Commands.Command> table() {
        return byWorld.get(selected).table();
    }

    /** The world lines run in unless they name another. */
    public String selected() {
        return selected;
    }

    /** Runs one command line in the world it addresses; the future holds its answer. */
    public CompletableFuture<String> execute(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        String[] words = trimmed.split("\\s+", 2);
        String rest = words.length > 1 ? words[1] : "";
        if (words[0].startsWith("@")) {
            String name = words[0].substring(1);
            Commands world = byWorld.get(name);
            return world == null ? done(noWorld(name)) : world.execute(rest);
        }
        String command = words[0].toLowerCase(Locale.ROOT);
        if (command.equals("world")) {
            return done(select(rest.strip()));
        }
        if (command.equals("help") && byWorld.size() > 1) {
            return byWorld.get(selected).execute(trimmed).thenApply(help -> help + "\n" + WORLD_HELP);
        }
        if (command.equals("status") && byWorld.size() > 1) {
            return everyWorld(trimmed);
        }
        return byWorld.get(selected).execute(trimmed);
    }

    private static final String WORLD_HELP = """
            @<world> <command>  run one command in another world
            world [name]        list the worlds, or choose the one commands run in""";

    private String select(String name) {
        if (name.isEmpty()) {
            List<String> lines = new ArrayList<>();
            byWorld.forEach((n, c) -> lines.add((n.equals(selected) ? "* " : "  ") + c.worldLabel()));
            return String.join("\n", lines);
        }
        if (!byWorld.containsKey(name)) {
            return noWorld(name);
        }
        selected = name;
        return "commands now run in world " + byWorld.get(name).worldLabel();
    }

    /** The line in every world, each answer after its world's name. */
    private CompletableFuture<String> everyWorld(String line) {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        byWorld.forEach((name, c) -> answers.add(c.execute(line).thenApply(answer -> "@" + name + " " + answer)));
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenApply(all -> String.join("\n", answers.stream().map(CompletableFuture::join).toList()));
    }

    private String noWorld(String name) {
        return "no world '" + name + "' (worlds: " + String.join(", ", byWorld.keySet()) + ")";
    }

    private static CompletableFuture<String> done(String answer) {
        return CompletableFuture.completedFuture(answer);
    }
}
