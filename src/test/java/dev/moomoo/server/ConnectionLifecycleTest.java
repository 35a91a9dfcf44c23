package dev.moomoo.server;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.EchoServers;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Close handshakes, keep-alive and shutdown, over real sockets. */
class ConnectionLifecycleTest {
    /** The echo server under test, started by each test with its own settings; shut down after it (shutting down twice is harmless). */
    private Server server;

    @AfterEach
    void shutDownTheServer() {
        if (server != null) {
            server.shutdown();
        }
    }

    /** Starts the echo server with {@code settings} (name, value pairs) over the defaults. */
    private void startEcho(String... settings) throws IOException {
        server = EchoServers.start(settings);
    }

    /** A WebSocket client on the server's /echo. */
    private WsClient openEcho() throws IOException {
        return WsClient.open(server.port(), "/echo");
    }

    /** A text frame whose payload is not UTF-8: the server fails the connection with 1007. */
    private static final byte[] INVALID_UTF8_TEXT = TestFrames.frame(Opcode.TEXT).payload(new byte[] {(byte) 0xFF}).bytes();

    private static byte[] close(int code) {
        return TestFrames.frame(Opcode.CLOSE).payload(new byte[] {(byte) (code >> 8), (byte) code}).bytes();
    }

    @Test
    void clientCloseIsEchoedThenTheServerClosesTcp() throws IOException {
        startEcho();
        try (WsClient c = openEcho()) {
            c.write(close(1000));
            assertEquals(1000, c.readFrame().closeCode());
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void serverFailureWaitsBoundedForTheClientsClose() throws IOException {
        startEcho("close-timeout-ms", "300");
        try (WsClient silent = openEcho()) {
            // A client that never answers: TCP is closed once the close timeout has passed (a bound from
            // below: a busy machine can only make it later).
            silent.write(INVALID_UTF8_TEXT);
            long start = System.nanoTime();
            assertEquals(1007, silent.readFrame().closeCode());
            silent.setReadTimeout(30_000);
            assertTrue(silent.closedByServer());
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waited >= 250, "the server waited for our Close: " + waited + " ms");
        }
    }

    @Test
    void serverFailureClosesTcpRightAfterTheClientsClose() throws IOException {
        // A close timeout far past the client's read timeout: only a server that closes TCP on the
        // client's Close, not on its timeout, passes, however busy the machine.
        startEcho("close-timeout-ms", "60000");
        try (WsClient polite = openEcho()) {
            polite.write(INVALID_UTF8_TEXT);
            assertEquals(1007, polite.readFrame().closeCode());
            polite.setReadTimeout(20_000);
            polite.write(close(1007));
            assertTrue(polite.closedByServer(), "closed after the client's Close");
        }
    }

    @Test
    void keepAlivePingsAndDropsASilentPeer() throws Exception {
        // Pings every 200 ms of silence; 3 s to answer: a live peer has ample time however busy the
        // machine, and it answers for longer than the timeout, so it is its answers that keep it.
        int pingTimeout = 3000;
        startEcho("ping-interval-ms", "200", "ping-timeout-ms", Integer.toString(pingTimeout));
        try (WsClient dead = openEcho(); WsClient alive = openEcho()) {
            // The live one answers every ping; the dead one reads but never answers.
            CompletableFuture<Long> answering = CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                try {
                    alive.setReadTimeout(30_000);
                    int pings = 0;
                    // pings answered over more than the timeout (each comes 200 ms after the last pong at the earliest)
                    while (pings < 20 || System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(pingTimeout + 500)) {
                        WsClient.Frame f = alive.readFrame();
                        assertNotNull(f, "the live peer was cut off after " + pings + " pings");
                        if (f.opcode() == Opcode.PING) {
                            pings++;
                            alive.write(TestFrames.frame(Opcode.PONG).payload(f.payload()).bytes());
                        }
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
                return System.nanoTime() - start;
            });
            WsClient.Frame ping = dead.readFrame();
            assertEquals(Opcode.PING, ping.opcode());
            dead.setReadTimeout(30_000);
            assertNull(dead.readFrame(), "the silent peer is cut off (EOF)");
            assertTrue(answering.get(2, TimeUnit.MINUTES) > TimeUnit.MILLISECONDS.toNanos(pingTimeout), "answered for longer than the timeout");
            alive.write(TestFrames.frame(Opcode.TEXT).payload("still here").bytes());
            WsClient.Frame echo = alive.readFrame();
            while (echo.opcode() == Opcode.PING) {
                echo = alive.readFrame();
            }
            assertEquals("still here", echo.text());
            assertEquals(1, server.connectionCount());
        }
    }

    @Test
    void shutdownSends1001AndIsGracefulWhenClientsAnswer() throws Exception {
        startEcho();
        List<WsClient> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.add(openEcho());
        }
        CompletableFuture<Boolean> graceful = CompletableFuture.supplyAsync(server::shutdown);
        for (WsClient c : clients) {
            assertEquals(1001, c.readFrame().closeCode());
            c.write(close(1001));
            assertTrue(c.closedByServer());
            c.close();
        }
        assertTrue(graceful.get(10, TimeUnit.SECONDS));
        assertEquals(0, server.openSocketCount());
        assertThrows(ConnectException.class, () -> WsClient.tcp(server.port(), 1000).close());
    }

    @Test
    void shutdownCutsAPeerThatNeverAnswersAfterTheGrace() throws Exception {
        // grace 300 ms against a close timeout of 60 s: the bound below tells them apart on any machine
        startEcho("shutdown-grace-ms", "300", "close-timeout-ms", "60000");
        try (WsClient stubborn = openEcho()) {
            long start = System.nanoTime();
            assertFalse(server.shutdown(), "not graceful");
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(took >= 250 && took < 30_000, "cut after the grace, not the close timeout: " + took + " ms");
            assertEquals(0, server.openSocketCount());
            assertEquals(1001, stubborn.readFrame().closeCode());
        }
    }
}
