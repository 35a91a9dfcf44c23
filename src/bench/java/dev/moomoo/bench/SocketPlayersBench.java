package dev.moomoo.bench;

import dev.moomoo.game.data.GameData;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.server.GameServer;
import dev.moomoo.tools.LoadGenerator;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Active players over real sockets: for each N, starts the runtime image, lets the load generator play
 * N connections from this process for the given seconds, then reads the server's tick statistics of the
 * second half of the run from its console and its CPU time from /proc. Prints tick p50/p99/max, server
 * CPU per tick (all threads: tick, readers, writers) and bytes received per player per second, and for
 * the tick thread alone, over the second half: its CPU time, its time runnable but waiting for a core, and
 * how often the kernel switched it out involuntarily, per tick (from /proc/&lt;pid&gt;/task/&lt;tid&gt;).
 * Memory as an operator sees it, with no forced GC: the server's VmRSS at rest (started, no player),
 * the highest VmRSS sampled once a second over the second half, and their difference per player.
 * JVM options for the server can be given in {@code MOOMOO_JAVA_OPTS} (the launcher passes them on).
 *
 * <p>{@code clients=v18,v19} plays each N with each kind of client in turn, a fresh server each: {@code v18}
 * the v1.8 client's plain frames on {@code /}, {@code v19} v1.9 pages keyed in the pinned mode (signed and
 * masked frames, the build module kept in a state directory of the run's own), and prints the v1.9 run's
 * server CPU against the v1.8 run's.
 *
 * <pre>{@code mvn -q test-compile exec:exec@bench -Dbench=SocketPlayersBench -Dbench.args="target/image 30 100 500 1000 2000"}
 * {@code mvn -q test-compile exec:exec@bench -Dbench=SocketPlayersBench -Dbench.args="target/image 60 1000 clients=v18,v19"}</pre>
 */
public final class SocketPlayersBench {
    private static final String TICK_THREAD = "tick-main";
    private static final Pattern TICKS = Pattern.compile("p50 ([0-9.]+) ms p99 ([0-9.]+) ms max ([0-9.]+) ms");

