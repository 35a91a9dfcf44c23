package dev.moomoo.admin;

import dev.moomoo.client.GameClient;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

class HealthAndMetricsTest {
    @TempDir
    Path dir;

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        assertTrue(Await.until(Duration.ofSeconds(10), condition::get), "timed out waiting for " + what);
    }

    private static boolean status(AdminFixture fx, String path, int code) {
        try {
            return fx.get(path).startsWith("HTTP/1.1 " + code + " ");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void healthTurns503WhileTheTickIsStalledAndBackTo200() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir)) {
            assertTrue(status(fx, "/healthz", 200));
            CountDownLatch release = new CountDownLatch(1);
            fx.server.world().submit(w -> {
                try {
                    release.await(10, TimeUnit.SECONDS); // a tick that does not end
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            await(() -> status(fx, "/healthz", 503), "503 while stalled");
            release.countDown();
            await(() -> status(fx, "/healthz", 200), "200 again");
            assertTrue(fx.server.healthy());
            fx.server.server().shutdown();
            assertFalse(fx.server.healthy(), "unhealthy while shutting down");
        }
    }

    @Test
    void theWebClientIsServedOnTheGamePort() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir)) {
            String page = fx.getOk("/");
            assertTrue(page.contains("Content-Type: text/html; charset=utf-8"));
            assertTrue(page.contains("<script type=\"module\" src=\"main.js\"></script>"), "the page is ES modules from one entry, named relatively (it is at /own/ too)");
            for (String module : new String[] {"main", "msgpack", "game", "view", "hud", "input", "art/index", "art/palette", "art/players"}) {
                assertTrue(fx.getOk("/" + module + ".js").contains("Content-Type: text/javascript"), module);
            }
            assertTrue(fx.get("/protocol.json").contains("\"SPAWN\":\"M\""), "the codes of the era the server speaks (2 by default)");
            assertTrue(fx.get("/game.js").contains("location.host"), "the socket URL comes from the page's own location");
            assertTrue(fx.get("/style.css").contains("Content-Type: text/css"));
            String data = fx.getOk("/game-data.json");
            assertTrue(data.contains("Content-Type: application/json"), data.lines().findFirst().orElse(""));
            // the tables the world plays by (src/site/rules.md#the-tables): the apple costs 10 food, the Booster Hat 6000 points and speeds x1.16
            assertTrue(data.contains("{\"index\":0,\"name\":\"apple\",\"group\":0,\"age\":1,\"pre\":-1,\"food\":10,"), data);
            assertTrue(data.contains("{\"kind\":\"hat\",\"id\":12,\"name\":\"Booster Hat\",\"price\":6000,\"earned\":false,\"does\":\"speed x1.16\"}"), data);
            assertFalse(data.contains("Shame!"), "what is never worn by choice is not listed");
            // src/site/rules.md#store: the Crab Shell is listed as earned (the page shows it once given)
            assertTrue(data.contains("{\"kind\":\"hat\",\"id\":61,\"name\":\"Crab Shell\",\"price\":0,\"earned\":true,"), data);
            // src/site/rules.md#reconstructed: what only the server decides, as this world runs it
            assertTrue(data.contains("{\"id\":10,\"name\":\"yeti\",\"scale\":95,\"hp\":3200,\"dangerous\":true,\"boss\":false,\"lives\":\"snow\",\"count\":"), data);
            assertTrue(data.contains("\"reconstructed\":{\"animalCounts\":{\"boar\":"), data);
            assertTrue(data.contains("\"pounceReach\":250,\"pounceCooldownMs\":4000,\"thornsHeal\":3,\"bleedDamage\":5,\"membersOnlyVariants\":\"everyone\""), data);
            // the secret area in the client's shape, and the Crab King's fight marked reconstructed (rules.md#the-crab-king)
            assertTrue(data.contains("\"secretArea\":{\"gorgeX0\":-1500,\"gorgeHalf\":520,\"riverY\":7200,\"pools\":[[-2500,7200,1150],"), data);
            assertTrue(data.contains("\"crabKing\":{\"reconstructed\":true,"), data);
            assertTrue(data.contains("{\"move\":\"claw\",\"state\":6,\"telegraph\":4,\"windupMs\":700,"), data);
        }
    }

    @Test
    void pingAnswersForRegionProbing() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir)) {
            assertTrue(fx.getOk("/ping").contains("Access-Control-Allow-Origin: *"));
        }
    }

    /** One sample of the Prometheus text format. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"(,|$)");

    /** A strict reader of the text exposition format: every line is a HELP, a TYPE or a sample of a declared family. */
    static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP ")) {
                assertTrue(line.split(" ", 4).length == 4, "HELP needs a name and text: " + line);
                continue;
            }
            if (line.startsWith("# TYPE ")) {
                String[] f = line.split(" ");
                assertEquals(4, f.length, line);
                assertTrue(List.of("counter", "gauge", "histogram", "summary", "untyped").contains(f[3]), line);
                assertNull(types.put(f[2], f[3]), "family declared twice: " + f[2]);
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertTrue(m.matches(), "not a sample line: " + line);
            String name = m.group(1);
            String family = types.containsKey(name) ? name : name.replaceAll("_(bucket|sum|count)$", "");
            assertTrue(types.containsKey(family), "sample of an undeclared family: " + line);
            Map<String, String> labels = new HashMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                int end = 0;
                while (l.find()) {
                    assertEquals(end, l.start(), "label syntax: " + line);
                    labels.put(l.group(1), l.group(2));
                    end = l.end();
                }
                assertEquals(m.group(3).length(), end, "label syntax: " + line);
            }
            String v = m.group(4);
            samples.add(new Sample(name, labels, v.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(v)));
        }
        return samples;
    }

    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(labels)).mapToDouble(Sample::value)
                .findFirst().orElseThrow(() -> new AssertionError("no sample " + name + labels));
    }

    @Test
    void metricsParseAndCount() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir);
             GameClient a = fx.player("a", new int[1]);
             GameClient b = fx.player("b", new int[1])) {
            a.send(new ClientPacket.Ping());
            a.receiveUntil(ServerPacket.Pong.class);
            a.socket().sendBinary(new byte[] {(byte) 0xC1}); // not msgpack
            // ["M", [{skin: 99}]]: a spawn whose skin is out of range (an argument)
            a.socket().sendBinary(HexFormat.of().parseHex("92a14d9181a4736b696e63"));
            // ["q", []]: an unknown code
            a.socket().sendBinary(HexFormat.of().parseHex("92a17190"));
            await(() -> fx.server.endpoint().stats().violations() == 3, "the refusals are counted");
            // An upgrade with an old protocol version: a handshake failure with status 426.
            fx.get("/", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 8");
            String response = fx.getOk("/metrics");
            assertTrue(response.contains("Content-Type: text/plain; version=0.0.4"));
            List<Sample> s = parse(AdminFixture.body(response));
            assertEquals(2, value(s, "moomoo_connections", Map.of()));
            assertEquals(2, value(s, "moomoo_players", Map.of("world", "main")));
            assertEquals(2, value(s, "moomoo_packets_total", Map.of("world", "main", "profile", "era2", "direction", "in", "code", "M", "kind", "spawn")));
            assertEquals(1, value(s, "moomoo_packets_total", Map.of("world", "main", "profile", "era2", "direction", "in", "code", "0", "kind", "ping")));
            assertTrue(value(s, "moomoo_packets_total", Map.of("world", "main", "profile", "era2", "direction", "out", "code", "a", "kind", "update_players")) > 0);
            assertTrue(value(s, "moomoo_packet_bytes_total", Map.of("world", "main", "profile", "era2", "direction", "in", "code", "M", "kind", "spawn")) > 10);
            assertEquals(3, value(s, "moomoo_packet_violations_total", Map.of("world", "main")));
            assertEquals(1, value(s, "moomoo_packets_refused_total", Map.of("world", "main", "profile", "era2", "code", "", "kind", "none", "reason", "malformed")));
            assertEquals(1, value(s, "moomoo_packets_refused_total", Map.of("world", "main", "profile", "era2", "code", "M", "kind", "spawn", "reason", "argument")));
            assertEquals(1, value(s, "moomoo_packets_refused_total", Map.of("world", "main", "profile", "era2", "code", "", "kind", "none", "reason", "unknown_code")));
            assertEquals(1, value(s, "moomoo_handshake_failures_total", Map.of("status", "426")));
            for (DropReason r : DropReason.values()) {
                assertEquals(0, value(s, "moomoo_connections_dropped_total", Map.of("reason", r.label())), "nothing dropped yet: " + r);
            }
            assertTrue(value(s, "jvm_memory_used_bytes", Map.of("area", "heap")) > 0);
            assertTrue(value(s, "jvm_threads_platform", Map.of()) > 0);
            // The histogram is cumulative and its count matches the ticks.
            double previous = 0;
            for (Sample x : s) {
                if (x.name().equals("moomoo_tick_duration_seconds_bucket")) {
                    assertTrue(x.value() >= previous, "cumulative buckets");
                    previous = x.value();
                }
            }
            assertEquals(previous, value(s, "moomoo_tick_duration_seconds_bucket", Map.of("world", "main", "le", "+Inf")));
            assertEquals(previous, value(s, "moomoo_tick_duration_seconds_count", Map.of("world", "main")));
            assertTrue(previous > 0);

            // A kick is a drop, counted by its reason.
            int[] sid = {0};
            fx.onTick(w -> sid[0] = w.livingPlayers().getFirst().sid());
            fx.run("kick " + sid[0] + " bye");
            assertTrue(Await.until(Duration.ofSeconds(30), () ->
                    value(parse(AdminFixture.body(getQuietly(fx, "/metrics"))), "moomoo_connections_dropped_total", Map.of("reason", "kicked")) == 1));
        }
    }

    private static String getQuietly(AdminFixture fx, String path) {
        try {
            return fx.get(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void metricsCanBeRestrictedToTheAdminToken() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir, "metrics-access", "token")) {
            assertTrue(fx.get("/metrics").startsWith("HTTP/1.1 403 "));
            assertTrue(fx.get("/metrics", "Authorization: Bearer nope").startsWith("HTTP/1.1 403 "));
            fx.getOk("/metrics", "Authorization: Bearer " + AdminFixture.TOKEN);
        }
    }
}
