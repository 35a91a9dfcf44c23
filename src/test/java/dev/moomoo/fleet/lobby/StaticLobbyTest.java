package dev.moomoo.fleet.lobby;

import com.sun.net.httpserver.HttpServer;
import dev.moomoo.client.GameClient;
import dev.moomoo.config.ConfigException;
import dev.moomoo.fleet.ticket.TicketSecret;
import dev.moomoo.fleet.ticket.TicketSigner;
import dev.moomoo.gateway.JoinGate.Admission;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.JsonReader;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.testing.FakeSavedPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static dev.moomoo.fleet.lobby.LobbyHttp.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The lobby over real game servers on loopback (setting lobby-servers): one list of both servers' worlds
 * in the shape both pages read (src/site/keyed-protocol.md for v1.9; the v1.8 page reads region, name,
 * key, port, playerCount and playerCapacity), a join ticket for the world chosen that the real server's
 * gate lets in once, and a server that stops leaving the list at the next poll.
 */
class StaticLobbyTest {
    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : running.reversed()) {
            c.close();
        }
    }

    private GameServer game(String id, String worlds) throws IOException {
        return game(id, worlds, 0);
    }

    private GameServer game(String id, String worlds, int port) throws IOException {
        Map<String, String> s = new HashMap<>(Map.of("port", Integer.toString(port), "bind", "127.0.0.1", "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0",
                "animals", "none", "region", "eu-west", "worlds", worlds, "server-id", id));
        s.put("join-ticket-secret", SECRET);
        GameServer server = GameServer.start(ServerConfig.defaults(s));
        running.add(server);
        return server;
    }

    private Lobby lobby(LobbyConfig config) throws Exception {
        Lobby lobby = Lobby.start(config, LobbyCommand.source(config, Map.of()),
                new TicketSigner(new TicketSecret(SECRET), InstantSource.system(), config.joinTicketLifetime(), new SecureRandom()));
        running.add(lobby);
        return lobby;
    }

    private static String ticket(HttpResponse<String> join) {
        assertEquals(200, join.statusCode(), join.body());
        Map<String, Object> answer = JsonReader.flatObject(join.body());
        assertEquals("device-123456", answer.get("did"));
        return "tk:" + answer.get("ticket");
    }

    private static int closedWith(GameClient c) throws IOException {
        while (c.receive() != null) {
            // the packets before the Close frame
        }
        return c.closeCode();
    }

    @Test
    void oneListOfEveryServersWorldsAndATicketThatServerLetsInOnce() throws Exception {
        GameServer a = game("game-a", "main:eu-west:normal:40,sandbox:eu-west:sandbox:10");
        GameServer b = game("game-b", "main:eu-west:normal:40");
        Lobby lobby = lobby(config("lobby-servers", "http://127.0.0.1:" + a.port() + ",http://127.0.0.1:" + b.port(), "joins-per-minute", "3"));

        List<Map<String, Object>> servers = servers(lobby.port());
        Map<String, Map<String, Object>> byKey = servers.stream().collect(Collectors.toMap(e -> (String) e.get("key"), e -> e));
        assertEquals(Set.of("game-a-main", "game-a-sandbox", "game-b-main"), byKey.keySet(), "keys unique across the fleet");
        assertEquals(3, servers.stream().map(e -> e.get("region") + ":" + e.get("name")).distinct().count(), "names unique within a region");
        Map<String, Object> bMain = byKey.get("game-b-main");
        assertEquals("eu-west", bMain.get("region"), "a region id the v1.8 page has a label for");
        assertEquals(0.0, bMain.get("playerCount"));
        assertEquals(40.0, bMain.get("playerCapacity"));
        assertEquals((double) b.port(), bMain.get("port"), "the v1.8 page pings https://<host>:<port>/ping");
        assertEquals("ws://127.0.0.1:" + b.port() + "/s/main", bMain.get("socket"));
        assertEquals("ws://127.0.0.1:" + a.port() + "/s/sandbox", byKey.get("game-a-sandbox").get("socket"));
        assertEquals(10.0, byKey.get("game-a-sandbox").get("playerCapacity"));
        assertEquals(get(lobby.port(), "/servers?v=1.28").body(), get(lobby.port(), "/api/servers?v=1.27").body(), "one array for both pages");

        HttpResponse<String> ping = get(lobby.port(), "/ping");
        assertTrue(ping.statusCode() == 204 || ping.statusCode() == 200, "ping " + ping.statusCode());
        assertEquals("*", ping.headers().firstValue("Access-Control-Allow-Origin").orElse(null), "the page reads it from another origin");
        assertEquals(200, get(lobby.port(), "/healthz").statusCode());

        String host = "game-b-main.eu-west.moomoo.io";
        String forB = ticket(post(lobby.port(), "/join", "{\"captcha\":\"cf-token\",\"did\":\"device-123456\",\"host\":\"" + host + "\"}"));
        try (GameClient noTicket = GameClient.connectKeyed("127.0.0.1", b.port(), "main", "cf:turnstile-token", b.build(), null, 5000)) {
            assertEquals(4001, closedWith(noTicket), "a fleet's server lets no v1.9 socket in without a ticket, though it serves no page");
        }
        try (GameClient wrongServer = GameClient.connectKeyed("127.0.0.1", a.port(), "main", forB, a.build(), null, 5000)) {
            assertEquals(4001, closedWith(wrongServer), "a ticket for game-b does not open game-a's world of the same name");
        }
        try (GameClient page = GameClient.connectKeyed("127.0.0.1", b.port(), "main", forB, b.build(), null, 5000)) {
            page.receiveUntil(ServerPacket.TribeList.class);
            page.send(new ClientPacket.Spawn("lobbied", false, 2));
            page.receiveUntil(ServerPacket.SetupGame.class);
            assertEquals(1, b.world().submit(w -> w.livingPlayers().size()).get(5, TimeUnit.SECONDS));
            try (GameClient replay = GameClient.connectKeyed("127.0.0.1", b.port(), "main", forB, b.build(), null, 5000)) {
                assertEquals(4001, closedWith(replay), "a signed ticket opens one socket");
            }
        }
        String forSandbox = ticket(post(lobby.port(), "/api/join", "{\"did\":\"device-123456\",\"host\":\"game-a-sandbox.eu-west.moomoo.io\"}"));
        assertEquals("device-123456", assertInstanceOf(Admission.Admitted.class,
                a.joinGate().admit("sandbox", forSandbox)).deviceId(), "the real server's gate checks it without asking the lobby");

        assertEquals(403, post(lobby.port(), "/join", "{\"host\":\"game-c-main.eu-west.moomoo.io\"}").statusCode(), "an unknown key");
        assertEquals(429, post(lobby.port(), "/join", "not json").statusCode(), "the fourth join of this address within a minute");
    }

    @Test
    void theLobbyServesTheSavedPageWithTheFleetsBuild(@TempDir Path dir) throws Exception {
        Path buildFile = dir.resolve("build-module.txt");
        BuildModule fleetBuild = new BuildModuleFile(buildFile).loadOrCreate(new SecureRandom());
        GameServer a = game("game-a", "main:eu-west:normal:40");
        FakeSavedPage.write(dir.resolve("page"), true);
        Lobby lobby = lobby(config("lobby-servers", "http://127.0.0.1:" + a.port(), "client-page", dir.resolve("page").toString(),
                "build-module-file", buildFile.toString()));

        String page = get(lobby.port(), "/").body();
        String module = "/p/" + fleetBuild.buildId() + ".js";
        assertTrue(page.contains("\"moomoo-protocol\":\"" + module + "\""), "the page imports the fleet's build, which every game server checks: " + page);
        HttpResponse<String> script = get(lobby.port(), module);
        assertEquals(200, script.statusCode());
        assertEquals(fleetBuild.script(), script.body());
        assertEquals(200, get(lobby.port(), "/client/" + FakeSavedPage.BUNDLE).statusCode(), "the patched bundle");
        assertEquals(404, get(lobby.port(), "/p/0000000000.js").statusCode(), "no other build");
        assertEquals(List.of("game-a-main"), servers(lobby.port()).stream().map(e -> e.get("key")).toList(), "the list beside the page");
        assertEquals(200, post(lobby.port(), "/api/join", "{\"host\":\"game-a-main.eu-west.moomoo.io\"}").statusCode());
        assertEquals(404, post(lobby.port(), "/", "{}").statusCode(), "a post is for the services, never a file");

        ConfigException noBuild = assertThrows(ConfigException.class,
                () -> config("lobby-servers", "http://127.0.0.1:" + a.port(), "client-page", dir.resolve("page").toString()));
        assertTrue(noBuild.getMessage().contains("build-module-file"), noBuild.getMessage());
    }

    @Test
    void aBadBodyIsRefusedAndAPreflightAnswered() throws Exception {
        GameServer a = game("game-a", "main:eu-west:normal:40");
        Lobby lobby = lobby(config("lobby-servers", "http://127.0.0.1:" + a.port()));
        assertEquals(400, post(lobby.port(), "/join", "{\"host\":[1]}").statusCode());
        assertEquals(400, post(lobby.port(), "/api/join", "{\"did\":\"x\"}").statusCode(), "no host");
        HttpResponse<String> join = post(lobby.port(), "/join", "{\"host\":\"game-a-main.eu-west.moomoo.io\"}");
        assertEquals(200, join.statusCode());
        assertTrue(JsonReader.flatObject(join.body()).get("did") instanceof String did && did.length() >= 8, "a new device id when the page had none");
    }

    @Test
    void aServerThatStopsOrFailsLeavesTheListAndComesBack() throws Exception {
        GameServer a = game("game-a", "main:eu-west:normal:40");
        GameServer b = game("game-b", "main:eu-west:normal:40");
        int bPort = b.port();
        Lobby lobby = lobby(config("lobby-servers", "http://127.0.0.1:" + a.port() + ",http://127.0.0.1:" + bPort, "lobby-poll-ms", "600000"));
        assertEquals(2, servers(lobby.port()).size());
        b.shutdown();
        assertTrue(lobby.refresh());
        assertEquals(List.of("game-a-main"), servers(lobby.port()).stream().map(e -> e.get("key")).toList(), "game-b answers nothing now");
        assertEquals(403, post(lobby.port(), "/join", "{\"host\":\"game-b-main.eu-west.moomoo.io\"}").statusCode(), "and gets no tickets");
        running.remove(b);
        game("game-b", "main:eu-west:normal:40", bPort);
        assertTrue(lobby.refresh());
        assertEquals(Set.of("game-a-main", "game-b-main"), servers(lobby.port()).stream().map(e -> e.get("key")).collect(Collectors.toSet()), "back once it answers");
    }

    @Test
    void aNameStaysWithItsServerAndIsNeverGivenToAnother() throws Exception {
        GameServer a = game("game-a", "main:eu-west:normal:40");
        GameServer b = game("game-b", "main:eu-west:normal:40");
        int aPort = a.port();
        Lobby lobby = lobby(config("lobby-servers", "http://127.0.0.1:" + aPort + ",http://127.0.0.1:" + b.port(), "lobby-poll-ms", "600000"));
        assertEquals(Map.of("game-a-main", "main-1", "game-b-main", "main-2"), names(lobby));
        // The v1.9 page told that main-1 is restarting looks for a server of another name: main-1 must not
        // turn up again on game-b.
        a.shutdown();
        running.remove(a);
        assertTrue(lobby.refresh());
        assertEquals(Map.of("game-b-main", "main-2"), names(lobby));
        game("game-a", "main:eu-west:normal:40", aPort);
        assertTrue(lobby.refresh());
        assertEquals(Map.of("game-a-main", "main-3", "game-b-main", "main-2"), names(lobby), "back under a new number");
    }

    private static Map<Object, Object> names(Lobby lobby) throws Exception {
        return servers(lobby.port()).stream().collect(Collectors.toMap(e -> e.get("key"), e -> e.get("name")));
    }

    @Test
    void aServerThatTricklesOrFloodsItsAnswerIsLeftOutAndHoldsNothingUp() throws Exception {
        GameServer a = game("game-a", "main:eu-west:normal:40");
        CountDownLatch release = new CountDownLatch(1);
        HttpServer hostile = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hostile.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        hostile.createContext("/healthz", x -> { // a head, one byte, then nothing until the test ends
            x.sendResponseHeaders(200, 0);
            x.getResponseBody().write('o');
            x.getResponseBody().flush();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        HttpServer flood = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        flood.createContext("/", x -> { // 5 MiB: more than a lobby reads of anyone
            x.sendResponseHeaders(200, 0);
            byte[] spaces = new byte[64 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            try (var out = x.getResponseBody()) {
                for (int i = 0; i < 80; i++) {
                    out.write(spaces);
                }
                out.write("ok\nserver flood\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException cancelled) {
                // the lobby stopped reading
            }
        });
        hostile.start();
        flood.start();
        try {
            Lobby lobby = lobby(config("lobby-servers", "http://127.0.0.1:" + a.port() + ",http://127.0.0.1:" + hostile.getAddress().getPort()
                    + ",http://127.0.0.1:" + flood.getAddress().getPort(), "lobby-poll-ms", "600000"));
            // the poll's timeout is 2 s (the poll period's, at most 2 s): a refresh ends, it does not wait for the trickle
            assertTrue(CompletableFuture.supplyAsync(() -> {
                try {
                    return lobby.refresh();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }).get(30, TimeUnit.SECONDS));
            assertEquals(List.of("game-a-main"), servers(lobby.port()).stream().map(e -> e.get("key")).toList(), "only the server that answered");
        } finally {
            release.countDown();
            hostile.stop(0);
            flood.stop(0);
        }
    }
}
