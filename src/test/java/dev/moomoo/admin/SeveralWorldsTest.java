package dev.moomoo.admin;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two worlds in one server, over sockets (README, "Several worlds"): a normal world, {@code main}, the
 * default, beside a sandbox of one place. Each client reaches the world its URL names, the worlds' players
 * never meet, the commands address a world, and the pages speak for every world.
 */
class SeveralWorldsTest {
    private static final String WORLDS = "main:local:normal:100,sandbox:eu:sandbox:1";
    /** The own client's socket in the sandbox: it shows the notices of chat commands in its panel. */
    private static final String SANDBOX = "/?world=sandbox&client=moomoo-server";

    @TempDir
    Path dir;

    private AdminFixture start() throws IOException {
        return new AdminFixture(dir, "worlds", WORLDS);
    }

    private static String notice(GameClient c) throws IOException {
        while (true) {
            ServerPacket.Chat chat = c.receiveUntil(ServerPacket.Chat.class);
            if (chat.sid() == -1) {
                return chat.message();
            }
        }
    }

    /** The close code the server ends {@code c} with, reading past whatever it sends before. */
    private static int closedWith(GameClient c) throws IOException {
        while (c.receive() != null) {
            // the packets before the Close frame
        }
        return c.closeCode();
    }

    @Test
    void playersOfTwoWorldsNeverMeetAndEachURLReachesItsWorld() throws Exception {
        try (AdminFixture fx = start()) {
            int[] a = new int[1];
            int[] b = new int[1];
            int[] c = new int[1];
            try (GameClient ay = fx.player("ay", a); // a plain socket on /: the default world
                 GameClient bee = fx.player("bee", b, SANDBOX)) {
                assertEquals("moved " + a[0] + " to 3000,3000", fx.run("tp " + a[0] + " 3000 3000"));
                assertEquals("moved " + b[0] + " to 3000,3000", fx.run("@sandbox tp " + b[0] + " 3000 3000"), "the sandbox's player, by the sandbox's sid");
                assertTrue(fx.run("@sandbox players").contains(" bee "));
                assertFalse(fx.run("players").contains("bee"), "the console runs in the default world");
                // the v1.8 client's pick, region:name (as its page writes it, the colon encoded)
                try (GameClient cee = fx.player("cee", c, "/?server=local%3Amain")) {
                    assertTrue(fx.run("players").contains(" cee "), "?server=local:main is the main world");
                    fx.run("tp " + c[0] + " 3000 3000");
                    // ay sees cee, who came to the same spot after bee did in the other world, and never bee
                    List<String> seen = new ArrayList<>();
                    ServerPacket.AddPlayer added;
                    do {
                        added = ay.receiveUntil(ServerPacket.AddPlayer.class);
                        seen.add(added.player().name());
                    } while (!added.player().name().equals("cee"));
                    assertFalse(seen.contains("bee"), "seen in main: " + seen);
                }
                // in chat, an admin's commands run in the admin's own world unless they name another
                bee.send(new ClientPacket.Chat("/login " + AdminFixture.TOKEN));
                assertEquals("logged in as admin", notice(bee));
                bee.send(new ClientPacket.Chat("/players"));
                assertTrue(notice(bee).contains(" bee "), "the sandbox's players");
                bee.send(new ClientPacket.Chat("/@main tell " + a[0] + " hi there"));
                assertEquals("told " + a[0], notice(bee));
                assertEquals("hi there", notice(ay));
                // every admin of the sandbox shares its chat commands: one may not move the others' to main
                bee.send(new ClientPacket.Chat("/world main"));
                assertEquals("in chat, name another world for each line: @main <command>", notice(bee));
                bee.send(new ClientPacket.Chat("/players"));
                assertTrue(notice(bee).contains(" bee "), "still the sandbox's players");
            }
        }
    }

    @Test
    void theConsoleSelectsAWorldAndStatusShowsEvery() throws Exception {
        try (AdminFixture fx = start(); GameClient bee = fx.player("bee", new int[1], SANDBOX)) {
            String status = fx.run("status");
            List<String> lines = status.lines().toList();
            assertEquals(2, lines.size(), status);
            assertTrue(lines.get(0).startsWith("@main http://") && lines.get(0).contains("players 0/100"), status);
            assertTrue(lines.get(1).startsWith("@sandbox http://") && lines.get(1).contains("players 1/1"), status);
            assertEquals("* main (normal, local)\n  sandbox (sandbox, eu)", fx.run("world"));
            assertEquals("commands now run in world sandbox (sandbox, eu)", fx.run("world sandbox"));
            assertTrue(fx.run("players").contains(" bee "));
            assertEquals("no world 'moon' (worlds: main, sandbox)", fx.run("world moon"));
            assertEquals("no world 'moon' (worlds: main, sandbox)", fx.run("@moon players"));
            assertEquals("no players", fx.run("@main players"));
            assertTrue(fx.run("help").contains("@<world> <command>"));
        }
    }

