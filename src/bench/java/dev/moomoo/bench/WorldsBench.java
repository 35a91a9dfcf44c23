package dev.moomoo.bench;

import dev.moomoo.tools.LoadGenerator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How many worlds of the full game one process holds: for each count K, starts K worlds, plays
 * {@code players} load-generator connections (spawn, move, aim, swing, chat) in each, and over the second
 * half of the run reads every world's tick p99 and rate, the CPU time of the process(es), their RSS and
 * the bytes each player received. A count holds when every world ticked at 9 Hz (at least 98% of the
 * ticks a 9 Hz clock gives the window) with tick p99 under 20 ms.
 *
 * <p>{@code target/image} as the first argument: one runtime image process with K worlds
 * ({@code --worlds=w1:local:normal:C:bots=B,...}), each with {@code bots} bots on top of its socket
 * players and the default animals; its players dial {@code /?world=wI}. {@code world=a=1:b=2} adds those
 * settings to every world's declaration (for instance {@code world=trees=0:bushes=0:rocks=0:gold-ores=0:animals=none}
 * with {@code bots=0}: a bare map, as the Node server's). {@code node=<dir>}: K Node
 * MooMoo.io server processes (a folder holding {@code dist/server.js}, patched to print its tick times
 * on SIGUSR2: BENCHMARKS.md, "Many worlds in one process"), one world each on its own port, the same
 * players against each.
 *
 * <pre>{@code mvn -q test-compile exec:exec@bench -Dbench=WorldsBench -Dbench.args="target/image 60 1 2 4 players=40 bots=10"}
 * {@code mvn -q test-compile exec:exec@bench -Dbench=WorldsBench -Dbench.args="node=/work/node-moomoo 60 1 2 4 players=40"}</pre>
 */
public final class WorldsBench {
    private static final int FIRST_PORT = 4100;
    private static final double TICK_P99_GOAL_MS = 20;
    private static final double HZ = 9;

    private WorldsBench() {
    }

    public static void main(String[] args) throws Exception {
        String target = args[0];
        int seconds = Integer.parseInt(args[1]);
        int players = 40;
        int bots = 10;
        String worldSettings = "";
        List<Integer> counts = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            String[] kv = args[a].split("=", 2);
            switch (kv[0]) {
                case "players" -> players = Integer.parseInt(kv[1]);
                case "bots" -> bots = Integer.parseInt(kv[1]);
                case "world" -> worldSettings = kv[1];
                default -> counts.add(Integer.parseInt(args[a]));
            }
        }
        boolean node = target.startsWith("node=");
        System.out.printf("%s, %d socket players per world%s, %d s a run, measured over the second half%n",
                node ? "Node MooMoo.io server, one process per world" : "moomoo-server, every world in one process",
                players, node ? "" : " + " + bots + " bots" + (worldSettings.isEmpty() ? "" : ", worlds with " + worldSettings), seconds);
        System.out.printf("%6s %8s %12s %10s %10s %10s %10s %12s %12s %12s %14s %16s %6s%n", "worlds", "players", "p99 ms worst",
                "p50 worst", "max worst", "Hz lowest", "cpu s", "cpu cores", "rss rest MB", "rss peak MB", "rss KB/player", "bytes/player/s",
                "holds");
        for (int k : counts) {
            try (WorldsUnderTest worlds = node
                    ? NodeWorlds.start(Path.of(target.substring("node=".length())), FIRST_PORT, k)
                    : ImageWorlds.start(Path.of(target), FIRST_PORT, k, players, bots, worldSettings)) {
                run(worlds, k, players, seconds);
            }
        }
    }

    private static void run(WorldsUnderTest worlds, int k, int players, int seconds) throws Exception {
        long rssRest = worlds.rssBytes();
        List<LoadGenerator> loads = new ArrayList<>();
        List<Thread> playing = new ArrayList<>();
        for (int w = 0; w < k; w++) {
            LoadGenerator load = LoadGenerator.of("--mode", "active", "--connections", Integer.toString(players), "--seconds",
                    Integer.toString(seconds), "--port", Integer.toString(worlds.port(w)), "--path", worlds.path(w), "--sources", "8",
                    "--rate", "200");
            loads.add(load);
            playing.add(Thread.ofPlatform().start(() -> {
                try {
                    load.run(new PrintStream(new ByteArrayOutputStream()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        TimeUnit.SECONDS.sleep(seconds / 2); // every player is in
        worlds.startWindow();
        long cpuStart = worlds.cpuMillis();
        long bytesStart = bytesIn(loads);
        long start = System.nanoTime();
        long rssPeak = 0;
        for (int s = seconds / 2; s < seconds - 2; s++) { // until two seconds before the players leave
            rssPeak = Math.max(rssPeak, worlds.rssBytes());
            TimeUnit.SECONDS.sleep(1);
        }
        List<WorldTicks> ticks = worlds.endWindow();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (worlds.cpuMillis() - cpuStart) / 1000.0;
        long bytes = bytesIn(loads) - bytesStart;
        for (Thread t : playing) {
            t.join();
        }
        int total = k * players;
        double worstP99 = ticks.stream().mapToDouble(WorldTicks::p99Millis).max().orElseThrow();
        double lowestHz = ticks.stream().mapToDouble(t -> t.ticks() / elapsed).min().orElseThrow();
        boolean holds = ticks.size() == k && worstP99 < TICK_P99_GOAL_MS && lowestHz >= HZ * 0.98;
        System.out.printf(Locale.ROOT, "%6d %8d %12.2f %10.2f %10.2f %10.2f %10.2f %12.2f %12.1f %12.1f %14.1f %16.0f %6s%n", k, total, worstP99,
                ticks.stream().mapToDouble(WorldTicks::p50Millis).max().orElseThrow(),
                ticks.stream().mapToDouble(WorldTicks::maxMillis).max().orElseThrow(), lowestHz, cpuSeconds, cpuSeconds / elapsed,
                rssRest / 1048576.0, rssPeak / 1048576.0, (rssPeak - rssRest) / 1024.0 / total, bytes / (double) total / elapsed,
                holds ? "yes" : "no");
        System.out.println("       per world p99 ms: " + ticks.stream().map(t -> String.format(Locale.ROOT, "%.1f", t.p99Millis())).toList());
    }

    private static long bytesIn(List<LoadGenerator> loads) {
        return loads.stream().mapToLong(LoadGenerator::bytesIn).sum();
    }
}
