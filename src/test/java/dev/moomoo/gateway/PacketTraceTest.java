package dev.moomoo.gateway;

import dev.moomoo.admin.TraceReport;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabFrame.Direction;
import dev.moomoo.lab.LabFrame.Kind;
import dev.moomoo.lab.LabTap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The text trace, a subscriber of the tap: one line per frame with its world and tick, floats told
 * from integers, refused messages with their bytes and reason, a file that rotates at its cap, and
 * {@code trace off} that returns once everything seen before it is written.
 */
class PacketTraceTest {
    private static final HexFormat HEX = HexFormat.of();
    @TempDir
    Path dir;
    private final LabTap tap = new LabTap();

    @AfterEach
    void close() {
        tap.close();
    }

    private static LabFrame frame(long tick, Kind kind, Direction direction, String profile, byte[] wire, String code, String reason) {
        return new LabFrame(1_764_900_000_000L, tick, tick, "main", "c" + tick % 3, "", -1, profile, direction, kind, wire, wire, code, reason);
    }

    private List<TraceReport.Line> traced(PacketTrace trace, Path file, List<LabFrame> frames) throws Exception {
        trace.start(PacketTrace.Filter.ALL, file);
        frames.forEach(tap::offer);
        trace.stop();
        return Files.readAllLines(file).stream().map(TraceReport.Line::parse).toList();
    }

    @Test
    void aFloatReadsAsAFloatAndAnIntegerAsAnInteger() throws Exception {
        // ["a", [7.0 as float32, 7, 1.5 as float64, 1.57 as float32, -1]], by the msgpack spec's type bytes
        byte[] message = HEX.parseHex("92a161" + "95" + "ca40e00000" + "07" + "cb3ff8000000000000" + "ca3fc8f5c3" + "ff");
        List<TraceReport.Line> lines = traced(new PacketTrace(tap, "era2"), dir.resolve("t.log"),
                List.of(frame(42, Kind.FRAME, Direction.OUT, "era2", message, "a", null)));
        TraceReport.Line line = lines.getFirst();
        assertEquals("[7.0,7,1.5,1.57,-1]", line.detail());
        assertEquals(42, line.tick());
        assertEquals("main", line.world());
        assertEquals("out", line.direction());
        assertEquals("frame", line.kind());
        assertEquals("a", line.code());
        assertEquals(message.length, line.bytes());
    }

    @Test
    void aRefusedMessageIsTracedWithItsBytesInHexAndTheReason() throws Exception {
        byte[] garbage = HEX.parseHex("92a27a7a90");
        List<TraceReport.Line> lines = traced(new PacketTrace(tap, "era2"), dir.resolve("t.log"), List.of(
                frame(7, Kind.REFUSED, Direction.IN, "era2", garbage, null, "unknown_code: unknown client packet code \"zz\""),
                frame(8, Kind.FRAME, Direction.IN, "v19", HEX.parseHex("92a13090"), "0", null)));
        assertEquals("refused", lines.get(0).kind());
        assertEquals("-", lines.get(0).code());
        assertEquals("92a27a7a90 unknown_code: unknown client packet code \"zz\"", lines.get(0).detail());
        assertEquals("v19:0", lines.get(1).code(), "another profile than the default: its codes are told apart");
    }

    @Test
    void theFileRotatesAtItsCap() throws Exception {
        Path file = dir.resolve("t.log");
        long cap = 2_000;
        List<LabFrame> frames = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            frames.add(frame(i, Kind.FRAME, Direction.IN, "era2", HEX.parseHex("92a13091" + String.format("%02x", i)), "0", null));
        }
        traced(new PacketTrace(tap, "era2", cap), file, frames);
        Path previous = dir.resolve("t.log.1");
        assertTrue(Files.exists(previous), "rotated");
        assertTrue(Files.size(file) <= cap, "the file is under its cap: " + Files.size(file));
        assertTrue(Files.size(previous) <= cap, "and so was the one before");
        List<Long> ticks = new ArrayList<>();
        for (Path p : List.of(previous, file)) {
            Files.readAllLines(p).stream().map(TraceReport.Line::parse).forEach(l -> ticks.add(l.tick()));
        }
        assertEquals(ticks.size() - 1, ticks.getLast() - ticks.getFirst(), "the newest lines, in order, none lost between the files");
        assertEquals(59, ticks.getLast());
    }

    @Test
    void aTracedPlayersFramesMatchAcrossItsConnectionsAndNoOtherPlayers() {
        PacketTrace.Filter follow = new PacketTrace.Filter("main", "c1", "127.0.0.1/alice", null);
        assertTrue(follow.test(withPlayer("c1", "")), "its connection before its key was known");
        assertTrue(follow.test(withPlayer("c9", "127.0.0.1/alice")), "a later connection of the same player");
        assertFalse(follow.test(withPlayer("c2", "127.0.0.1/bob")));
    }

    private static LabFrame withPlayer(String connection, String player) {
        byte[] b = new byte[0];
        return new LabFrame(0, 0, 0, "main", connection, player, 1, "era2", Direction.IN, Kind.FRAME, b, b, "0", null);
    }
}
