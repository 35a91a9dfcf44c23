package dev.moomoo.admin;

import dev.moomoo.config.Columns;
import dev.moomoo.game.WorldAdmin;
import dev.moomoo.game.boss.CrabKing;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.StoreItem;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.tick.TickStats;
import dev.moomoo.gateway.PacketTrace;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The one command table of the console and of admins' chat. A line is a command name and its
 * arguments separated by spaces; each command runs on the tick thread and answers with text.
 */
public final class Commands {
    /** One command: its usage line, what it does, and its body. */
    public record Command(String name, String usage, String help, Body body) {
    }

    @FunctionalInterface
    public interface Body {
        String run(CommandArgs args, WorldAdmin world);
    }

    private final AdminContext context;
    private final Map<String, Command> table = new LinkedHashMap<>();

    public Commands(AdminContext context) {
        this.context = context;
        add("help", "help", "list the commands", (a, w) -> help());
        add("status", "status [reset]", "players, connections, tick time against its budget, memory; reset starts a new tick window", (a, w) -> {
            String line = status(w);
            if (a.size() > 0 && a.atMost(1).word(0).equals("reset")) {
                context.tickStats().resetWindow();
            } else if (a.size() > 0) {
                throw a.wrong("the only option is reset");
            }
            return line;
        });
        add("players", "players", "list the players: sid, name, address, score, position", (a, w) -> players(w));
        add("kick", "kick <sid> [reason]", "disconnect a player", this::kick);
        add("ban", "ban <sid|ip>", "ban an address (kept in the ban file) and disconnect it", this::ban);
        add("unban", "unban <ip>", "lift a ban", (a, w) -> {
            BanList.Change c = context.bans().unban(a.atMost(1).word(0));
            return (c.changed() ? "unbanned " : "not banned: ") + a.word(0) + (c.notSaved() == null ? "" : "; " + c.notSaved());
        });
        add("broadcast", "broadcast <message>", "a notice to every player", (a, w) -> {
            WorldAdmin.Audience sent = w.notice(a.rest(0));
            return "sent to " + sent.people() + " player(s) and " + sent.bots() + " bot(s)";
        });
        add("tell", "tell <sid> <message>", "a notice to one player", (a, w) -> {
            int sid = (int) a.integer(0, "sid", 1, Integer.MAX_VALUE);
            return w.tell(sid, a.rest(1)) ? "told " + sid : "no player with sid " + sid;
        });
        add("grant", "grant <sid|all> <wood|food|stone|gold> <amount>", "give resources", this::grant);
        add("spawn", "spawn <tree|bush|rock|gold> <x> <y> [scale]", "add a natural object", this::spawn);
        add("animal", "animal <kind|type> <x> <y> | animal <kind|type> at <sid>", "add an animal by name or type id, at a point or beside a player (any kind of the table, the crab and crabling included; crabking starts the Crab King's fight)", this::animal);
        add("hat", "hat <sid> <hat id|name>", "give a player a hat, the Crab Shell and others never sold included (it owns it, as after a purchase)", (a, w) -> giveStoreItem(a, w, false));
        add("accessory", "accessory <sid> <accessory id|name>", "give a player an accessory (it owns it, as after a purchase)", (a, w) -> giveStoreItem(a, w, true));
        add("scatter", "scatter <item index|all> <count>", "buildings at random points, owned in turn by the players, without the placement rules (load tests)", this::scatter);
        add("despawn", "despawn <object id>", "remove an object", (a, w) -> {
            int sid = (int) a.atMost(1).integer(0, "object id", 1, Integer.MAX_VALUE);
            return w.removeObject(sid) ? "removed object " + sid : "no object with id " + sid;
        });
        add("tp", "tp <sid|bots> <x> <y>", "move a player, or every bot to around a point (a crowd in one view)", (a, w) -> {
            a.atLeast(3).atMost(3);
            double x = a.number(1, "x");
            double y = a.number(2, "y");
            if (a.word(0).equalsIgnoreCase("bots")) {
                return "moved " + w.gatherBots(x, y) + " bots to around " + Math.round(x) + "," + Math.round(y);
            }
            int sid = (int) a.integer(0, "sid", 1, Integer.MAX_VALUE);
            return w.teleport(sid, x, y) ? "moved " + sid + " to " + Math.round(x) + "," + Math.round(y) : "no living player with sid " + sid;
        });
        add("crabking", "crabking", "start the Crab King's fight: it rises in its pool, comes back at once, or makes its next move now",
                (a, w) -> {
                    a.atMost(0);
                    return w.startCrabKing();
                });
        add("falls", "falls <sid>", "move a player to The Falls, in the secret area's gorge", (a, w) -> {
            int sid = (int) a.atLeast(1).atMost(1).integer(0, "sid", 1, Integer.MAX_VALUE);
            if (w.crabKing() == null) {
                return w.startCrabKing(); // says why the area is closed, rather than leave the player at the map's edge
            }
            return w.teleport(sid, WorldAdmin.FALLS_X, WorldAdmin.FALLS_Y) ? "moved " + sid + " to The Falls" : "no living player with sid " + sid;
        });
        add("stop", "stop [seconds]", "tell players the server restarts in that many seconds, then stop gracefully", (a, w) -> {
            int seconds = a.size() == 0 ? 0 : (int) a.atMost(1).integer(0, "seconds", 0, 3600);
            context.requestStop(seconds);
            return "stopping in " + seconds + " s";
        });
        add("addbot", "addbot <count>", "add bots: players without a socket that wander, gather and fight", (a, w) -> {
            int n = (int) a.atMost(1).integer(0, "count", 1, 5000);
            w.addBots(n);
            return "adding " + n + " bot(s), " + w.botCount() + " in all";
        });
        add("kickbot", "kickbot <count>", "remove bots", (a, w) -> {
            int n = (int) a.atMost(1).integer(0, "count", 1, 100_000);
            return "removed " + w.removeBots(n) + " bot(s), " + w.botCount() + " left";
        });
        add("build", "build [roll]", "the v1.9 page's protocol module; roll makes a new build, and pages on the old one are told to reload", this::build);
        add("trace", "trace on [player <sid>] [type <code>] [file <path>] | trace off | trace", "the packet inspector", this::trace);
        RecordCommands recording = new RecordCommands(context);
        add("record", RecordCommands.USAGE, RecordCommands.HELP, recording::record);
        add("mark", "mark <text>", "a marker on the timeline of this world's recording", recording::mark);
        ReplayCommands replays = new ReplayCommands(context);
        add("replay", ReplayCommands.REPLAY_USAGE, ReplayCommands.REPLAY_HELP, replays::replay);
        add("spectate", ReplayCommands.SPECTATE_USAGE, ReplayCommands.SPECTATE_HELP, replays::spectate);
    }

