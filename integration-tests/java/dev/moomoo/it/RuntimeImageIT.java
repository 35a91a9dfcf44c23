package dev.moomoo.it;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The runtime image runs with no JDK anywhere in reach: PATH holds only the shell tools the launcher
 * uses, and there is no JAVA_HOME.
 */
class RuntimeImageIT {

    @Test
    void theImageStartsAndServesAClientWithoutAJdk() throws Exception {
        Path image = Path.of(System.getProperty("moomoo.image", "target/image"));
        Path launcher = image.resolve("bin/moomoo-server");
        assertTrue(Files.isExecutable(launcher), "launcher missing: " + launcher);

        // A PATH with exactly the tools bin/moomoo-server calls, and no java among them.
        Path tools = Files.createTempDirectory("no-jdk-path");
        for (String tool : List.of("sh", "dirname")) {
            Path real = Path.of("/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/usr/bin", tool);
            }
            Files.createSymbolicLink(tools.resolve(tool), real);
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--port=" + port, "--bind=127.0.0.1", "--drain-seconds=0")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", tools.toString());
        Process server = pb.start();
        try {
            GameClient client = connectWithin(port, 30_000, server);
            try (client) {
                assertInstanceOf(ServerPacket.IoInit.class, client.receive());
                client.send(new ClientPacket.Spawn("nojdk", false, 0));
                client.receiveUntil(ServerPacket.SetupGame.class);
                client.send(new ClientPacket.Ping());
                client.receiveUntil(ServerPacket.Pong.class);
            }
            // The launcher execs the JVM: the process we started is the JVM itself, and SIGTERM stops it with 0.
            assertTrue(server.info().command().orElse("").endsWith("/bin/java"), "launcher execs java: " + server.info().command());
            server.destroy();
            assertTrue(server.waitFor(15, TimeUnit.SECONDS), "stopped within 15 s of SIGTERM");
            assertEquals(0, server.exitValue());
        } finally {
            server.destroyForcibly();
        }
    }

    static GameClient connectWithin(int port, long millis, Process server) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            try {
                return GameClient.connect("127.0.0.1", port, null, Profile.ERA_2, 5000);
            } catch (IOException notYet) {
                if (!server.isAlive()) {
                    fail("the image exited with " + server.exitValue() + " before accepting a connection");
                }
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }
}
