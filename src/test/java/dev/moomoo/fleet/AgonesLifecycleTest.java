package dev.moomoo.fleet;

import dev.moomoo.client.GameClient;
import dev.moomoo.fleet.StandInSidecar.Call;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.HealthCheck;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.server.StartFailure;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The server as an Agones GameServer (README, "On Agones") against a stand-in SDK sidecar that records the
 * calls: labels, then Ready once the game port answers, Health at its period while every world keeps time
 * and none while one is stalled, each world's player counter after a join and a leave, Shutdown last after
 * a stop; a sidecar that comes up late or answers 500 holds up neither the game nor, once it answers, Ready.
 */
class AgonesLifecycleTest {
    private static final Duration PERIOD = Duration.ofMillis(200);
    /** Long enough for many periods on a loaded machine; every wait ends as soon as its call is recorded. */
    private static final Duration TIMEOUT = PERIOD.multipliedBy(50);
    private static final String WORLDS = "main:local:normal:100,sandbox:eu:sandbox:10";

    @TempDir
    Path dir;

    private GameServer start(int gamePort, int sidecarPort) throws StartFailure {
        Map<String, String> s = new HashMap<>(Map.of("port", String.valueOf(gamePort), "bind", "127.0.0.1", "state-dir", dir.toString(),
                "worlds", WORLDS, "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none"));
        s.putAll(Map.of("agones", "true", "agones-health-ms", String.valueOf(PERIOD.toMillis()), "agones-sdk-port", String.valueOf(sidecarPort)));
        return GameServer.start(ServerConfig.defaults(s));
    }

