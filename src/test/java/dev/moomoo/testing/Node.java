package dev.moomoo.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Runs a script in Node, as a browser would run this server's JavaScript. Node is required (.ci/run
 * installs it): a test that needs it fails without it, it never skips.
 */
public final class Node {
    private Node() {
    }

    /** Runs {@code node <args>} in {@code dir}; fails the test unless it exits 0 ({@code context} is shown then). Its output's lines. */
    public static List<String> run(Path dir, List<String> args, String context) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(args);
        Process node;
        try {
            node = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("node is needed to run this server's JavaScript (install Node.js, as .ci/run does): " + e.getMessage());
        }
        String output;
        try {
            output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node finished");
        } finally {
            node.destroyForcibly();
        }
        assertEquals(0, node.exitValue(), "node failed:\n" + output + "\n" + context);
        return output.lines().toList();
    }
}