    private void add(String name, String usage, String help, Body body) {
        table.put(name, new Command(name, usage, help, body));
    }

    /** {@code answer}, handed on by this world's tick thread once it is there (an answer to one of its players is shown from there). */
    CompletableFuture<String> onTickThread(CompletableFuture<String> answer) {
        return answer.thenCompose(a -> context.world().submit(w -> a));
    }

    /** The world these commands act on, as the operator knows it. */
    public String worldLabel() {
        return context.worldLabel();
    }

    public Map<String, Command> table() {
        return Map.copyOf(table);
    }

    /**
     * Runs one command line on the tick thread; the future holds its answer, which for a wrong
     * argument or an unknown command says what was expected.
     */
    public CompletableFuture<String> execute(String line) {
        return execute(line, CONSOLE);
    }

    /** Who gives a command line when nobody else is named. */
    public static final String CONSOLE = "console";

    /** {@link #execute(String)} for {@code origin}: who gives the line ({@link CommandArgs#origin()}). */
    public CompletableFuture<String> execute(String line, String origin) {
        String trimmed = line.strip();
        if (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.isEmpty()) {
            return CompletableFuture.completedFuture("");
        }
        String[] words = trimmed.split("\\s+");
        Command command = table.get(words[0].toLowerCase(Locale.ROOT));
        if (command == null) {
            return CompletableFuture.completedFuture("unknown command '" + words[0] + "' (try help)");
        }
        CommandArgs args = new CommandArgs(command.usage(), Arrays.copyOfRange(words, 1, words.length), origin);
        return context.world().submitCommand(trimmed, w -> { // journaled: a replay runs the line again
            try {
                return command.body().run(args, w);
            } catch (UsageException e) {
                return e.getMessage();
            }
        });
    }

    private String help() {
        List<String[]> rows = new ArrayList<>();
        for (Command c : table.values()) {
            rows.add(new String[] {c.usage(), c.help()});
        }
        return Columns.format(rows, 0).stripTrailing();
    }

    private String status(WorldAdmin w) {
        TickStats.Summary t = context.tickStats().summary();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return context.pageUrl() + ": " + String.format(Locale.ROOT,
                "players %d/%d, connections %d, animals %d, tribes %d, tick avg %.2f ms p50 %.2f ms p99 %.2f ms max %.2f ms (budget %.1f ms, %d skipped), heap %d/%d MB, threads %d",
                w.livingPlayers().size(), w.config().maxPlayers(), context.connectionCount(),
                w.animals().stream().filter(Animal::present).count(), w.tribeList().size(),
                t.averageMillis(), t.p50Millis(), t.p99Millis(),
                t.maxMillis(), w.config().tickMillis(), context.tickStats().skippedTicks(), heap.getUsed() >> 20,
                heap.getMax() >> 20, Thread.activeCount());
    }