    /**
     * The stand-in on {@code port} once the port is free again: a connection the kernel had queued on the
     * closed listener can hold it for a moment (CI saw "Address already in use" right after the close).
     */
    private static StandInSidecar bindWithin(int port) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                return new StandInSidecar(port);
            } catch (BindException stillHeld) {
                if (System.nanoTime() > deadline) {
                    throw stillHeld;
                }
                Thread.sleep(PERIOD.toMillis());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static GameClient player(GameServer server, String world) throws IOException {
        GameClient c = GameClient.connect("127.0.0.1", server.port(), "/?client=moomoo-server&world=" + world, null, Profile.ERA_2, 5000);
        c.receiveUntil(ServerPacket.TribeList.class);
        c.send(new ClientPacket.Spawn("cow", false, 0));
        c.receiveUntil(ServerPacket.SetupGame.class);
        return c;
    }

    private static Call counter(String world, int count) {
        return new Call("PATCH", "/v1beta1/counters/players-" + world, "{\"count\":\"" + count + "\"}", 0, 200);
    }

    private static int indexOf(List<Call> calls, Call like, int from) {
        for (int i = from; i < calls.size(); i++) {
            Call c = calls.get(i);
            if (c.is(like.method(), like.path()) && c.body().equals(like.body()) && c.status() == 200) {
                return i;
            }
        }
        return -1;
    }

    private static boolean recorded(StandInSidecar sidecar, Call like, int from) {
        return indexOf(sidecar.calls(), like, from) >= 0;
    }

    @Test
    void labelsThenReadyOnceListeningThenHealthAtItsPeriodCountersAndShutdownLast() throws Exception {
        int gamePort = freePort();
        try (StandInSidecar sidecar = new StandInSidecar(0)) {
            AtomicInteger gameAtReady = new AtomicInteger(-1);
            sidecar.onCall(path -> {
                if (path.equals("/ready")) {
                    gameAtReady.set(HealthCheck.run("127.0.0.1", gamePort, 2000));
                }
            });
            GameServer server = start(gamePort, sidecar.port());
            try {
                assertTrue(Await.until(TIMEOUT, () -> sidecar.calls("POST", "/health").size() >= 5), "five Health calls");
                assertEquals(0, gameAtReady.get(), "the game port answered /healthz 200 when Ready came");
                List<Call> calls = sidecar.calls();
                assertEquals(List.of("PUT /metadata/label {\"key\":\"region\",\"value\":\"local\"}",
                                "PUT /metadata/label {\"key\":\"worlds\",\"value\":\"main.sandbox\"}", "POST /ready {}"),
                        calls.subList(0, 3).stream().map(c -> c.method() + " " + c.path() + " " + c.body()).toList());
                List<Call> health = sidecar.calls("POST", "/health");
                // the rounds are on a fixed rate from the moment Ready was taken: the fifth Health is four periods after it at the soonest
                long afterReady = health.get(4).nanos() - sidecar.calls("POST", "/ready").getFirst().nanos();
                assertTrue(afterReady >= PERIOD.multipliedBy(4).toNanos(), "Health at most once a period: the fifth " + afterReady / 1_000_000 + " ms after Ready");
                // an empty world's counter is set once, to 0
                assertTrue(Await.until(TIMEOUT, () -> recorded(sidecar, counter("main", 0), 0) && recorded(sidecar, counter("sandbox", 0), 0)));

                GameClient bee = player(server, "sandbox");
                assertTrue(Await.until(TIMEOUT, () -> recorded(sidecar, counter("sandbox", 1), 0)), "the sandbox's counter after a join");
                bee.close();
                int joined = indexOf(sidecar.calls(), counter("sandbox", 1), 0);
                assertTrue(Await.until(TIMEOUT, () -> recorded(sidecar, counter("sandbox", 0), joined)), "the sandbox's counter after a leave");
                assertEquals(1, sidecar.calls("PATCH", "/v1beta1/counters/players-main").size(), "main's counter set once: its count never changed");
            } finally {
                server.shutdown();
            }
            List<Call> calls = sidecar.calls();
            assertEquals("/shutdown", calls.getLast().path(), "Shutdown last");
            assertEquals(1, sidecar.calls("POST", "/shutdown").size());
        }
    }

    @Test
    void aDrainSetsTheDrainingLabelAtOnceKeepsHealthAndSendsShutdownLast() throws Exception {
        int drainSeconds = 3;
        try (StandInSidecar sidecar = new StandInSidecar(0)) {
            GameServer server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "state-dir", dir.toString(),
                    "trees", "0", "animals", "none", "drain-seconds", String.valueOf(drainSeconds),
                    "agones", "true", "agones-health-ms", String.valueOf(PERIOD.toMillis()), "agones-sdk-port", String.valueOf(sidecar.port()))));
            Call draining = new Call("PUT", "/metadata/label", "{\"key\":\"draining\",\"value\":\"true\"}", 0, 200);
            try {
                assertTrue(Await.until(TIMEOUT, () -> !sidecar.calls("POST", "/ready").isEmpty()), "Ready");
                assertFalse(recorded(sidecar, draining, 0), "no draining label before the drain");
                CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(server::drainThenShutdown);
                // the label comes at once, while the drain runs: before the stop, which is drain-seconds away
                assertTrue(Await.until(TIMEOUT, () -> recorded(sidecar, draining, 0)), "the draining label");
                assertFalse(stopped.isDone(), "set while the server drains");
                int labelled = indexOf(sidecar.calls(), draining, 0);
                assertTrue(Await.until(TIMEOUT, () -> sidecar.calls().subList(labelled, sidecar.calls().size()).stream()
                        .anyMatch(c -> c.path().equals("/health"))), "Health goes on while draining");
                assertTrue(stopped.get(TIMEOUT.toMillis() + drainSeconds * 1000L, TimeUnit.MILLISECONDS), "a graceful stop after the drain");
            } finally {
                server.shutdown();
            }
            assertEquals("/shutdown", sidecar.calls().getLast().path(), "Shutdown last");
            assertEquals(1, sidecar.calls("PUT", "/metadata/label").stream().filter(c -> c.body().equals(draining.body())).count(), "the label set once");
        }
    }

    @Test
    void noHealthWhileAWorldIsStalledAndHealthAgainOnceItKeepsTime() throws Exception {
        try (StandInSidecar sidecar = new StandInSidecar(0)) {
            GameServer server = start(0, sidecar.port());
            CountDownLatch release = new CountDownLatch(1);
            try {
                assertTrue(Await.until(TIMEOUT, () -> !sidecar.calls("POST", "/health").isEmpty()), "Health while healthy");
                server.world("sandbox").submit(w -> {
                    try {
                        release.await(); // a tick of the sandbox that does not end until the test says so (the finally too)
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
                assertTrue(Await.until(TIMEOUT, () -> !server.healthy()), "unhealthy while the sandbox is stalled");
                // a join and a leave in main, which keeps ticking, mark two later rounds: none between them sent Health
                GameClient ay = player(server, "main");
                assertTrue(Await.until(TIMEOUT, () -> recorded(sidecar, counter("main", 1), 0)));
                ay.close();
                int joined = indexOf(sidecar.calls(), counter("main", 1), 0);
                assertTrue(Await.until(TIMEOUT, () -> recorded(sidecar, counter("main", 0), joined)));
                List<Call> calls = sidecar.calls();
                int left = indexOf(calls, counter("main", 0), joined);
                assertEquals(List.of(), calls.subList(joined + 1, left).stream().filter(c -> c.path().equals("/health")).toList(),
                        "no Health while a world is stalled");
                int before = sidecar.calls("POST", "/health").size();
                release.countDown();
                assertTrue(Await.until(TIMEOUT, () -> sidecar.calls("POST", "/health").size() > before), "Health again once every world keeps time");
            } finally {
                release.countDown();
                server.shutdown();
            }
        }
    }

    @Test
    void aSidecarThatComesUpLateGetsTheLabelsThenReadyAndTheGameServesMeanwhile() throws Exception {
        int sidecarPort;
        GameServer server;
        // first the port takes connections and drops them at once: a sidecar that is not serving yet
        try (ServerSocket notYet = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            sidecarPort = notYet.getLocalPort();
            server = start(0, sidecarPort);
            AtomicInteger tries = new AtomicInteger();
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (true) {
                    try (Socket s = notYet.accept()) {
                        // a reset, not a FIN: the port keeps no TIME_WAIT, so the stand-in can bind it below
                        s.setSoLinger(true, 0);
                        tries.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            assertTrue(Await.until(TIMEOUT, () -> tries.get() >= 3), "the sidecar is tried again and again");
            assertEquals(0, HealthCheck.run("127.0.0.1", server.port(), 2000), "the game serves without its sidecar");
            notYet.close();
            // no connection it accepted may still hold the port when the stand-in binds it
            assertTrue(acceptor.join(TIMEOUT), "the not-yet sidecar stopped accepting");
        }
        try (StandInSidecar sidecar = bindWithin(sidecarPort)) {
            assertTrue(Await.until(TIMEOUT, () -> !sidecar.calls("POST", "/health").isEmpty()), "Health once the sidecar is up");
            assertEquals(List.of("/metadata/label", "/metadata/label", "/ready"), sidecar.calls().subList(0, 3).stream().map(Call::path).toList());
            server.shutdown();
            assertEquals("/shutdown", sidecar.calls().getLast().path());
        } finally {
            server.shutdown();
        }
    }

    @Test
    void aSidecarAnswering500IsRetriedAndNeverDisturbsTheGame() throws Exception {
        try (StandInSidecar sidecar = new StandInSidecar(0)) {
            sidecar.answer(500);
            GameServer server = start(0, sidecar.port());
            try {
                assertTrue(Await.until(TIMEOUT, () -> sidecar.calls().size() >= 3), "retried");
                assertTrue(sidecar.calls().stream().allMatch(c -> c.path().equals("/metadata/label")), "Ready waits for the labels");
                assertEquals(0, HealthCheck.run("127.0.0.1", server.port(), 2000), "the game serves meanwhile");
                sidecar.answer(200);
                assertTrue(Await.until(TIMEOUT, () -> sidecar.calls("POST", "/health").stream().anyMatch(c -> c.status() == 200)), "Health once it answers");
                assertEquals(1, sidecar.calls("POST", "/ready").stream().filter(c -> c.status() == 200).count(), "Ready accepted once");
                sidecar.answer(500);
                int failed = sidecar.calls().size();
                assertTrue(Await.until(TIMEOUT, () -> sidecar.calls("POST", "/health").stream().filter(c -> c.status() == 500).count() >= 2),
                        "Health still sent at its period while the sidecar fails");
                assertTrue(sidecar.calls().size() > failed);
                assertTrue(Await.until(TIMEOUT, server::healthy), "a failing sidecar does not make the game unhealthy");
            } finally {
                server.shutdown();
            }
            assertEquals(3, sidecar.calls("POST", "/shutdown").size(), "Shutdown tried three times while the sidecar answers 500");
            assertEquals("/shutdown", sidecar.calls().getLast().path());
        }
    }

    @Test
    void aLabelTheSidecarRejectsIsNotRetriedAndReadyFollows() throws Exception {
        try (StandInSidecar sidecar = new StandInSidecar(0)) {
            sidecar.answer("/metadata/label", 400);
            GameServer server = start(0, sidecar.port());
            try {
                assertTrue(Await.until(TIMEOUT, () -> !sidecar.calls("POST", "/health").isEmpty()), "Health");
                assertEquals(List.of("/metadata/label", "/metadata/label", "/ready"), sidecar.calls().subList(0, 3).stream().map(Call::path).toList());
                assertEquals(2, sidecar.calls("PUT", "/metadata/label").size(), "each label tried once");
            } finally {
                server.shutdown();
            }
        }
    }
}
