package dev.moomoo.server;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The exit status of the real process, not of {@code Main.run}: the JVM's shutdown hook ends it, so
 * only a child process shows what a script or a restart policy sees.
 */
class ExitStatusTest {
    /** Starts the server's main class in a JVM of its own, with this test's class path. */
    private static Process launch(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "--enable-preview", "-Dmsgpack.universal-buffer=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
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
    void aBadSettingExits2() throws Exception {
        Process p = launch("--port=99999");
        assertEquals(2, exitOf(p));
        assertEquals("error: invalid value '99999' for setting port: expected an integer from 0 to 65535",
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }
}
