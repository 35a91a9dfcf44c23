package dev.moomoo.tools;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Active players over real sockets: for each N, starts the runtime image, lets the load generator play
 * N connections from this process for the given seconds, then reads the server's tick statistics from
 * its console and its CPU time from /proc. Prints tick p50/p99/max, server CPU per tick (all threads:
 * tick, readers, writers) and bytes received per player per second.
 *
 * <pre>{@code target/image/bin/java -cp 'target/image/app/*' dev.moomoo.tools.SocketPlayersBench target/image 40 100 500 1000 2000}</pre>
 */
public final class SocketPlayersBench {
    private static final Pattern TICKS = Pattern.compile("p50 ([0-9.]+) ms p99 ([0-9.]+) ms max ([0-9.]+) ms");

    private SocketPlayersBench() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        System.out.printf("%8s %10s %10s %10s %16s %16s%n", "players", "p50 ms", "p99 ms", "max ms", "server cpu ms/tick", "bytes/player/s");
        for (int a = 2; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            int port = 3900 + a;
            Process server = new ProcessBuilder(image.resolve("bin/moomoo-server").toString(), "--port=" + port, "--bind=127.0.0.1",
                    "--max-players=" + (n + 10), "--max-connections-per-ip=" + (n + 10), "--log-level=warn")
                    .redirectErrorStream(true).start();
            PrintWriter console = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader answers = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            try {
                awaitPort(port);
                LoadGenerator load = new LoadGenerator(LoadGenerator.parse(new String[] {"--mode", "active", "--connections", Integer.toString(n),
                        "--seconds", Integer.toString(seconds), "--port", Integer.toString(port), "--sources", "8", "--rate", "500"}));
                Thread measure = Thread.ofPlatform().start(() -> {
                    try {
                        // Measure the second half of the run, when every player is in.
                        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2);
                        command(console, answers, "status reset");
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                });
                long cpuStart = cpuMillis(server.pid());
                long start = System.nanoTime();
                load.run(new PrintStream(new ByteArrayOutputStream()));
                measure.join();
                double elapsed = (System.nanoTime() - start) / 1e9;
                String status = command(console, answers, "status");
                long cpu = cpuMillis(server.pid()) - cpuStart;
                Matcher m = TICKS.matcher(status);
                if (!m.find()) {
                    throw new IllegalStateException("no tick figures in: " + status);
                }
                double ticks = elapsed * 9;
                long bytesIn = load.bytesIn();
                System.out.printf(Locale.ROOT, "%8d %10s %10s %10s %16.2f %16.0f%n", n, m.group(1), m.group(2), m.group(3),
                        cpu / ticks, bytesIn / (double) n / elapsed);
            } finally {
                server.destroy();
                server.waitFor(20, TimeUnit.SECONDS);
                server.destroyForcibly();
            }
        }
    }

    private static String command(PrintWriter console, BufferedReader answers, String line) throws Exception {
        console.println(line);
        String answer;
        while ((answer = answers.readLine()) != null) {
            if (answer.startsWith("players ")) {
                return answer;
            }
        }
        throw new IllegalStateException("server console closed");
    }

    private static long cpuMillis(long pid) throws Exception {
        String[] f = Files.readString(Path.of("/proc", Long.toString(pid), "stat")).replaceAll(".*\\) ", "").split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime, fields 14 and 15
        return ticks * 1000 / 100; // USER_HZ is 100 on Linux
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("server did not listen on " + port);
    }
}
