package dev.moomoo.server;

import dev.moomoo.cli.Launcher;
import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The server as an operator runs it, in a JVM of its own: its exit status (the shutdown hook ends the
 * JVM, so only a child process shows what a script or a restart policy sees), its log lines, its
 * console.
 */
class ChildProcessTest {
    /** Starts the program's main class in a JVM of its own, with this test's class path. */
    private static Process launch(String... args) throws IOException {
        List<String> command = new ArrayList<>(launchCommand());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    private static List<String> launchCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "--enable-preview", "-Dmsgpack.universal-buffer=true", "-cp", System.getProperty("java.class.path"), Launcher.class.getName());
    }

    private static int exitOf(Process p) throws InterruptedException {
        // The process ends by itself; the bound only keeps a broken build from hanging the suite.
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the process did not exit");
        return p.exitValue();
    }

    @Test
    void aPortInUseExits1WithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process p = launch("--bind=127.0.0.1", "--port=" + taken.getLocalPort(), "--console=false", "--trees=0");
            int status = exitOf(p);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(1, status, err);
            assertEquals("error: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": Address already in use", err);
        }
    }

    @Test
    void aSavedPageFolderThatIsMissingExits1WithOneLineNamingIt() throws Exception {
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "no-such-saved-page-" + ProcessHandle.current().pid());
        Process p = launch("--bind=127.0.0.1", "--port=0", "--console=false", "--client-page=" + missing);
        int status = exitOf(p);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(1, status, err);
        assertEquals("error: client-page " + missing + ": no such folder", err);
    }

    @Test
    void aFleetServerWithoutAnIdExits1WithOneLine() throws Exception {
        List<String> command = new ArrayList<>(launchCommand());
        command.addAll(List.of("--bind=127.0.0.1", "--port=0", "--console=false", "--join-ticket-secret=" + "s".repeat(40)));
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().remove("HOSTNAME"); // as under a shell that does not export it
        b.environment().remove("MOOMOO_SERVER_ID");
        Process p = b.start();
        int status = exitOf(p);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(1, status, err);
        assertEquals("error: a server of a fleet (join-ticket-secret set) needs an id of its own: set server-id"
                + " (on Kubernetes the pod's HOSTNAME is used)", err);
    }

    /** The lines the process writes to standard error (its log), as they come. */
    private static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        return lines;
    }

    /** The next log line containing {@code text}; the wait is a bound for a broken build, the line comes when it comes. */
    private static String await(BlockingQueue<String> lines, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("no log line with '" + text + "'");
    }

    @Test
    void joinsAndLeavesAreLoggedAndStopCountsDownThenExits0() throws Exception {
        Process p = launch("--bind=127.0.0.1", "--port=0", "--trees=0", "--bushes=0", "--rocks=0", "--gold-ores=0");
        try {
            BlockingQueue<String> log = lines(p);
            String listening = await(log, "listening on 127.0.0.1:");
            int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1).strip());
            assertTrue(await(log, "in a browser to play").contains("open http://127.0.0.1:" + port + "/ in a browser to play"));

            int sid;
            try (GameClient visitor = GameClient.connect("127.0.0.1", port, null, Profile.ERA_2, 30_000)) {
                visitor.receiveUntil(ServerPacket.TribeList.class);
                visitor.send(new ClientPacket.Spawn("visitor", false, 0));
                sid = visitor.receiveUntil(ServerPacket.SetupGame.class).yourSid();
                assertTrue(await(log, "player joined:").endsWith("player joined: 'visitor' (sid " + sid + ", from 127.0.0.1)"));
                visitor.socket().sendClose(1000);
                assertTrue(await(log, "player left:").endsWith("player left: 'visitor' (sid " + sid + ", from 127.0.0.1): left (1000)"));
            }

            try (GameClient stayer = GameClient.connect("127.0.0.1", port, null, Profile.ERA_2, 30_000)) {
                stayer.receiveUntil(ServerPacket.TribeList.class);
                stayer.send(new ClientPacket.Spawn("stayer", false, 0));
                stayer.receiveUntil(ServerPacket.SetupGame.class);
                p.getOutputStream().write("stop 3\n".getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().flush();
                List<Integer> countdown = new ArrayList<>();
                List<String> toldAfter = new ArrayList<>();
                long first = 0;
                long last = 0;
                for (ServerPacket packet; (packet = stayer.receive()) != null; ) {
                    if (packet instanceof ServerPacket.RestartNotice z) {
                        countdown.add(z.seconds());
                        last = System.nanoTime();
                        first = first == 0 ? last : first;
                    } else if (packet instanceof ServerPacket.Disconnect b) {
                        toldAfter.add(b.reason() + " after " + countdown);
                    }
                }
                assertEquals(List.of(3, 2, 1), countdown, "Z [n] once a second from N down to 1");
                assertEquals(List.of("Server is restarting - pick another after [3, 2, 1]"), toldAfter, "then told to pick another, once");
                // a second apart at least (they may come later, never sooner): 3 -> 1 spans 2 s
                assertTrue(last - first >= TimeUnit.MILLISECONDS.toNanos(1900), (last - first) / 1e6 + " ms from 3 to 1");
                assertEquals(1001, stayer.closeCode(), "then the stop: 1001 to everyone");
            }
            assertEquals(0, exitOf(p), "a server stopped as asked exits 0");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void sigtermDrainsThenExits0AndASecondSigtermDoesNotRestartTheCountdown() throws Exception {
        int drainSeconds = 2;
        Process p = launch("--bind=127.0.0.1", "--port=0", "--console=false", "--drain-seconds=" + drainSeconds,
                "--trees=0", "--bushes=0", "--rocks=0", "--gold-ores=0");
        try {
            BlockingQueue<String> log = lines(p);
            String listening = await(log, "listening on 127.0.0.1:");
            int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1).strip());
            // every read is bounded by the drain and the graceful stop, with a margin for a loaded machine
            try (GameClient stayer = GameClient.connect("127.0.0.1", port, null, Profile.ERA_2, (drainSeconds + 15) * 1000)) {
                stayer.receiveUntil(ServerPacket.TribeList.class);
                stayer.send(new ClientPacket.Spawn("stayer", false, 0));
                stayer.receiveUntil(ServerPacket.SetupGame.class);
                p.destroy(); // SIGTERM
                List<String> told = new ArrayList<>();
                for (ServerPacket packet; (packet = stayer.receive()) != null; ) {
                    switch (packet) {
                        case ServerPacket.RestartNotice z -> {
                            told.add("Z " + z.seconds());
                            p.destroy(); // a second SIGTERM, at each notice
                        }
                        case ServerPacket.Disconnect b -> told.add("B " + b.reason());
                        default -> {
                        }
                    }
                }
                assertEquals(List.of("Z 2", "Z 1", "B Server is restarting - pick another"), told,
                        "the shutdown hook drains: Z n..1 once a second, then pick another; a second SIGTERM changes nothing");
                assertEquals(1001, stayer.closeCode(), "then the graceful close");
            }
            assertEquals(0, exitOf(p), "a server stopped by SIGTERM exits 0");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aBadSettingExits2() throws Exception {
        Process p = launch("--port=99999");
        assertEquals(2, exitOf(p));
        assertEquals("error: invalid value '99999' for setting port: expected an integer from 0 to 65535",
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    @Test
    void theClassDataSharingTrainingRunPlaysASessionAndExits0() throws Exception {
        // What the runtime image's build runs (jlink/build-image.sh with IMAGE_CDS=true): start, one game
        // session from a client, stop.
        Process p = launch("--cds-training");
        int status = exitOf(p);
        assertEquals(0, status, new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