    private static String players(WorldAdmin w) {
        List<String> lines = new ArrayList<>();
        for (Client c : w.clients()) {
            Player p = w.playerOf(c);
            if (p != null) {
                lines.add(String.format(Locale.ROOT, "%d %s %s score %d %s", p.sid(), p.name(), c.address(), p.score(),
                        p.alive() ? "at " + Math.round(p.x()) + "," + Math.round(p.y()) : "dead"));
            }
        }
        return lines.isEmpty() ? "no players" : String.join("\n", lines);
    }

    private Player player(CommandArgs a, WorldAdmin w, int index) {
        int sid = (int) a.integer(index, "sid", 1, Integer.MAX_VALUE);
        Player p = w.playerBySid(sid);
        if (p == null) {
            throw a.wrong("no player with sid " + sid);
        }
        return p;
    }

    private String kick(CommandArgs a, WorldAdmin w) {
        Player p = player(a, w, 0);
        String reason = a.size() > 1 ? a.rest(1) : "kicked by an admin";
        w.kick(p.client(), DisconnectReason.KICKED, reason);
        return "kicked " + p.sid() + " (" + p.name() + ")";
    }

    private String ban(CommandArgs a, WorldAdmin w) {
        String target = a.atMost(1).word(0);
        String address;
        if (target.chars().allMatch(Character::isDigit)) {
            address = player(a, w, 0).client().address();
        } else if (target.matches("[0-9a-fA-F:.]+")) {
            address = target;
        } else {
            throw a.wrong("'" + target + "' is neither a sid nor an IP address");
        }
        BanList.Change c = context.bans().ban(address);
        int cut = context.disconnectAddress(address, "banned");
        return (c.changed() ? "banned " : "already banned: ") + address + ", " + cut + " connection(s) closed"
                + (c.notSaved() == null ? "" : "; " + c.notSaved());
    }

    private String grant(CommandArgs a, WorldAdmin w) {
        a.atLeast(3).atMost(3);
        Resource r = Resource.parse(a.word(1));
        if (r == null) {
            throw a.wrong("resource must be wood, food, stone or gold, not '" + a.word(1) + "'");
        }
        long amount = a.integer(2, "amount", -1_000_000_000, 1_000_000_000);
        if (a.word(0).equalsIgnoreCase("all")) {
            return "granted " + amount + " " + a.word(1) + " to " + w.grantAll(r, amount) + " player(s)";
        }
        Player p = player(a, w, 0);
        return w.grant(p.sid(), r, amount) ? "granted " + amount + " " + a.word(1) + " to " + p.sid() : "player " + p.sid() + " is not alive";
    }

    private String spawn(CommandArgs a, WorldAdmin w) {
        a.atLeast(3).atMost(4);
        ObjectType type = ObjectType.parse(a.word(0));
        if (type == null) {
            throw a.wrong("type must be tree, bush, rock or gold, not '" + a.word(0) + "'");
        }
        double size = w.config().mapSize();
        double x = a.number(1, "x");
        double y = a.number(2, "y");
        if (x < 0 || y < 0 || x > size || y > size) {
            throw a.wrong("x and y must be within the map, 0 to " + (long) size);
        }
        int scale = a.size() > 3 ? (int) a.integer(3, "scale", 10, 500) : type.scale(0);
        WorldObject o = w.spawnObject(type, x, y, scale);
        return "spawned " + type.name().toLowerCase(Locale.ROOT) + " " + o.sid() + " at " + Math.round(x) + "," + Math.round(y);
    }

    private String animal(CommandArgs a, WorldAdmin w) {
        a.atLeast(3).atMost(3);
        AnimalKind kind = w.data().animal(a.word(0));
        if (kind == null && a.word(0).matches("\\d{1,3}")) {
            kind = w.data().animal(Integer.parseInt(a.word(0)));
        }
        if (kind == null) {
            throw a.wrong("kind must be one of " + String.join(", ", w.data().animals().stream()
                    .map(k -> k.name().toLowerCase(Locale.ROOT) + " (" + k.id() + ")").toList()) + ", not '" + a.word(0) + "'");
        }
        if (kind.id() == CrabKing.TYPE) {
            return w.startCrabKing(); // one King, in its pool, fighting by its own rules
        }
        double x;
        double y;
        if (a.word(1).equalsIgnoreCase("at")) {
            int sid = (int) a.integer(2, "sid", 1, Integer.MAX_VALUE);
            Player p = w.playerBySid(sid);
            if (p == null || !p.alive()) {
                return "no living player with sid " + sid;
            }
            // beside the player, not on it: a charger would hurt it at once
            x = p.x() + Player.SCALE + kind.scale() + 100;
            y = p.y();
        } else {
            double size = w.config().mapSize();
            x = a.number(1, "x");
            y = a.number(2, "y");
            if (x < 0 || y < 0 || x > size || y > size) {
                throw a.wrong("x and y must be within the map, 0 to " + (long) size);
            }
        }
        Animal animal = w.spawnAnimal(kind.id(), x, y);
        return "added " + kind.name().toLowerCase(Locale.ROOT) + " " + animal.sid() + " at " + Math.round(animal.x()) + "," + Math.round(animal.y());
    }