    private SocketPlayersBench() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        // Optional, after the player counts: buildings=N turrets=T map=S (buildings of every kind scattered
        // once the players are in, without the placement rules, on a map of side S)
        Map<String, Integer> extra = new HashMap<>();
        List<Integer> counts = new ArrayList<>();
        List<String> clients = List.of("v18");
        for (int a = 2; a < args.length; a++) {
            String[] kv = args[a].split("=", 2);
            if (kv.length == 2 && kv[0].equals("clients")) {
                clients = List.of(kv[1].split(","));
            } else if (kv.length == 2) {
                extra.put(kv[0], Integer.parseInt(kv[1]));
            } else {
                counts.add(Integer.parseInt(args[a]));
            }
        }
        int buildings = extra.getOrDefault("buildings", 0);
        int turrets = extra.getOrDefault("turrets", 0);
        int map = extra.getOrDefault("map", 14_400);
        if (buildings > 0) {
            System.out.printf("%d buildings (%d turrets) scattered without the placement rules once the players are in, on a %d x %d map (the default is 14400)%n",
                    buildings, turrets, map, map);
        }
        System.out.printf("%6s %8s %8s %8s %8s %19s %16s %18s %18s %15s %12s %12s %14s%n", "client", "players", "p50 ms", "p99 ms", "max ms",
                "server cpu ms/tick", "bytes/player/s", "tick cpu ms/tick", "tick wait ms/tick", "preempted/tick", "rss rest MB", "rss N MB",
                "rss KB/player");
        Map<String, Double> cpuPerTick = new HashMap<>();
        int run = 0;
        for (int n : counts) {
            for (String client : clients) {
                int port = 3902 + run++;
                cpuPerTick.put(client + " " + n, play(image, port, n, client, seconds, buildings, turrets, map));
            }
            if (cpuPerTick.containsKey("v18 " + n) && cpuPerTick.containsKey("v19 " + n)) {
                System.out.printf(Locale.ROOT, "%d players: v1.9 uses %.2fx the server CPU of v1.8 (goal: at most 1.3x)%n", n,
                        cpuPerTick.get("v19 " + n) / cpuPerTick.get("v18 " + n));
            }
        }
    }

    /** One run of {@code n} players of {@code client} on a fresh server; prints its row and returns the server's CPU per tick. */
    private static double play(Path image, int port, int n, String client, int seconds, int buildings, int turrets, int map) throws Exception {
        boolean v19 = client.equals("v19");
        if (!v19 && !client.equals("v18")) {
            throw new IllegalArgumentException("clients are v18 and v19, not " + client);
        }
        Path state = Files.createTempDirectory("socket-players-bench");
        Path buildFile = state.resolve("build-module.txt" /* the setting build-module-file by default */);
        new BuildModuleFile(buildFile).loadOrCreate(new SecureRandom());
        List<String> loadArgs = new ArrayList<>(List.of("--mode", "active", "--connections", Integer.toString(n),
                "--seconds", Integer.toString(seconds), "--port", Integer.toString(port), "--sources", "8", "--rate", "500"));
        if (v19) {
            loadArgs.addAll(List.of("--client", "v19", "--build-file", buildFile.toString()));
        }
        try (ServerProcess server = new ServerProcess(image, port, "--max-players=" + (n + 10), "--max-connections-per-ip=" + (n + 10),
                "--max-handshakes-per-ip=1000", "--map-size=" + map, "--state-dir=" + state);
             Closeable cleanUp = () -> {
                 Files.deleteIfExists(buildFile);
                 Files.deleteIfExists(state);
             }) {
            LoadGenerator load = LoadGenerator.of(loadArgs.toArray(String[]::new));
            ServerProcess.ThreadSchedule[] tickThread = new ServerProcess.ThreadSchedule[1];
            long[] tickThreadSince = new long[1];
            long rssRest = server.rssBytes();
            long[] rssPeak = new long[1];
            Thread measure = Thread.ofPlatform().start(() -> {
                try {
                    if (buildings > 0) {
                        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 4); // every player is in: they own the buildings
                        GameData data = GameData.standard();
                        List<Integer> kinds = StructuresBench.kinds(data);
                        int others = buildings - turrets;
                        for (int k = 0; k < kinds.size(); k++) {
                            int share = others / kinds.size() + (k < others % kinds.size() ? 1 : 0);
                            server.command("scatter " + kinds.get(k) + " " + share, "scattered");
                        }
                        server.command("scatter " + StructuresBench.turretIndex(data) + " " + turrets, "scattered");
                        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 4);
                    } else {
                        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2); // the second half, when every player is in
                    }
                    server.status("status reset");
                    tickThread[0] = server.threadSchedule(TICK_THREAD);
                    tickThreadSince[0] = System.nanoTime();
                    // RSS once a second until a second before the players leave
                    for (int s = seconds / 2; s < seconds - 1; s++) {
                        rssPeak[0] = Math.max(rssPeak[0], server.rssBytes());
                        Thread.sleep(1000);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long cpuStart = server.cpuMillis();
            long start = System.nanoTime();
            load.run(new PrintStream(new ByteArrayOutputStream()));
            measure.join();
            double elapsed = (System.nanoTime() - start) / 1e9;
            String status = server.status("status");
            ServerProcess.ThreadSchedule tick = server.threadSchedule(TICK_THREAD).minus(tickThread[0]);
            double ticks = (System.nanoTime() - tickThreadSince[0]) / 1e9 * 9;
            long cpu = server.cpuMillis() - cpuStart;
            Matcher m = TICKS.matcher(status);
            if (!m.find()) {
                throw new IllegalStateException("no tick figures in: " + status);
            }
            double cpuPerTick = cpu / (elapsed * 9);
            System.out.printf(Locale.ROOT, "%6s %8d %8s %8s %8s %19.2f %16.0f %18.2f %18.2f %15.1f %12.1f %12.1f %14.1f%n", client, n, m.group(1),
                    m.group(2), m.group(3), cpuPerTick, load.bytesIn() / (double) n / elapsed,
                    tick.cpuNanos() / 1e6 / ticks, tick.waitNanos() / 1e6 / ticks, tick.preempted() / ticks,
                    rssRest / 1048576.0, rssPeak[0] / 1048576.0, (rssPeak[0] - rssRest) / 1024.0 / n);
            return cpuPerTick;
        }
    }
}
