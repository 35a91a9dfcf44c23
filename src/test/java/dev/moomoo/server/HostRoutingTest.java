package dev.moomoo.server;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The v1.8 client dials {@code wss://<key>.<region>.<base>/} with no query: a URL that names no world plays in
 * the world its Host names, and one whose Host names none (an address, {@code localhost:3000}, a world of
 * another region) in the default world; a URL that names a world wins over the Host.
 */
class HostRoutingTest {
    @TempDir
    Path state;
    private GameServer server;

    @BeforeEach
    void start() throws StartFailure {
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "console", "false", "state-dir", state.toString(),
                "worlds", "main:local:normal:10,sandbox:eu:sandbox:10", "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0",
                "animals", "none"));
        server = GameServer.start(ServerConfig.defaults(s));
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    @ParameterizedTest
    @CsvSource({
            "sandbox.eu.moomoo.example:443, /, sandbox",
            "SANDBOX.EU.moomoo.example, /, sandbox",
            "main.local.moomoo.example, /, main",
            "localhost:3000, /, main",
            "127.0.0.1:3000, /, main",
            "sandbox.us.moomoo.example, /, main",
            "sandbox.eu, /, main",
            "sandbox.eu.moomoo.example, /?world=main, main",
    })
    void theHostPicksTheWorldWhenTheUrlNamesNone(String host, String target, String world) throws Exception {
        try (GameClient c = GameClient.connectAs(host, "127.0.0.1", server.port(), target, Profile.ERA_2, 10_000)) {
            c.receiveUntil(ServerPacket.TribeList.class);
            c.send(new ClientPacket.Spawn("visitor", false, 0));
            c.receiveUntil(ServerPacket.SetupGame.class);
            assertTrue(Await.until(Duration.ofSeconds(10), () -> server.world(world).livingPlayers().size() == 1), "plays in " + world);
            String other = world.equals("main") ? "sandbox" : "main";
            assertEquals(0, server.world(other).livingPlayers().size(), "not in " + other);
        }
    }
}
