package dev.moomoo.server;

import dev.moomoo.client.GameClient;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The drain before a stop (README, "Stopping: the drain") over real sockets, in two worlds: a playing client
 * of each protocol sees {@code Z n} down to 1, then {@code B "Server is restarting - pick another"} (the v1.9
 * client's own text, src/site/keyed-protocol.md), then Close 1001; a socket that comes during the drain is
 * greeted, told the same and closed with 1001 without a seat; the server list is empty and {@code /healthz}
 * answers 503. Every wait is bounded by the drain's length, never slept through.
 */
class DrainTest {
    private static final int DRAIN_SECONDS = 3;
    private static final String RESTARTING = "Server is restarting - pick another";
    /** The longest a read may wait: the whole drain and the graceful stop after it, with a margin for a loaded machine. */
    private static final int READ_TIMEOUT_MS = (DRAIN_SECONDS + 10) * 1000;

    @TempDir
    Path state;
    private GameServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    private void start() throws StartFailure {
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "console", "false", "state-dir", state.toString(),
                "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none"));
        s.putAll(Map.of("worlds", "main:local:normal:10,second:local:normal:10", "drain-seconds", String.valueOf(DRAIN_SECONDS)));
        server = GameServer.start(ServerConfig.defaults(s));
    }

    private GameClient plain(String world) throws IOException {
        return GameClient.connect("127.0.0.1", server.port(), "/?world=" + world, null, Profile.ERA_2, READ_TIMEOUT_MS);
    }

    private GameClient keyed(String world) throws IOException {
        return GameClient.connectKeyed("127.0.0.1", server.port(), world, "tk:anything", server.build(), null, READ_TIMEOUT_MS);
    }

    private static void spawn(GameClient c) throws IOException {
        c.receiveUntil(ServerPacket.TribeList.class);
        c.send(new ClientPacket.Spawn("stayer", false, 0));
        c.receiveUntil(ServerPacket.SetupGame.class);
    }

    /** What {@code c} is told until the Close: each restart notice as {@code Z n}, each disconnect as {@code B text}, then its close code. */
    private static List<String> toldUntilClose(GameClient c) throws IOException {
        List<String> told = new ArrayList<>();
        for (ServerPacket p; (p = c.receive()) != null; ) {
            switch (p) {
                case ServerPacket.RestartNotice z -> told.add("Z " + z.seconds());
                case ServerPacket.Disconnect b -> told.add("B " + b.reason());
                default -> {
                }
            }
        }
        told.add("close " + c.closeCode());
        return told;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void playersSeeTheCountdownThenPickAnotherThenCloseAndNoOneNewGetsIn() throws Exception {
        start();
        try (GameClient old = plain("main"); GameClient nineteen = keyed("second")) {
            spawn(old);
            spawn(nineteen);
            assertEquals(200, get("/healthz").statusCode());
            assertNotEquals("[]", get("/api/servers").body().strip());

            CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(server::drainThenShutdown);
            ServerPacket.RestartNotice first = old.receiveUntil(ServerPacket.RestartNotice.class);
            long firstNotice = System.nanoTime();
            assertEquals(DRAIN_SECONDS, first.seconds(), "the countdown starts at drain-seconds");

            // during the drain: nothing listed, /healthz 503 saying so, new sockets of either kind turned away
            assertEquals("[]", get("/api/servers").body().strip(), "no world listed while draining");
            HttpResponse<String> health = get("/healthz");
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("draining"), health.body());
            assertTrue(server.healthy(), "the Agones Health beat goes on while draining");
            try (GameClient late = plain("main")) {
                assertInstanceOf(ServerPacket.IoInit.class, late.receive(), "greeted first");
                assertEquals(List.of("B " + RESTARTING, "close " + CloseCode.GOING_AWAY), toldUntilClose(late));
            }
            try (GameClient lateNineteen = keyed("second")) {
                assertInstanceOf(ServerPacket.IoInit.class, lateNineteen.receive(), "greeted first, then keyed");
                assertEquals(List.of("B " + RESTARTING, "close " + CloseCode.GOING_AWAY), toldUntilClose(lateNineteen),
                        "the B opens with the socket's keys");
            }
            assertEquals(1, server.world("main").livingPlayers().size(), "the late one never joined");

            List<String> expected = new ArrayList<>();
            for (int n = DRAIN_SECONDS - 1; n >= 1; n--) {
                expected.add("Z " + n);
            }
            expected.add("B " + RESTARTING);
            expected.add("close " + CloseCode.GOING_AWAY);
            assertEquals(expected, toldUntilClose(old), "Z n..1 once a second, then pick another, then 1001");
            long farewell = System.nanoTime();
            List<String> keyedExpected = new ArrayList<>(List.of("Z " + DRAIN_SECONDS));
            keyedExpected.addAll(expected);
            assertEquals(keyedExpected, toldUntilClose(nineteen), "the same to the v1.9 player of the other world");
            assertTrue(farewell - firstNotice >= TimeUnit.MILLISECONDS.toNanos((DRAIN_SECONDS - 1) * 1000L - 100),
                    "B no sooner than the countdown's end: " + (farewell - firstNotice) / 1e6 + " ms after the first Z");
            assertTrue(stopped.get(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS), "a graceful stop");
        }
    }

    @Test
    void aSecondStopDoesNotRestartTheCountdown() throws Exception {
        start();
        try (GameClient old = plain("main")) {
            spawn(old);
            CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(server::drainThenShutdown);
            assertEquals(DRAIN_SECONDS, old.receiveUntil(ServerPacket.RestartNotice.class).seconds());
            CompletableFuture<Boolean> again = CompletableFuture.supplyAsync(server::drainThenShutdown); // a second SIGTERM
            server.requestStop(60); // and a stop command
            List<String> told = toldUntilClose(old);
            assertEquals(DRAIN_SECONDS - 1, told.stream().filter(t -> t.startsWith("Z ")).count(), "one countdown: " + told);
            assertEquals(List.of("B " + RESTARTING, "close " + CloseCode.GOING_AWAY), told.subList(told.size() - 2, told.size()));
            assertEquals(1, told.stream().filter(t -> t.startsWith("B ")).count(), "told once: " + told);
            stopped.get(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            again.get(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Test
    void aSigtermDuringAStopCommandsLongCountdownStopsAfterDrainSeconds() throws Exception {
        start();
        try (GameClient player = plain("main")) {
            spawn(player);
            server.requestStop(3600); // the stop command's longest countdown
            assertEquals(3600, player.receiveUntil(ServerPacket.RestartNotice.class).seconds());
            // A SIGTERM now (Kubernetes kills what still runs after its grace period) waits drain-seconds, not the hour.
            assertTrue(CompletableFuture.supplyAsync(server::drainThenShutdown).get(READ_TIMEOUT_MS, TimeUnit.MILLISECONDS), "a graceful stop");
            List<String> told = toldUntilClose(player);
            assertEquals(List.of("B " + RESTARTING, "close " + CloseCode.GOING_AWAY), told.subList(told.size() - 2, told.size()),
                    "told to pick another server, then closed: " + told);
        }
    }
}
