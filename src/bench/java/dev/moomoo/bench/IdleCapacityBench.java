package dev.moomoo.bench;

import dev.moomoo.client.WsClient;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Idle capacity of one server process: starts the runtime image with 50 bots playing, measures, opens
 * N idle WebSocket connections (handshake and io-init, then silence but for the answers to the server's
 * pings, every 15 s by default) from 127.0.0.2.. sources, measures again, and prints RSS per
 * connection the way an operator reads it (VmRSS with N - VmRSS at rest, each read at the end of a
 * window with no forced GC: the collector's own settings have to do the work) and after {@code jcmd
 * GC.run}, heap after GC per connection, handshakes per second, connections the server dropped, and the
 * bots' tick p99 without and with the idle connections, each over a window of 60 s (or the fourth
 * argument, in seconds) that starts 20 s after the server started, or at the last handshake.
 * JVM options for the server can be given in {@code MOOMOO_JAVA_OPTS}.
 *
 * <pre>{@code mvn -q test-compile exec:exec@bench -Dbench=IdleCapacityBench -Dbench.args="target/image 19000 3999 60"}</pre>
 * It needs {@code jcmd} from JAVA_HOME to run a GC in the server and read its heap.
 */
public final class IdleCapacityBench {
    /** Before the first window: for the bots to spawn and the JIT to settle. */
    private static final long SETTLE_MILLIS = 20_000;
    private static final Pattern P99 = Pattern.compile("p99 ([0-9.]+) ms");

    private IdleCapacityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args.length > 0 ? args[0] : "target/image");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 19_000;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 3999;
        long window = TimeUnit.SECONDS.toMillis(args.length > 3 ? Integer.parseInt(args[3]) : 60);
        String jcmd = ServerProcess.jcmd();
        try (ServerProcess server = new ServerProcess(image, port, "--max-connections=" + (n + 500),
                "--max-connections-per-ip=" + (n + 500), "--max-handshakes-per-ip=1000", "--bots=50", "--max-players=200",
                "--handshake-timeout-ms=60000")) {
            Thread.sleep(SETTLE_MILLIS); // bots spawn and the JIT warms up
            server.status("status reset");
            Thread.sleep(window);
            double p99Before = p99(server.status("status reset"));
            long rssRest = server.rssBytes(); // as an operator reads it: no forced GC
            long heapBefore = server.heapAfterGc(jcmd);
            long rssRestAfterGc = server.rssBytes();

            ConcurrentLinkedQueue<WsClient> clients = new ConcurrentLinkedQueue<>();
            LongAdder failed = new LongAdder();
            LongAdder lost = new LongAdder();
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < n; i++) {
                    int index = i;
                    pool.submit(() -> {
                        try {
                            WsClient c = WsClient.connect("127.0.0.1", port, "/", InetAddress.getByName("127.0.0." + (2 + index % 8)), 60_000);
                            c.setReadTimeout(0);
                            c.receive(); // io-init
                            clients.add(c);
                            // then silence, but for the pongs that receive() sends while it waits
                            Thread.ofVirtual().start(() -> {
                                try {
                                    while (!c.receive().isClose()) {
                                        // the tribe list, and nothing else
                                    }
                                    lost.increment();
                                } catch (IOException e) {
                                    if (!c.isClosed()) {
                                        lost.increment();
                                    }
                                }
                            });
                        } catch (IOException e) {
                            failed.increment();
                        }
                    });
                }
            }
            double handshakeSeconds = (System.nanoTime() - start) / 1e9;
            server.status("status reset");
            Thread.sleep(window); // from the last handshake
            double p99After = p99(server.status("status reset"));
            long rssHeld = server.rssBytes(); // the operator's reading, 60 s after the last handshake
            double dropped = server.metricSum(port, "moomoo_connections_dropped_total");
            long heapAfter = server.heapAfterGc(jcmd);
            long rssHeldAfterGc = server.rssBytes();
            int held = clients.size();
            System.out.printf(Locale.ROOT, "%-46s %12s%n", "measure", "value");
            System.out.printf(Locale.ROOT, "%-46s %12d%n", "idle connections held", held);
            System.out.printf(Locale.ROOT, "%-46s %12d%n", "failed connections", failed.sum());
            System.out.printf(Locale.ROOT, "%-46s %12.0f%n", "connections the server dropped", dropped);
            System.out.printf(Locale.ROOT, "%-46s %12d%n", "connections lost by the clients", lost.sum());
            System.out.printf(Locale.ROOT, "%-46s %12.0f%n", "handshakes per second", held / handshakeSeconds);
            System.out.printf(Locale.ROOT, "%-46s %12.2f%n", "RSS per connection, KB (no forced GC)", (rssHeld - rssRest) / 1024.0 / held);
            System.out.printf(Locale.ROOT, "%-46s %12.2f%n", "RSS per connection, KB (after jcmd GC.run)", (rssHeldAfterGc - rssRestAfterGc) / 1024.0 / held);
            System.out.printf(Locale.ROOT, "%-46s %12.2f%n", "heap after GC per connection, KB", (heapAfter - heapBefore) / 1024.0 / held);
            System.out.printf(Locale.ROOT, "%-46s %12.2f%n", "50 bots' tick p99 before, ms", p99Before);
            System.out.printf(Locale.ROOT, "%-46s %12.2f%n", "50 bots' tick p99 with idle, ms", p99After);
            System.out.printf(Locale.ROOT, "%-46s %12.1f / %.1f%n", "RSS at rest / held, MB (no forced GC)", rssRest / 1048576.0, rssHeld / 1048576.0);
            System.out.printf(Locale.ROOT, "%-46s %12.1f / %.1f%n", "RSS at rest / held, MB (after GC.run)", rssRestAfterGc / 1048576.0, rssHeldAfterGc / 1048576.0);
            System.out.printf(Locale.ROOT, "%-46s %12.1f / %.1f%n", "heap after GC at rest / held, MB", heapBefore / 1048576.0, heapAfter / 1048576.0);
            for (WsClient c : clients) {
                c.close();
            }
        }
    }

    private static double p99(String status) {
        Matcher m = P99.matcher(status);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }
}
