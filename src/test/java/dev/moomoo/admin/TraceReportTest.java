package dev.moomoo.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TraceReportTest {
    @TempDir
    Path dir;

    private String report(Path file, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 1];
        args[0] = file.toString();
        System.arraycopy(options, 0, args, 1, options.length);
        assertEquals(0, TraceReport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summarisesByCodeDirectionAndSecond() throws Exception {
        Path file = dir.resolve("t.log");
        Files.write(file, List.of(
                "2026-11-24T15:50:00.100Z c1 in 9 13 [1.57]",
                "2026-11-24T15:50:00.200Z c1 out a 30 [1,2,3]",
                "2026-11-24T15:50:00.900Z c2 in 9 13 [null]",
                "2026-11-24T15:50:01.000Z c1 in 6 20 [\"hello there\"]",
                "garbage line"));
        String all = report(file);
        assertTrue(all.contains("in 9 2 26\n"), all);
        assertTrue(all.contains("in 6 1 20\n"), all);
        assertTrue(all.contains("out a 1 30\n"), all);
        assertTrue(all.contains("total 4 76\n"), all);
        assertTrue(all.contains("2026-11-24T15:50:00 in 2 26\n"), all);
        assertTrue(all.contains("2026-11-24T15:50:01 in 1 20\n"), all);
        assertTrue(all.contains("1 line(s) were not trace lines"), all);

        String filtered = report(file, "--type", "9", "--connection", "c2");
        assertTrue(filtered.contains("total 1 13\n"), filtered);
        assertTrue(report(file, "--direction", "out").contains("total 1 30\n"));
    }

    @Test
    void badArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, TraceReport.run(new String[0], System.out, e));
        assertEquals(2, TraceReport.run(new String[] {"f", "--colour", "red"}, System.out, e));
        assertEquals(1, TraceReport.run(new String[] {dir.resolve("missing").toString()}, System.out, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --colour"));
    }
}
