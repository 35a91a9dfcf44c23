package dev.moomoo.server;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.EchoServers;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Several thousand idle WebSocket connections against one in-process server: all served, all torn
 * down, and the server's socket and connection counts and the JVM's platform threads back to baseline.
 */
class IdleConnectionsTest {
    private static final int CONNECTIONS = 3000; // client and server ends share this JVM's 20,000 files

    @Test
    void thousandsOfIdleConnectionsAreServedAndTornDown() throws Exception {
        // Thousands of handshakes at once on two cores that other work may be loading: the server's head
        // deadline and each client's reads get the same bound as the whole opening (60 s), so what is
        // proven is that all are served, not how fast this machine is today.
        Server server = EchoServers.start("max-connections", "10000", "handshake-timeout-ms", "60000");
        try {
            // One connection first, so the JDK's lazily started I/O pollers are part of the baseline.
            try (WsClient warmUp = WsClient.open(server.port(), "/echo")) {
                warmUp.write(TestFrames.frame(Opcode.TEXT).payload("warm").bytes());
                assertEquals("warm", warmUp.readFrame().text());
            }
            awaitCount(server::openSocketCount, 0, "sockets after warm-up");
            int baselineThreads = platformThreads();
            List<WsClient> clients = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<WsClient>> opening = new ArrayList<>();
                for (int i = 0; i < CONNECTIONS; i++) {
                    opening.add(pool.submit(() -> WsClient.open(server.port(), "/echo", 60_000)));
                }
                for (Future<WsClient> f : opening) {
                    clients.add(f.get(60, TimeUnit.SECONDS));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("opened %d WebSocket connections in %.2f s (%.0f handshakes/s)%n", CONNECTIONS, seconds, CONNECTIONS / seconds);
            awaitCount(server::connectionCount, CONNECTIONS, "connections registered");

            // Every 100th connection still answers: an echo on an idle connection.
            for (int i = 0; i < CONNECTIONS; i += 100) {
                WsClient c = clients.get(i);
                c.write(TestFrames.frame(Opcode.TEXT).payload("still here " + i).bytes());
                WsClient.Frame echo = c.readFrame();
                assertEquals("still here " + i, echo.text());
            }

            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (WsClient c : clients) {
                    pool.submit(() -> {
                        c.write(TestFrames.frame(Opcode.CLOSE).payload(new byte[] {0x03, (byte) 0xE8}).bytes());
                        WsClient.Frame close = c.readFrame();
                        assertEquals(1000, close.closeCode());
                        c.close();
                        return null;
                    });
                }
            }
            awaitCount(server::connectionCount, 0, "connections after close");
            awaitCount(server::openSocketCount, 0, "socket handler threads after close");
            awaitAtMost(IdleConnectionsTest::platformThreads, baselineThreads, "platform threads (JDK scheduler threads not counted)");
        } finally {
            server.shutdown();
        }
    }

    /**
     * Live platform threads other than the virtual-thread scheduler's carriers and I/O pollers, which
     * the JDK starts and retires on its own schedule: a connection must never hold a platform thread of its own.
     */
    private static final Pattern JDK_SCHEDULER_THREADS =
            Pattern.compile("ForkJoinPool|VirtualThread-|MasterPoller|Read-Poller|Write-Poller");

    static int platformThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !JDK_SCHEDULER_THREADS.matcher(t.getName()).lookingAt())
                .count();
    }

    /** Polls {@code value} until it equals {@code expected}, for up to 30 s. */
    static void awaitCount(IntSupplier value, int expected, String what) throws InterruptedException {
        awaitUntil(value, v -> v == expected, "expected " + expected, what);
    }

    /** Polls {@code value} until it is at most {@code limit}, for up to 30 s. */
    static void awaitAtMost(IntSupplier value, int limit, String what) throws InterruptedException {
        awaitUntil(value, v -> v <= limit, "expected at most " + limit, what);
    }

    private static void awaitUntil(IntSupplier value, IntPredicate done, String expectation,
                                   String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int v = value.getAsInt();
        while (!done.test(v)) {
            if (System.nanoTime() > deadline) {
                fail(what + ": " + v + ", " + expectation);
            }
            Thread.sleep(20);
            v = value.getAsInt();
        }
    }
}
