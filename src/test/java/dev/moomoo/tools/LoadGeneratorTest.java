package dev.moomoo.tools;

import dev.moomoo.protocol.ClientKind;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.protocol.keyed.KeyedFrameException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import dev.moomoo.config.ConfigException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class LoadGeneratorTest {
    @Test
    void onlyLoopbackTargetsAndSaneBounds() {
        assertEquals("option --host: only loopback targets are allowed, not 10.0.0.1",
                assertThrows(ConfigException.class, () -> LoadGenerator.parse(new String[] {"--host", "10.0.0.1"})).getMessage());
        assertEquals("option --connections: expected an integer from 1 to 100000, not '0'",
                assertThrows(ConfigException.class, () -> LoadGenerator.parse(new String[] {"--connections", "0"})).getMessage());
        assertEquals("option --mode: expected idle or active, not 'chaos'",
                assertThrows(ConfigException.class, () -> LoadGenerator.parse(new String[] {"--mode", "chaos"})).getMessage());
        assertEquals("option --seconds needs a value (see --help)",
                assertThrows(ConfigException.class, () -> LoadGenerator.parse(new String[] {"--seconds"})).getMessage());
        assertEquals("unknown option --colour (see --help)",
                assertThrows(ConfigException.class, () -> LoadGenerator.parse(new String[] {"--colour", "blue"})).getMessage());
        assertEquals("active", LoadGenerator.parse(new String[] {"--mode", "active"}).mode());
        assertEquals("/server", LoadGenerator.parse(new String[] {"--path=/server"}).path());
    }

    @Test
    void activePlayersConnectPlayAndStopByThemselves() throws Exception {
        try (GameServer server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "animals", "none")))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            LoadGenerator load = new LoadGenerator(LoadGenerator.parse(new String[] {"--mode", "active", "--connections", "12",
                    "--seconds", "3", "--port", Integer.toString(server.port()), "--sources", "3"}));
            long start = System.nanoTime();
            int code = load.run(new PrintStream(out, true, StandardCharsets.UTF_8));
            double seconds = (System.nanoTime() - start) / 1e9;
            String printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, printed);
            assertTrue(seconds < 10, "stopped by itself after its 3 s: " + seconds);
            var counters = load.counters(); // connected, failed, closed, in, out
            assertEquals(12, counters.get(0));
            assertEquals(0, counters.get(1));
            assertTrue(counters.get(3) > 12 * 9, "updates flowed: " + counters.get(3));
            assertTrue(counters.get(4) > 12, "they played: " + counters.get(4));
            assertTrue(printed.contains("open 12"), printed);
            assertEquals(12, server.endpoint().stats().packetsIn(ClientKind.SPAWN), "each one spawned");
        }
    }

    @Test
    void v19PagesSpeakTheKeyedProtocolOfTheBuildInTheServersStateDirectory(@TempDir Path state) throws Exception {
        Path file = state.resolve("build-module.txt" /* the setting build-module-file by default */);
        BuildModule build = new BuildModuleFile(file).loadOrCreate(new SecureRandom());
        try (GameServer server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "animals", "none",
                "console", "false", "state-dir", state.toString())))) {
            assertEquals(build, server.build(), "the server speaks the build kept in its state directory");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            LoadGenerator load = new LoadGenerator(LoadGenerator.parse(new String[] {"--mode", "active", "--connections", "6",
                    "--seconds", "3", "--port", Integer.toString(server.port()), "--sources", "2", "--client", "v19", "--build-file", file.toString()}));
            int code = load.run(new PrintStream(out, true, StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, printed);
            var counters = load.counters(); // connected, failed, closed, in, out
            assertEquals(6, counters.get(0));
            assertEquals(0, counters.get(2), "none closed by the server: every frame opened");
            assertTrue(counters.get(3) > 6 * 9, "updates flowed: " + counters.get(3));
            var stats = server.keyedEndpoint().stats();
            assertEquals(6, stats.packetsIn(ClientKind.SPAWN), "each one spawned through its keys");
            assertTrue(stats.packetsIn(ClientKind.AIM) > 0);
            for (KeyedFrameException.Reason r : KeyedFrameException.Reason.values()) {
                assertEquals(0, stats.keyedRefusals(r), r.name());
            }
        }
    }

    @Test
    void v19NeedsTheBuildFile() {
        assertEquals("option --client v19 needs --build-file (build-module.txt in the server's state directory)",
                assertThrows(ConfigException.class, () -> LoadGenerator.parse(new String[] {"--client", "v19"})).getMessage());
        assertEquals("option --client: expected plain or v19, not 'v18'",
                assertThrows(ConfigException.class, () -> LoadGenerator.parse(new String[] {"--client", "v18"})).getMessage());
    }
}