    private String giveStoreItem(CommandArgs a, WorldAdmin w, boolean accessory) {
        a.atLeast(2);
        int sid = (int) a.integer(0, "sid", 1, Integer.MAX_VALUE);
        String wanted = a.rest(1);
        StoreItem item = w.data().store().stream()
                .filter(s -> s.kind().accessory() == accessory && (s.name().equalsIgnoreCase(wanted) || Integer.toString(s.id()).equals(wanted)))
                .findFirst().orElse(null);
        String what = accessory ? "accessory" : "hat";
        if (item == null || item.neverWorn()) {
            throw a.wrong("no " + what + " '" + wanted + "' that can be worn (see the store table)");
        }
        return w.giveStoreItem(sid, item) ? "gave " + item.name() + " (" + what + " " + item.id() + ") to " + sid : "no player with sid " + sid;
    }

    private String scatter(CommandArgs a, WorldAdmin w) {
        a.atLeast(2).atMost(2);
        int count = (int) a.integer(1, "count", 1, 1_000_000);
        List<Integer> items = new ArrayList<>();
        if (a.word(0).equalsIgnoreCase("all")) {
            w.data().items().stream().filter(i -> !i.isFood()).forEach(i -> items.add(i.index()));
        } else {
            int index = (int) a.integer(0, "item index", 0, w.data().items().size() - 1);
            if (w.data().item(index).isFood()) {
                throw a.wrong("item " + index + " (" + w.data().item(index).name() + ") is food: it is eaten, not built");
            }
            items.add(index);
        }
        if (w.livingPlayers().isEmpty()) {
            return "no living player to own them";
        }
        int placed = 0;
        for (int k = 0; k < items.size(); k++) {
            int share = count / items.size() + (k < count % items.size() ? 1 : 0);
            placed += w.scatterBuildings(items.get(k), share, w.tickCount() * 31 + k);
        }
        return "scattered " + placed + " building(s) of " + items.size() + " kind(s)";
    }

    private String build(CommandArgs a, WorldAdmin w) {
        if (a.size() == 0) {
            return "serving " + context.build();
        }
        if (!a.atMost(1).word(0).equalsIgnoreCase("roll")) {
            throw a.wrong("the only option is roll");
        }
        String old = context.build().buildId();
        try {
            return "rolled: now " + context.rollBuild() + "; pages on build " + old + " are told to reload";
        } catch (IOException e) {
            return "not rolled, still " + context.build() + ": " + e.getMessage();
        }
    }

    private String trace(CommandArgs a, WorldAdmin w) {
        PacketTrace trace = context.trace();
        if (a.size() == 0) {
            return "trace " + trace.describe();
        }
        switch (a.word(0).toLowerCase(Locale.ROOT)) {
            case "off" -> {
                // the writer finishes on a thread of its own: the tick does not wait for the file
                String was = trace.stop();
                return was == null ? "trace off" : "trace off; the rest of what it saw is written to " + was + " within "
                        + PacketTrace.STOP_BOUND.toSeconds() + " s";
            }
            case "on" -> {
                String connection = null;
                String code = null;
                Path file = null;
                for (int i = 1; i < a.size(); i += 2) {
                    String key = a.word(i).toLowerCase(Locale.ROOT);
                    switch (key) {
                        case "player" -> connection = player(a, w, i + 1).client().id();
                        case "type" -> code = a.word(i + 1);
                        case "file" -> file = Path.of(a.word(i + 1));
                        default -> throw a.wrong("unknown option '" + key + "'");
                    }
                }
                String world = context.world().name();
                // a player is followed by its key, so that the trace goes on when it reconnects
                PacketTrace.Filter filter = connection == null ? new PacketTrace.Filter(world, null, null, code)
                        : trace.following(world, connection, code);
                trace.start(filter, file); // the file is opened on the trace's own thread, never the tick's
                return "trace on: " + trace.describe() + (file == null ? "" : " (the file is opened apart: `trace` says if it could not be)");
            }
            default -> throw a.wrong("first word must be on or off");
        }
    }
}
