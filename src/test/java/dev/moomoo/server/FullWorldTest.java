package dev.moomoo.server;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A full world refuses a spawn with {@code B "server is full"}, the v1.9 client's own text (it switches to
 * another server of the region; the v1.8 client shows the text as it is), then 4001, to each kind of client.
 */
class FullWorldTest {
    @TempDir
    Path state;
    private GameServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    private GameClient client(String kind) throws IOException {
        return switch (kind) {
            case "v19" -> GameClient.connectKeyed("127.0.0.1", server.port(), "main", "tk:anything", server.build(), null, 10_000);
            case "era1" -> GameClient.connect("127.0.0.1", server.port(), "/?era=1", null, Profile.ERA_1, 10_000);
            default -> GameClient.connect("127.0.0.1", server.port(), "/?era=2", null, Profile.ERA_2, 10_000);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"era1", "era2", "v19"})
    void theSecondOfAWorldOfOneIsToldTheServerIsFull(String kind) throws Exception {
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "console", "false", "state-dir", state.toString(),
                "worlds", "main:local:normal:1", "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none"));
        server = GameServer.start(ServerConfig.defaults(s));
        try (GameClient first = client(kind); GameClient second = client(kind)) {
            first.receiveUntil(ServerPacket.TribeList.class);
            first.send(new ClientPacket.Spawn("first", false, 0));
            first.receiveUntil(ServerPacket.SetupGame.class);
            second.receiveUntil(ServerPacket.TribeList.class);
            second.send(new ClientPacket.Spawn("second", false, 0));
            assertEquals("server is full", second.receiveUntil(ServerPacket.Disconnect.class).reason());
            while (second.receive() != null) {
                // up to the Close
            }
            assertEquals(4001, second.closeCode(), "then closed as a refused player");
        }
    }
}
