package dev.moomoo.tools;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.HealthCheck;
import dev.moomoo.server.ServerConfig;

import java.io.IOException;
import java.util.Map;

/**
 * A short run through start, one game session and stop on a loopback port ({@code --cds-training}),
 * used when the runtime image is built so the class-data-sharing archive holds the classes a real start
 * loads. It plays the client's part, so it lives with the server's clients, not in the server.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /** Returns the process exit code: 0 when the session went through, 1 when it failed (said on stderr). */
    public static int run() {
        try (GameServer server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1")))) {
            try (GameClient c = GameClient.connect("127.0.0.1", server.port(), null, Profile.ERA_2, 5000)) {
                c.receiveUntil(ServerPacket.TribeList.class);
                c.send(new ClientPacket.Spawn("training", false, 0));
                c.send(new ClientPacket.Move(0.5));
                c.receiveUntil(ServerPacket.UpdatePlayers.class);
                c.send(new ClientPacket.Ping());
                c.receiveUntil(ServerPacket.Pong.class);
            }
            HealthCheck.run("127.0.0.1", server.port(), 3000);
            return 0;
        } catch (IOException e) {
            System.err.println("training run failed: " + e.getMessage());
            return 1;
        }
    }
}
