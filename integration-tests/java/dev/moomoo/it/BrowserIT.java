package dev.moomoo.it;

import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The own browser client in headless Chromium (Debian's), driven by playwright-core from
 * {@code integration-tests/browser/session.mjs}: a whole session of two pages (walking, gathering, chat,
 * building from the action bar, eating, an age-up's pick, the store, a tribe, a cow killed, a death and
 * a respawn, a restart), and a page that joins a server speaking the era 1 codes
 * ({@code integration-tests/browser/join.mjs}), and the world picker of a server of two worlds
 * ({@code integration-tests/browser/worlds.mjs}). Screenshots of each step are saved to
 * {@code target/screenshots}. Fails, never skips, when Chromium, Node or playwright-core is missing.
 */
class BrowserIT {
    private static final Path BROWSER_DIR = Path.of("integration-tests/browser");
    private static final String TOKEN = "browser-it";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    /**
     * The session's steps each bound their own waits (20 s, 60 s for the wolves); all together they are
     * bounded by the node process's 420 s below, which this outlasts so that its output is printed.
     */
    @Test
    @Timeout(value = 480, unit = TimeUnit.SECONDS)
    void aWholeSessionOfTwoPlayersInChromium() throws Exception {
        String output = runWithServer(Map.of(), 420, "session.mjs", TOKEN);
        assertTrue(output.contains("ok - bob saw alice move right"), output);
        assertTrue(output.contains("ok - alice's wood rose from the 0"), output);
        assertTrue(output.contains("ok - a chat line from bob appeared"), output);
        assertTrue(output.contains("ok - no MOVE, ATTACK or SELECT sent while typing"), output);
        assertTrue(output.contains("ok - a wall and spikes stand, the bar counts them against their limits"), output);
        assertTrue(output.contains("ok - an apple healed"), output);
        assertTrue(output.contains("ok - age 2: "), output);
        assertTrue(output.contains("ok - alice bought and wore the Booster Hat"), output);
        assertTrue(output.contains("ok - a tribe \"cows\" founded and bob let in"), output);
        assertTrue(output.contains("ok - alice killed the cow"), output);
        assertTrue(output.contains("ok - bob was bitten to death by wolves, saw the death screen and respawned"), output);
        assertTrue(output.contains("requestAnimationFrame intervals with "), output);
        assertTrue(output.contains("ok - the restart notice counted down 0:03, 0:02, 0:01, 0:00"), output);
        for (String step : new String[] {"01-gather", "03-built", "04-upgrade", "05-store", "07-tribe", "08-cow", "09-died", "10-crowd", "11-small-window"}) {
            assertTrue(Files.size(SCREENSHOTS.resolve(step + ".png")) > 1000, "screenshot " + step + " saved");
        }
    }

    /**
     * A server started with {@code --era 1} (the 2018 codes, src/site/protocol.md#codes: SPAWN is {@code sp}):
     * the page takes the codes from the server, joins, sees itself and walks.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theOwnClientPlaysOnAnEraOneServer() throws Exception {
        String output = runWithServer(Map.of("era", "1"), 90, "join.mjs", "1", "sp");
        assertTrue(output.contains("ok - the page speaks the server's era 1 codes (SPAWN is \"sp\")"), output);
        assertTrue(output.contains("and sees itself in UPDATE_PLAYERS"), output);
        assertTrue(output.contains("ok - walked right with D and saw itself move"), output);
        assertTrue(output.contains("ok - every packet that came was known by its kind"), output);
        assertTrue(Files.size(SCREENSHOTS.resolve("era1-joined.png")) > 1000, "screenshot saved");
    }

    /**
     * A server of two worlds: the own client's menu lists them, a pick dials the world and loads its tables,
     * is remembered by the next page, and a full world says so ({@code integration-tests/browser/worlds.mjs}).
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theOwnClientPicksASecondWorld() throws Exception {
        String output = runWithServer(Map.of("worlds", "main:local:normal:10,sandbox:local:sandbox:1"), 90, "worlds.mjs");
        assertTrue(output.contains("ok - the menu lists the server's two worlds"), output);
        assertTrue(output.contains("ok - picking sandbox loads its tables"), output);
        assertTrue(output.contains("ok - and the page plays in sandbox (its player count is 1)"), output);
        assertTrue(output.contains("ok - the pick is remembered"), output);
        assertTrue(output.contains("ok - a full world says so"), output);
        assertTrue(output.contains("ok - the other world picked, joined, with its own tables"), output);
        assertTrue(Files.size(SCREENSHOTS.resolve("worlds-menu.png")) > 1000, "screenshot saved");
    }

    /**
     * Starts a server on loopback with the browser tests' settings (and {@code settings} over them), runs
     * {@code node script <port> <screenshot dir> args...} against it within {@code seconds}, and returns
     * its output once it passed.
     */
    private static String runWithServer(Map<String, String> settings, int seconds, String script, String... args) throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assertTrue(Files.isExecutable(chromium), "Chromium not found at " + chromium + " (apt-get install chromium, as .ci/run does)");
        assertTrue(Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core")),
                "playwright-core not installed: run npm ci in integration-tests/browser (as .ci/run does)");
        Map<String, String> all = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "admin-token", TOKEN, "trees", "0", "bushes", "0",
                "rocks", "0", "gold-ores", "0", "ban-file", "", "animals", "none"));
        all.putAll(settings);
        try (GameServer server = GameServer.start(ServerConfig.defaults(all))) {
            List<String> command = new ArrayList<>(List.of("node", script, Integer.toString(server.port()), SCREENSHOTS.toAbsolutePath().toString()));
            command.addAll(List.of(args));
            Process node = new ProcessBuilder(command).directory(BROWSER_DIR.toFile()).redirectErrorStream(true).start();
            String output;
            try {
                // The script bounds every wait itself; this bounds the whole run.
                assertTrue(node.waitFor(seconds, TimeUnit.SECONDS), "the browser test finished within " + seconds + " s");
                output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                node.destroyForcibly();
            }
            System.out.println(output);
            assertEquals(0, node.exitValue(), "browser test failed:\n" + output);
            return output;
        } catch (IOException e) {
            return fail("could not run node (install nodejs, as .ci/run does): " + e.getMessage());
        }
    }
}
