package dev.moomoo.bench;

import dev.moomoo.tools.LoadGenerator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak run: N active load-generator players against the runtime image for M minutes (at most 60).
 * Every interval it prints heap after a full GC, RSS, open connections, the server's connection
 * threads (virtual) and OS threads, and that interval's tick p50/p99/max; at the end, the same after
 * the players have left. Flat heap and counts that return to their start are the pass.
 *
 * <pre>{@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 target/image/bin/java -cp 'target/image/app/*' \
 *     dev.moomoo.tools.SoakBench target/image 30 500 60}</pre>
 * It needs {@code jcmd} from JAVA_HOME to run a GC in the server and read its heap.
 */
public final class SoakBench {
    private static final Pattern TICKS = Pattern.compile("p50 ([0-9.]+) ms p99 ([0-9.]+) ms max ([0-9.]+) ms");

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args.length > 0 ? args[0] : "target/image");
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int players = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int intervalSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        if (minutes < 1 || minutes > 60 || players < 1 || players > 5000 || intervalSeconds < 5) {
            throw new IllegalArgumentException("minutes 1-60, players 1-5000, interval at least 5 s");
        }
        int port = 3898;
        String jcmd = ServerProcess.jcmd();
        try (ServerProcess server = new ServerProcess(image, port, "--max-players=" + (players + 10),
                "--max-connections-per-ip=" + (players + 10), "--max-handshakes-per-ip=1000")) {
            System.out.printf("%8s %10s %9s %7s %9s %9s %8s %8s %8s%n",
                    "minute", "heap MB", "RSS MB", "conns", "vthreads", "threads", "p50 ms", "p99 ms", "max ms");
            row(server, port, jcmd, "start");
            LoadGenerator load = LoadGenerator.of(new String[] {"--mode", "active", "--connections", Integer.toString(players),
                    "--seconds", Integer.toString(minutes * 60), "--port", Integer.toString(port), "--sources", "8", "--rate", "200"});
            Thread playing = Thread.ofPlatform().start(() -> {
                try {
                    load.run(new PrintStream(new ByteArrayOutputStream()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            long start = System.nanoTime();
            server.status("status reset");
            long next = start;
            while (playing.isAlive()) {
                next += TimeUnit.SECONDS.toNanos(intervalSeconds);
                playing.join(Math.max(1, (next - System.nanoTime()) / 1_000_000L));
                if (playing.isAlive()) {
                    row(server, port, jcmd, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 60e9));
                }
            }
            // The players are gone: what is left is what leaked.
            long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.metric(port, "moomoo_connections") > 0 && System.nanoTime() < settle) {
                Thread.sleep(200);
            }
            row(server, port, jcmd, "after");
            List<Long> c = load.counters();
            System.out.printf(Locale.ROOT, "load generator: %d connected, %d failed, %d closed by the server, %d messages in, %d out%n",
                    c.get(0), c.get(1), c.get(2), c.get(3), c.get(4));
        }
    }

    private static void row(ServerProcess server, int port, String jcmd, String when) throws Exception {
        Matcher m = TICKS.matcher(server.status("status reset"));
        String p50 = "-", p99 = "-", max = "-";
        if (m.find()) {
            p50 = m.group(1);
            p99 = m.group(2);
            max = m.group(3);
        }
        System.out.printf(Locale.ROOT, "%8s %10.1f %9.1f %7.0f %9.0f %9d %8s %8s %8s%n", when,
                server.heapAfterGc(jcmd) / 1048576.0, server.rssBytes() / 1048576.0,
                server.metric(port, "moomoo_connections"), server.metric(port, "moomoo_connection_threads"),
                server.osThreads(), p50, p99, max);
    }
}
