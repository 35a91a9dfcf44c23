package dev.moomoo.cli;

import dev.moomoo.config.SettingDef;
import dev.moomoo.config.Settings;
import dev.moomoo.fleet.lobby.LobbyConfig;
import dev.moomoo.server.ServerConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The program's command line as an operator types it: the server's settings and every subcommand. */
class LauncherTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEverySettingWithItsDefault() throws InterruptedException {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (SettingDef<?> s : ServerConfig.SETTINGS) {
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
    void aSettingWithoutItsValueSaysSo() throws InterruptedException {
        Run r = run("--port");
        assertEquals(2, r.code());
        assertEquals("error: --port needs a value: an integer from 0 to 65535 (--port=...)", r.err().strip());
        Run then = run("--port", "--echo");
        assertEquals(2, then.code(), "the next flag is not the value");
    }

    @Test
    void everySubcommandHasHelp() throws InterruptedException {
        for (String sub : new String[] {"load", "trace-report", "recording-json", "healthcheck", "lobby"}) {
            Run r = run(sub, "--help");
            assertEquals(0, r.code(), sub + ": " + r.err());
            assertTrue(r.out().startsWith("usage: moomoo-server " + sub), sub + ": " + r.out());
            assertEquals("", r.err(), sub);
        }
        Run bad = run("load", "--connections");
        assertEquals(2, bad.code());
        assertEquals("error: option --connections needs a value (see --help)", bad.err().strip());
    }

    @Test
    void theLobbyListsItsSettingsAndRefusesBadOnesInOneLine() throws InterruptedException {
        Run help = run("lobby", "--help");
        for (SettingDef<?> s : LobbyConfig.SETTINGS) {
            assertTrue(help.out().contains("--" + s.name() + " ") && help.out().contains(s.environmentName()), "lobby help lists " + s.name());
        }
        String secret = "--join-ticket-secret=" + "s".repeat(40);
        String[][] bad = {
                {"lobby", "--lobby-servers=http://127.0.0.1:1", "--join-ticket-secret=too-short-a-secret"},
                {"lobby", secret},
                {"lobby", secret, "--lobby-servers=http://127.0.0.1:1", "--lobby-fleet=moomoo"},
                {"lobby", secret, "--lobby-servers=ftp://127.0.0.1:1"},
                {"lobby", "--lobby-servers=http://127.0.0.1:1"},
                {"lobby", secret, "--lobby-servers=http://127.0.0.1:1", "--max-players=5"},
        };
        for (String[] args : bad) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertFalse(r.err().contains("too-short-a-secret"), "a secret is never repeated: " + r.err());
        }
        Run shortForTheServer = run("--join-ticket-secret=too-short-a-secret");
        assertEquals(2, shortForTheServer.code());
        assertEquals("error: invalid value for setting join-ticket-secret: expected at least 32 bytes, it has 18 (openssl rand -base64 32 makes one)",
                shortForTheServer.err().strip());
    }

    @Test
    void traceReportOnAMissingFileSaysNotFound() throws InterruptedException {
        Run r = run("trace-report", "/nonexistent/trace.log");
        assertEquals(1, r.code());
        assertEquals("error: trace file /nonexistent/trace.log: not found", r.err().strip());
        assertEquals(2, run("trace-report").code());
    }

    @Test
    void recordingJsonOnAMissingFileSaysNotFound() throws InterruptedException {
        Run r = run("recording-json", "/nonexistent/x.rec.zip");
        assertEquals(1, r.code());
        assertEquals("error: recording /nonexistent/x.rec.zip: not found", r.err().strip());
        assertEquals(2, run("recording-json").code());
        assertEquals(2, run("recording-json", "a", "b").code());
        assertEquals(2, run("recording-json", "a", "--type", "9").code());
    }

    @Test
    void helpKeepsItsColumnsAndSaysTheExitStatusAndWhereStateIsKept() throws InterruptedException {
        Run r = run("--help");
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 110, "a help line of " + line.length() + " characters: " + line);
        }
        // the text column starts at the same place on every setting's first line
        int column = -1;
        for (String line : r.out().split("\n")) {
            if (line.startsWith("  --")) {
                int text = line.indexOf(' ', 4);
                while (text < line.length() && line.charAt(text) == ' ') {
                    text++;
                }
                assertTrue(column < 0 || column == text, "aligned: " + line);
                column = text;
            }
        }
        assertTrue(r.out().contains("Exit status: 0 stopped as asked"), r.out());
        assertTrue(r.out().contains("1 could not start"), r.out());
        assertTrue(r.out().contains("2 a bad setting"), r.out());
        assertTrue(r.out().contains("State (the ban file) is kept in "), r.out());
    }
}
