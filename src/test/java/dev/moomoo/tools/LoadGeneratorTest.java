package dev.moomoo.tools;

import dev.moomoo.protocol.ClientKind;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
}
