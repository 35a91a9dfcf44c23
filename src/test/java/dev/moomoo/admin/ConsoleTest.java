package dev.moomoo.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ConsoleTest {
    @TempDir
    Path dir;

    /** {@code n} bytes of 'a', made as they are read (never held at once). */
    private static InputStream endless(long n) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        };
    }

    @Test
    void anEndlessLineIsSkippedWithoutHoldingItAndTheNextCommandRuns() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir)) {
            // 64 MB without a newline (what `< /dev/zero` or a wrong file would feed), then a command
            InputStream in = new SequenceInputStream(endless(64L << 20),
                    new ByteArrayInputStream("\nkickbot 1\n".getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            new Console(fx.server.commands(), in, new PrintStream(out, true, StandardCharsets.UTF_8)).run();
            String printed = out.toString(StandardCharsets.UTF_8);
            assertTrue(printed.startsWith("line of more than 4096 characters ignored"), printed);
            assertTrue(printed.contains("removed 0 bot(s), 0 left"), "the next line is a command again: " + printed);
            long heapAfter = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            assertTrue(heapAfter - heapBefore < 32L << 20, "the line was not held: heap grew by " + (heapAfter - heapBefore));
        }
    }
}
