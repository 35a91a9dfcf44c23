package dev.moomoo.it;

import dev.moomoo.config.ServerConfig;
import dev.moomoo.server.GameServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The browser client in headless Chromium (Debian's), driven by playwright-core from
 * {@code integration-tests/browser/two-players.mjs}: two pages join, one moves with the keyboard and
 * the other sees it, one gathers wood from a tree, a chat line crosses over. Screenshots are saved to
 * {@code target/screenshots}. Fails, never skips, when Chromium, Node or playwright-core is missing.
 */
class BrowserIT {
    private static final Path BROWSER_DIR = Path.of("integration-tests/browser");
    private static final String TOKEN = "browser-it";

    @Test
    void twoPlayersInChromium() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assertTrue(Files.isExecutable(chromium), "Chromium not found at " + chromium + " (apt-get install chromium, as .ci/run does)");
        assertTrue(Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core")),
                "playwright-core not installed: run npm ci in integration-tests/browser (as .ci/run does)");
        Path screenshots = Path.of("target/screenshots");
        try (GameServer server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1",
                "admin-token", TOKEN, "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "ban-file", "", "animals", "none")))) {
            Process node = new ProcessBuilder("node", "two-players.mjs", Integer.toString(server.port()),
                    screenshots.toAbsolutePath().toString(), TOKEN)
                    .directory(BROWSER_DIR.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output;
            try {
                // The script bounds every wait itself; this bounds the whole run.
                assertTrue(node.waitFor(150, TimeUnit.SECONDS), "the browser test finished within 150 s");
                output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                node.destroyForcibly();
            }
            System.out.println(output);
            assertEquals(0, node.exitValue(), "browser test failed:\n" + output);
            assertTrue(output.contains("ok - bob saw alice move right"), output);
            assertTrue(output.contains("ok - alice's wood rose"), output);
            assertTrue(output.contains("ok - a chat line from bob appeared"), output);
            assertTrue(output.contains("ok - no move (9) or attack (F) sent while typing"), output);
            assertTrue(output.contains("ok - the restart notice counted down 0:03, 0:02, 0:01, 0:00"), output);
        } catch (IOException e) {
            fail("could not run node (install nodejs, as .ci/run does): " + e.getMessage());
        }
        assertTrue(Files.size(screenshots.resolve("alice.png")) > 1000, "screenshot saved");
        assertTrue(Files.size(screenshots.resolve("bob.png")) > 1000, "screenshot saved");
    }
}
