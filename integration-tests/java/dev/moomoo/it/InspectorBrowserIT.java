package dev.moomoo.it;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabFrame.Direction;
import dev.moomoo.lab.LabFrame.Kind;
import dev.moomoo.testing.HandFedFeed;
import dev.moomoo.client.GameClient;
import dev.moomoo.lab.inspect.Inspector;
import dev.moomoo.lab.inspect.RecordingDesk;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.InspectorDesk;
import dev.moomoo.server.InspectorRoutes;
import dev.moomoo.server.Routes;
import dev.moomoo.server.Server;
import dev.moomoo.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The packet inspector's page in headless Chromium ({@code integration-tests/browser/inspect.mjs}): sign in,
 * follow a connection, filter, pause, the byte view, a refused message, 100,000 rows, on a page that reads
 * a feed this test fills by hand with two players' traffic, encoded by the era 2 codecs ({@code GET
 * /test/burst} adds 100,000 updates at once); then, on a game server's own page with a socket player,
 * recording from the page: start a recording of the followed connection, mark it, stop it, see it listed,
 * download it, replay it in the game's own page (pause, seek, speed) and watch the player live. Screenshots go
 * to {@code target/screenshots}.
 */
class InspectorBrowserIT {
    private static final Path BROWSER_DIR = Path.of("integration-tests/browser");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String TOKEN = "inspect-it";
    private static final ServerCodec SERVER = new ServerCodec(Profile.ERA_2);
    private static final ClientCodec CLIENT = new ClientCodec(Profile.ERA_2);
    /** The hand-fed page has no recordings and runs no commands. */
    private static final RecordingDesk NO_RECORDINGS = new InspectorDesk(new Recordings(Path.of("target/no-recordings-here"), new HandFedFeed(),
            "test"), List.of("main"), (line, origin) -> CompletableFuture.completedFuture("not on this test's server"));

