package dev.moomoo.server;

import dev.moomoo.client.GameClient;
import dev.moomoo.client.WsClient;
import dev.moomoo.gateway.JoinGate.Admission;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.testing.FakeSavedPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A whole server serving a saved page of the current client, over real sockets: the page at / with the
 * current build module in its import map, the own client at /own/, the web services, the build kept in
 * the state directory across a restart and rolled by the command, the list emptied while stopping.
 */
class SavedPageServerTest {
    @TempDir
    Path dir;
    private GameServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    private GameServer start(String... settings) throws IOException {
        FakeSavedPage.write(dir.resolve("saved"), false);
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "client-page", dir.resolve("saved").toString(),
                "state-dir", dir.resolve("state").toString(), "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none"));
        s.put("region", "eu-west");
        for (int i = 0; i < settings.length; i += 2) {
            s.put(settings[i], settings[i + 1]);
        }
        return GameServer.start(ServerConfig.defaults(s));
    }

    private String exchange(String request) throws IOException {
        try (WsClient c = WsClient.tcp(server.port(), 5000)) {
            c.write(request);
            return c.readResponse();
        }
    }

    private String get(String target) throws IOException {
        return exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static String moduleOf(String page) {
        Matcher m = Pattern.compile("\"moomoo-protocol\":\"(/p/[0-9a-z]+\\.js)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    @Test
    void thePageItsModuleTheOwnClientAndTheServices() throws Exception {
        server = start();
        String page = get("/");
        assertTrue(page.startsWith("HTTP/1.1 200 "), page);
        String module = moduleOf(body(page));
        assertEquals("/p/" + server.build().buildId() + ".js", module);
        String script = get(module);
        assertTrue(script.startsWith("HTTP/1.1 200 ") && script.contains("Content-Type: text/javascript; charset=utf-8"), script);
        assertTrue(body(script).contains("export const BUILD_ID = \"" + server.build().buildId() + "\";"));
        assertTrue(get("/client/" + FakeSavedPage.BUNDLE).contains("const Ae=!1;"));
        assertTrue(body(get("/client/" + FakeSavedPage.VENDOR)).contains("MsgpackEncoder as E"), "the folder has none: this server's");

        assertTrue(body(get("/own/")).contains("<script type=\"module\" src=\"main.js\"></script>"), "the own client keeps a path of its own");
        assertTrue(get("/own/main.js").startsWith("HTTP/1.1 200 "));
        assertTrue(get("/own").startsWith("HTTP/1.1 301 "));
        assertTrue(get("/protocol.json").startsWith("HTTP/1.1 200 "));

        assertEquals("[{\"region\":\"eu-west\",\"name\":\"main\",\"key\":\"main\",\"playerCount\":0,\"playerCapacity\":" + server.world().config().maxPlayers() + "}]",
                body(get("/api/servers?v=1.28")));
        String preflight = exchange("OPTIONS /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://elsewhere.example\r\n"
                + "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n\r\n");
        assertTrue(preflight.startsWith("HTTP/1.1 200 ") && preflight.contains("Access-Control-Allow-Origin: *\r\n")
                && preflight.contains("Access-Control-Allow-Headers: Content-Type\r\n"), preflight);
        String json = "{\"captcha\":\"stand-in.x\",\"did\":\"device-123456\",\"host\":\"main.eu-west.moomoo.io\"}";
        String join = exchange("POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json);
        assertTrue(join.startsWith("HTTP/1.1 200 "), join);
        Matcher ticket = Pattern.compile("\"ticket\":\"([A-Za-z0-9_-]+)\"").matcher(body(join));
        assertTrue(ticket.find(), join);
        assertEquals(new Admission.Admitted("device-123456"), server.joinGate().admit("main", "tk:" + ticket.group(1)));
        assertTrue(get("/api/profile?name=x").startsWith("HTTP/1.1 404 "));
    }

    /** A ticket of {@code POST /api/join} for the world the page chose, by its host {@code <key>.<region>.<base>}. */
    private String ticketFor(String host) throws IOException {
        String json = "{\"captcha\":\"stand-in.x\",\"did\":\"device-123456\",\"host\":\"" + host + "\"}";
        String join = exchange("POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json);
        Matcher ticket = Pattern.compile("\"ticket\":\"([A-Za-z0-9_-]+)\"").matcher(body(join));
        assertTrue(ticket.find(), join);
        return "tk:" + ticket.group(1);
    }

    /** The close code the server ends {@code c} with, reading past whatever it sends before. */
    private static int closedWith(GameClient c) throws IOException {
        while (c.receive() != null) {
            // the packets before the Close frame
        }
        return c.closeCode();
    }

    @Test
    void aJoinTicketIsForTheWorldThePageChoseAmongSeveral() throws Exception {
        server = start("worlds", "main:eu-west:normal:100,sandbox:eu-west:sandbox:40");
        assertEquals("[{\"region\":\"eu-west\",\"name\":\"main\",\"key\":\"main\",\"playerCount\":0,\"playerCapacity\":100},"
                + "{\"region\":\"eu-west\",\"name\":\"sandbox\",\"key\":\"sandbox\",\"playerCount\":0,\"playerCapacity\":40}]",
                body(get("/api/servers?v=1.28")));
        try (GameClient wrongWorld = GameClient.connectKeyed("127.0.0.1", server.port(), "main", ticketFor("sandbox.eu-west.moomoo.io"), server.build(), null, 5000)) {
            assertEquals(4001, closedWith(wrongWorld), "a ticket for the sandbox does not open the main world");
        }
        try (GameClient page = GameClient.connectKeyed("127.0.0.1", server.port(), "sandbox", ticketFor("sandbox.eu-west.moomoo.io"), server.build(), null, 5000)) {
            page.receiveUntil(ServerPacket.TribeList.class);
            page.send(new ClientPacket.Spawn("keyed", false, 2));
            page.receiveUntil(ServerPacket.SetupGame.class);
            assertEquals(1, server.world("sandbox").submit(w -> w.livingPlayers().size()).get(5, TimeUnit.SECONDS));
            assertEquals(0, server.world().submit(w -> w.livingPlayers().size()).get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void theBuildIsKeptAcrossARestartAndRolledByTheCommand() throws Exception {
        server = start();
        String first = server.build().buildId();
        assertEquals(server.build(), new BuildModuleFile(dir.resolve("state/build-module.txt")).load(), "kept in the state directory");
        String rolled = server.commands().execute("build roll").get();
        String second = server.build().buildId();
        assertEquals("rolled: now build " + second + "; pages on build " + first + " are told to reload", rolled);
        assertEquals("/p/" + second + ".js", moduleOf(body(get("/"))), "a page served after the roll imports the new build");
        assertTrue(get("/p/" + first + ".js").startsWith("HTTP/1.1 404 "));
        server.shutdown();
        server = start();
        assertEquals(second, server.build().buildId(), "a restart keeps the pages open on the last build valid");
    }

    @Test
    void whileTheServerStopsTheListIsEmptyAndNoTicketIsIssued() throws Exception {
        server = start();
        server.onStopRequested(() -> { });
        server.requestStop(30);
        assertEquals("[]", body(get("/api/servers?v=1.28")), "the page then says the server has closed");
        String json = "{\"host\":\"main.eu-west.moomoo.io\"}";
        assertTrue(exchange("POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: " + json.length() + "\r\n\r\n" + json).startsWith("HTTP/1.1 403 "));
    }

    @Test
    void withoutASavedPageTheOwnClientIsAtTheRootAndNothingIsWritten() throws Exception {
        server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "state-dir", dir.resolve("state").toString(),
                "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none")));
        assertTrue(body(get("/")).contains("<script type=\"module\" src=\"main.js\"></script>"));
        assertTrue(get("/own/").startsWith("HTTP/1.1 200 "));
        assertTrue(get("/p/" + server.build().buildId() + ".js").startsWith("HTTP/1.1 200 "), "the module is there for the keyed endpoint");
        assertFalse(Files.exists(dir.resolve("state")), "the build lives in memory");
    }

    @Test
    void aSavedPageThatCannotBeServedStopsTheStartInOneLine() {
        Map<String, String> s = Map.of("port", "0", "bind", "127.0.0.1", "client-page", dir.resolve("nowhere").toString(),
                "state-dir", dir.resolve("state").toString());
        StartFailure e = assertThrows(StartFailure.class, () -> GameServer.start(ServerConfig.defaults(s)));
        assertEquals("client-page " + dir.resolve("nowhere") + ": no such folder", e.getMessage());
        assertFalse(Files.exists(dir.resolve("state")), "nothing written before the page was found");
    }

    @Test
    void aBuildFileThatCannotBeReadStopsTheStartNamingIt() throws IOException {
        FakeSavedPage.write(dir.resolve("saved"), false);
        Files.createDirectories(dir.resolve("state"));
        Files.writeString(dir.resolve("state/build-module.txt"), "build-id = k3v9q0x2mz\n", StandardCharsets.UTF_8);
        Map<String, String> s = Map.of("port", "0", "bind", "127.0.0.1", "client-page", dir.resolve("saved").toString(),
                "state-dir", dir.resolve("state").toString());
        StartFailure e = assertThrows(StartFailure.class, () -> GameServer.start(ServerConfig.defaults(s)));
        assertEquals("build module file " + dir.resolve("state/build-module.txt") + ": no build-salt line", e.getMessage());
    }
}
