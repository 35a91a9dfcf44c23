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
    void readsTheLabsLinesCountingFramesApartFromRefusalsAndTheRest() throws Exception {
        Path file = dir.resolve("t.log");
        Files.write(file, List.of(
                "2026-12-05T00:10:00.100Z main 90 c1 in opened - 0 era2 127.0.0.1",
                "2026-12-05T00:10:00.200Z main 91 c1 in frame 9 13 [1.57]",
                "2026-12-05T00:10:00.300Z main 91 c1 in refused - 5 92a27a7a90 unknown_code: unknown client packet code \"zz\"",
                "2026-12-05T00:10:00.400Z main 92 c1 out replaced a 30 [[1,100.0,50.0]]",
                "2026-12-05T00:10:00.500Z main 92 c1 out frame a 30 [[1,101.0,50.0]]",
                "# 3 frame(s) missed: the trace could not keep up",
                "2026-11-24T15:50:00.100Z c1 in 9 13 [1.57]"));
        String all = report(file);
        assertTrue(all.contains("in 9 2 26\n"), all);
        assertTrue(all.contains("out a 1 30\n"), "only what went out: " + all);
        assertTrue(all.contains("total 3 56\n"), all);
        assertTrue(all.contains("refused in - 1 5\n"), all);
        assertTrue(all.contains("replaced out a 1 30\n"), all);
        assertTrue(all.contains("opened in - 1 0\n"), all);
        assertTrue(all.contains("1 remark line(s)"), all);
        assertFalse(all.contains("were not trace lines"), all);
        TraceReport.Line refused = TraceReport.Line.parse(Files.readAllLines(file).get(2));
        assertEquals(91, refused.tick());
        assertEquals("main", refused.world());
        assertEquals("92a27a7a90 unknown_code: unknown client packet code \"zz\"", refused.detail());
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