    @TempDir
    Path state;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void signInFollowFilterPauseAndTheByteViewInChromium() throws Exception {
        assertTrue(Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core")),
                "playwright-core not installed: run npm ci in integration-tests/browser (as .ci/run does)");
        HandFedFeed feed = new HandFedFeed();
        AtomicBoolean burst = new AtomicBoolean();
        AtomicBoolean reconnected = new AtomicBoolean();
        ServerConfig config = ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1"));
        Inspector inspector = new Inspector(feed, TOKEN, Set.of(), id -> id.equals("c1") ? "192.0.2.10" : "192.0.2.20",
                InspectorRoutes.signInLimit(InstantSource.system()), NO_RECORDINGS, InstantSource.system());
        Routes routes = InspectorRoutes.addTo(new Routes(), inspector)
                .page("/test/burst", r -> {
                    burst.set(true);
                    return HttpResponse.text(200, "burst\n");
                })
                .page("/test/reconnect", r -> {
                    reconnected.set(true);
                    return HttpResponse.text(200, "bob is on c3 now\n");
                });
        Server server = Server.start(config, routes);
        AtomicBoolean stop = new AtomicBoolean();
        Thread traffic = Thread.ofPlatform().name("inspect-it-traffic").start(() -> traffic(feed, burst, reconnected, stop));
        GameServer game = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "admin-token", TOKEN, "console", "false",
                "state-dir", state.toString(), "ban-file", "", "trees", "0", "bushes", "0", "rocks", "0", "animals", "none")));
        GameClient player = GameClient.connect("127.0.0.1", game.port(), null, Profile.ERA_2, 10_000);
        Thread playing = Thread.ofPlatform().name("inspect-it-player").start(() -> play(player, stop));
        try {
            Process node = new ProcessBuilder("node", "inspect.mjs", Integer.toString(server.port()), SCREENSHOTS.toAbsolutePath().toString(), TOKEN,
                    Integer.toString(game.port()))
                    .directory(BROWSER_DIR.toFile()).redirectErrorStream(true).start();
            String output;
            try {
                assertTrue(node.waitFor(270, TimeUnit.SECONDS), "the browser test finished within 270 s");
                output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                node.destroyForcibly();
            }
            System.out.println(output);
            assertEquals(0, node.exitValue(), "browser test failed:\n" + output);
            assertTrue(output.contains("ok - signed in"), output);
            assertTrue(output.contains("ok - following c1 shows c1's frames only"), output);
            assertTrue(output.contains("ok - the filter a.x > 7000 is kept in the address"), output);
            assertTrue(output.contains("ok - paused, frames wait"), output);
            assertTrue(output.contains("ok - following player bob@c1 goes on with it on c3 after its reconnect"), output);
            assertTrue(output.contains("ok - the byte view names x a float32"), output);
            assertTrue(output.contains("ok - 100000 rows"), output);
            assertTrue(output.contains("ok - a read-only page has the recording controls disabled"), output);
            assertTrue(output.contains("ok - recording started from the page"), output);
            assertTrue(output.contains("ok - the download is a zip"), output);
            assertTrue(output.contains("ok - the replay draws the recorded player"), output);
            assertTrue(output.contains("ok - seeking to 0:06 moves the player"), output);
            assertTrue(output.contains("ok - seeking back to 0:01 lands where the first seek there did"), output);
            assertTrue(output.contains("ok - the live view moves as the player walks"), output);
            for (String shot : List.of("inspect-follow", "inspect-filter", "inspect-pause", "inspect-player", "inspect-bytes", "inspect-100k", "inspect-recordings", "watch-replay",
                    "watch-live")) {
                assertTrue(Files.size(SCREENSHOTS.resolve(shot + ".png")) > 1000, "screenshot " + shot + " saved");
            }
            try (var files = Files.list(state.resolve("recordings"))) {
                assertEquals(1, files.filter(f -> f.toString().endsWith(".rec.zip")).count(), "the page's recording is on the server's disk");
            }
        } finally {
            stop.set(true);
            traffic.join();
            player.close();
            playing.join();
            game.shutdown();
            server.shutdown();
        }
    }

    /** A socket player on the game server: spawns, then walks in circles and reads what it is sent until the test ends. */
    private static void play(GameClient player, AtomicBoolean stop) {
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    player.receive();
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        });
        try {
            player.send(new ClientPacket.Spawn("recorded", false, 0));
            for (int i = 0; !stop.get(); i++) {
                // round and round (a turn in 12.6 s): never stuck at the map's edge, and never where it was 5 s before
                player.send(new ClientPacket.Move(Math.IEEEremainder(i * 0.1, 2 * Math.PI)));
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException e) {
            // the game server stopped, or the test ended
        }
        reader.interrupt();
    }

    /**
     * Two players, bob on c1 and eve on c2, every 100 ms; a burst of 100,000 updates when asked; once
     * {@code reconnected}, bob plays on c3 (the same player key: the same player came back).
     */
    private static void traffic(HandFedFeed feed, AtomicBoolean burst, AtomicBoolean reconnected, AtomicBoolean stop) {
        try {
            long tick = 0;
            while (!stop.get()) {
                String bob = reconnected.get() ? "c3" : "c1";
                if (tick % 50 == 0) {
                    feed.offer(frame(bob, "bob", 1, tick, Direction.IN, Kind.FRAME, "M", CLIENT.encode(new ClientPacket.Spawn("bob", false, 2)), null));
                    feed.offer(frame("c2", "eve", 2, tick, Direction.IN, Kind.FRAME, "M", CLIENT.encode(new ClientPacket.Spawn("eve", false, 5)), null));
                    feed.offer(frame(bob, "bob", 1, tick, Direction.OUT, Kind.FRAME, "H", SERVER.encode(new ServerPacket.AddObjects(List.of(
                            new ServerPacket.ObjectInfo(17, 7000, 7100, 0, 150, 0, null, -1),
                            new ServerPacket.ObjectInfo(18, 7400.5, 7250, 1.5, 80, null, 7, 1)))), null));
                    feed.offer(frame("c2", "eve", 2, tick, Direction.IN, Kind.REFUSED, null, new byte[] {(byte) 0x92, (byte) 0xa1, 0x44, (byte) 0xc1},
                            "malformed: byte 0xc1 is never used in msgpack"));
                }
                double x = 6900.25 + (tick % 40) * 10.5; // never integral: written as a float32
                feed.offer(frame(bob, "bob", 1, tick, Direction.OUT, Kind.FRAME, "a", update(x), null));
                feed.offer(frame("c2", "eve", 2, tick, Direction.OUT, Kind.FRAME, "a", update(x - 500), null));
                if (tick % 20 == 10) {
                    feed.offer(frame(bob, "bob", 1, tick, Direction.OUT, Kind.REPLACED, "a", update(x), "a newer update replaced it"));
                }
                if (burst.getAndSet(false)) {
                    for (int i = 0; i < 100_000; i++) {
                        feed.offerWaiting(frame(bob, "bob", 1, tick, Direction.OUT, Kind.FRAME, "a", update(6000 + i % 2000), null), 10_000);
                    }
                }
                tick++;
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] update(double x) {
        return SERVER.encode(new ServerPacket.UpdatePlayers(List.of(
                new ServerPacket.PlayerState(1, x, 7200, 0.5, -1, 0, 0, null, false, 0, 0, 0, 0),
                new ServerPacket.PlayerState(2, x - 500, 7300, 1.25, 3, 5, 1, "cows", true, 2, 3, 4, 1))));
    }

    /** A frame of {@code conn}, whose player key is its name at its first connection ({@code bob@c1}, whichever connection bob is on). */
    private static LabFrame frame(String conn, String player, int sid, long tick, Direction dir, Kind kind, String code, byte[] bytes, String reason) {
        String key = player + (player.equals("bob") ? "@c1" : "@c2");
        return new LabFrame(System.currentTimeMillis(), System.nanoTime(), tick, "main", conn, key, sid, "era2", dir, kind,
                bytes, bytes, code, reason);
    }
}