    private static String answer(AdminFixture fx, String line) {
        try {
            return fx.run(line);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }

    /** Bots by world: the setting {@code bots} fills the default world, a declaration's {@code bots=} its own. */
    @Test
    void eachWorldPlaysTheBotsItDeclares() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir, "worlds", "main:local:normal:100,duel:local:normal:10:bots=2,empty:local:normal:10", "bots", "3")) {
            assertTrue(Await.until(Duration.ofSeconds(10), () -> answer(fx, "status").contains("players 3/100")), fx.run("status"));
            assertTrue(Await.until(Duration.ofSeconds(10), () -> answer(fx, "@duel status").contains("players 2/10")), fx.run("@duel status"));
            assertTrue(fx.run("@empty status").contains("players 0/10"), fx.run("@empty status"));
            assertEquals("removed 2 bot(s), 0 left", fx.run("@duel kickbot 10"), "the duel's bots are the duel's own");
            assertEquals("removed 3 bot(s), 0 left", fx.run("@main kickbot 10"));
        }
    }

    @Test
    void aFullWorldRefusesTheWayTheClientsShowItAndTheListSaysSo() throws Exception {
        try (AdminFixture fx = start(); GameClient bee = fx.player("bee", new int[1], SANDBOX)) {
            String servers = AdminFixture.body(fx.getOk("/api/servers"));
            assertEquals("[{\"region\":\"local\",\"name\":\"main\",\"key\":\"main\",\"playerCount\":0,\"playerCapacity\":100},"
                    + "{\"region\":\"eu\",\"name\":\"sandbox\",\"key\":\"sandbox\",\"playerCount\":1,\"playerCapacity\":1}]", servers.strip(),
                    "the v1.9 page calls a world full when its count reaches its capacity");
            try (GameClient late = fx.connect(SANDBOX)) {
                late.receiveUntil(ServerPacket.TribeList.class);
                late.send(new ClientPacket.Spawn("late", false, 0));
                assertEquals(4001, closedWith(late), "the full path: Invalid Connection, as on a full server");
            }
            fx.player("roomy", new int[1]).close(); // the main world has room
        }
    }

    @Test
    void aV19PageReachesTheSecondWorldByItsKey() throws Exception {
        try (AdminFixture fx = start()) {
            try (GameClient page = GameClient.connectKeyed("127.0.0.1", fx.server.port(), "sandbox", "tk:anything", fx.server.build(), null, 5000)) {
                page.receiveUntil(ServerPacket.TribeList.class);
                page.send(new ClientPacket.Spawn("keyed", false, 2));
                page.receiveUntil(ServerPacket.SetupGame.class);
                assertTrue(fx.run("@sandbox players").contains(" keyed "));
                assertEquals("no players", fx.run("players"));
            }
            try (GameClient nowhere = GameClient.connectKeyed("127.0.0.1", fx.server.port(), "moon", "tk:anything", fx.server.build(), null, 5000)) {
                assertEquals(4001, closedWith(nowhere), "an unknown world, as before");
            }
            String refused = fx.get("/?world=moon", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                    "Sec-WebSocket-Version: 13");
            assertTrue(refused.startsWith("HTTP/1.1 404 "), refused);
            assertTrue(fx.get("/?server=local:sandbox", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                    "Sec-WebSocket-Version: 13").startsWith("HTTP/1.1 404 "), "the sandbox is in region eu");
        }
    }

    @Test
    void healthNeedsEveryWorldOnTimeAndMetricsLabelEachWorld() throws Exception {
        try (AdminFixture fx = start()) {
            assertTrue(AdminFixture.body(fx.getOk("/healthz")).startsWith("ok"));
            CountDownLatch release = new CountDownLatch(1);
            try {
                fx.server.world("sandbox").submit(w -> {
                    try {
                        release.await(); // a tick of the sandbox that does not end until the test says so
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
                assertTrue(Await.until(Duration.ofSeconds(10), () -> status(fx, "/healthz").startsWith("HTTP/1.1 503 ")), "503 while one world is stalled");
                long mainTicks = fx.server.tickLoop().stats().histogram().count();
                assertTrue(Await.until(Duration.ofSeconds(10), () -> fx.server.tickLoop().stats().histogram().count() > mainTicks), "main still ticks");
                assertTrue(status(fx, "/healthz").startsWith("HTTP/1.1 503 "), "and the stall still holds");
            } finally {
                release.countDown();
            }
            assertTrue(Await.until(Duration.ofSeconds(10), () -> status(fx, "/healthz").startsWith("HTTP/1.1 200 ")), "200 again");

            fx.player("ay", new int[1]).close();
            try (GameClient bee = fx.player("bee", new int[1], SANDBOX)) {
                List<HealthAndMetricsTest.Sample> s = HealthAndMetricsTest.parse(AdminFixture.body(fx.getOk("/metrics")));
                assertEquals(1, value(s, "moomoo_players", Map.of("world", "sandbox")));
                assertEquals(1, value(s, "moomoo_packets_total", Map.of("world", "sandbox", "profile", "era2", "direction", "in", "code", "M", "kind", "spawn")));
                assertEquals(1, value(s, "moomoo_packets_total", Map.of("world", "main", "profile", "era2", "direction", "in", "code", "M", "kind", "spawn")));
                assertTrue(value(s, "moomoo_ticks_total", Map.of("world", "sandbox")) > 0);
                assertTrue(value(s, "moomoo_ticks_total", Map.of("world", "main")) > 0);
            }
        }
    }

    private static String status(AdminFixture fx, String path) {
        try {
            return fx.get(path);
        } catch (IOException e) {
            return "";
        }
    }

    private static double value(List<HealthAndMetricsTest.Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(x -> x.name().equals(name) && x.labels().equals(labels)).mapToDouble(HealthAndMetricsTest.Sample::value)
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + name + labels));
    }
}
