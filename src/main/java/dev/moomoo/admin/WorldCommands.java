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
 * unless it starts with {@code @<world>}; {@code world <name>} selects another (at the console only: in chat
 * every admin of a world shares these commands), {@code world} lists them;
 * {@code status} without a world answers for every world, a line each. With one world, {@code help} and
 * {@code status} answer as that world's commands do.
 */
public final class WorldCommands {
    private final Map<String, Commands> byWorld;
    /** The world whose tick thread hands the answers on, or null when any thread may (the console). */
    private final Commands home;
    private volatile String selected;

    private WorldCommands(Map<String, Commands> byWorld, String selected, boolean answersAtHome) {
        if (!byWorld.containsKey(selected)) {
            throw new IllegalArgumentException("no world " + selected);
        }
        this.byWorld = new LinkedHashMap<>(byWorld);
        this.selected = selected;
        this.home = answersAtHome ? byWorld.get(selected) : null;
    }

    /** The console's: lines run in {@code selected} (the default world) until another is selected. @param byWorld each world's commands, in the order of the worlds */
    public static WorldCommands console(Map<String, Commands> byWorld, String selected) {
        return new WorldCommands(byWorld, selected, false);
    }

    /**
     * The chat's of the world {@code own}: lines run there unless they name another, and every answer is
     * handed on by {@code own}'s tick thread, which alone may show it to the admin.
     */
    public static WorldCommands chat(Map<String, Commands> byWorld, String own) {
        return new WorldCommands(byWorld, own, true);
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
        return execute(line, Commands.CONSOLE);
    }

    /** {@link #execute(String)} for {@code origin}: who gives the line (the console, or an admin in chat). */
    public CompletableFuture<String> execute(String line, String origin) {
        String trimmed = line.strip();
        if (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        String[] words = trimmed.split("\\s+", 2);
        String rest = words.length > 1 ? words[1] : "";
        if (words[0].startsWith("@")) {
            String name = words[0].substring(1);
            Commands world = byWorld.get(name);
            return world == null ? done(noWorld(name)) : in(world, rest, origin);
        }
        String command = words[0].toLowerCase(Locale.ROOT);
        if (command.equals("world")) {
            return done(select(rest.strip()));
        }
        if (command.equals("help") && byWorld.size() > 1) {
            return in(byWorld.get(selected), trimmed, origin).thenApply(help -> help + "\n" + WORLD_HELP);
        }
        if (command.equals("status") && byWorld.size() > 1) {
            return everyWorld(trimmed);
        }
        return in(byWorld.get(selected), trimmed, origin);
    }

    /** The line run by {@code world}'s commands, its answer handed on by the home world's thread when there is one. */
    private CompletableFuture<String> in(Commands world, String line, String origin) {
        CompletableFuture<String> answer = world.execute(line, origin);
        return home == null || world == home ? answer : home.onTickThread(answer);
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
        if (home != null) {
            // one chat table serves every admin of a world: a choice kept here would move the others' commands too
            return "in chat, name another world for each line: @" + name + " <command>";
        }
        selected = name;
        return "commands now run in world " + byWorld.get(name).worldLabel();
    }

    /** The line in every world, each answer after its world's name. */
    private CompletableFuture<String> everyWorld(String line) {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        byWorld.forEach((name, c) -> answers.add(c.execute(line).thenApply(answer -> "@" + name + " " + answer)));
        CompletableFuture<String> all = CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                .thenApply(done -> String.join("\n", answers.stream().map(CompletableFuture::join).toList()));
        return home == null ? all : home.onTickThread(all);
    }

    private String noWorld(String name) {
        return "no world '" + name + "' (worlds: " + String.join(", ", byWorld.keySet()) + ")";
    }

    private static CompletableFuture<String> done(String answer) {
        return CompletableFuture.completedFuture(answer);
    }
}
