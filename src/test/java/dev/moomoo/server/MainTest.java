package dev.moomoo.server;

import dev.moomoo.config.ServerConfig;
import dev.moomoo.config.Setting;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class MainTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEverySettingWithItsDefault() throws InterruptedException {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (Setting<?> s : ServerConfig.SETTINGS) {
            assertTrue(r.out().contains("--" + s.name() + " "), "help lists " + s.name());
            assertTrue(r.out().contains(s.environmentName()), "help names " + s.environmentName());
        }
        assertTrue(r.out().contains("(default: 3000;"));
    }

    @Test
    void version() throws InterruptedException {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("moomoo-server "));
    }

    @Test
    void aBadValueExitsWith2AndOneLine() throws InterruptedException {
        Run r = run("--max-players=-1");
        assertEquals(2, r.code());
        assertEquals("error: invalid value '-1' for setting max-players: expected an integer from 1 to 10000", r.err().strip());
        assertEquals(1, r.err().strip().lines().count());
        Run stray = run("stray");
        assertEquals(2, stray.code());
        assertTrue(stray.err().contains("unexpected argument 'stray'"));
    }

    @Test
    void flagForms() {
        assertEquals(Map.of("port", "1", "echo", "true", "bind", "127.0.0.1"),
                Main.parseFlags(new String[] {"--port=1", "--echo", "--bind", "127.0.0.1"}));
    }
}
