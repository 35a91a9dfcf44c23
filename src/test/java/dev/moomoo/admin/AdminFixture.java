package dev.moomoo.admin;

import dev.moomoo.client.GameClient;
import dev.moomoo.game.WorldAdmin;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A running game server on loopback with an admin token and a ban file of the test's own. */
final class AdminFixture implements AutoCloseable {
    static final String TOKEN = "s3cret";
    final GameServer server;
    final Path banFile;

    AdminFixture(Path dir, String... settings) throws IOException {
        banFile = dir.resolve("bans.txt");
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "admin-token", TOKEN,
                "ban-file", banFile.toString(), "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none"));
        for (int i = 0; i < settings.length; i += 2) {
            s.put(settings[i], settings[i + 1]);
        }
        server = GameServer.start(ServerConfig.defaults(s));
    }

    /** Connects as this project's own browser client does: it shows notices in its panel (chat from sid -1). */
    GameClient connect() throws IOException {
        return connect(OWN_CLIENT);
    }

    /** The socket path of this project's own client, which says who it is. */
    static final String OWN_CLIENT = "/?client=moomoo-server";
    /** The real client's socket path: it shows notices only as bubbles over its own player. */
    static final String REAL_CLIENT = "/?token=cf:abc";

    GameClient connect(String target) throws IOException {
        return GameClient.connect("127.0.0.1", server.port(), target, null, Profile.ERA_2, 5000);
    }

    /** Connects as the own client and spawns; returns the client, its sid in {@code sid[0]}. */
    GameClient player(String name, int[] sid) throws IOException {
        return player(name, sid, OWN_CLIENT);
    }

    /** Connects on {@code target} and spawns; returns the client, its sid in {@code sid[0]}. */
    GameClient player(String name, int[] sid, String target) throws IOException {
        GameClient c = connect(target);
        c.receiveUntil(ServerPacket.TribeList.class);
        c.send(new ClientPacket.Spawn(name, false, 0));
        sid[0] = c.receiveUntil(ServerPacket.SetupGame.class).yourSid();
        return c;
    }

    /** Runs {@code task} on the tick thread and returns its result (for conditions polled by a test). */
    <T> T onTick(Function<WorldAdmin, T> task) {
        try {
            return server.world().submit(task).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String run(String line) throws Exception {
        return server.commands().execute(line).get(5, TimeUnit.SECONDS);
    }

    /** A plain GET on loopback: status line and body. */
    String get(String path, String... headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            StringBuilder req = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: x\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            s.getOutputStream().write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A GET that must be answered 200: status line and body. */
    String getOk(String path, String... headers) throws IOException {
        String response = get(path, headers);
        assertTrue(response.startsWith("HTTP/1.1 200 "), () -> path + ": " + response.lines().findFirst().orElse("no answer"));
        return response;
    }

    static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
