package dev.moomoo.lab.record;

import dev.moomoo.admin.TraceReport;
import dev.moomoo.protocol.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code trace-report} and {@code recording-json} on the recording of src/site/recording-format.md's
 * example records ({@link RecordingFormatTest#FRAMES}): the expected lines follow from that page.
 */
class RecordingCommandLineTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(BiFunction<PrintStream, PrintStream, Integer> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.apply(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run traceReport(String... args) {
        return run((out, err) -> TraceReport.run(args, out, err));
    }

    private static Run json(String... args) {
        return run((out, err) -> RecordingJson.run(args, out, err));
    }

    /** The page's records in a recording file; without its summary when {@code closed} is false (a crash). */
    private Path recording(boolean closed) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("recording.json", RecordingFormatTest.INFO_JSON.getBytes(StandardCharsets.UTF_8));
        entries.put("frames-000001.bin", RecordingFormatTest.FRAMES);
        if (closed) {
            entries.put("summary.json", RecordingFormatTest.SUMMARY_JSON.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve(closed ? "closed.rec.zip" : "crashed.rec.zip");
        Files.write(file, RecordingFormatTest.zip(entries));
        return file;
    }

    @Test
    void traceReportReadsARecording() throws Exception {
        Path file = recording(true);
        Run r = traceReport(file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                recording of world w, part 1, started 2024-11-06T05:43:40.287Z, moomoo-server test
                direction code packets bytes
                in 9 1 3
                out a 1 2
                total 2 5

                second direction packets bytes
                2024-11-06T05:43:40 in 1 3
                2024-11-06T05:43:40 out 1 2

                kind direction code messages bytes
                REFUSED in - 1 1

                markers
                +0.002 s tick 8 console: x

                3 frame(s) missed: the recorder did not keep up

                ended: stopped after 0.0 s
                """, r.out());
        assertEquals("", r.err());
        Run filtered = traceReport(file.toString(), "--direction", "out");
        assertTrue(filtered.out().contains("\ntotal 1 2\n"), filtered.out());
        assertFalse(filtered.out().contains("REFUSED"), filtered.out());
        assertTrue(traceReport(file.toString(), "--connection", "c2").out().contains("\ntotal 0 0\n"));
        assertTrue(traceReport(file.toString(), "--type", "9").out().contains("\nin 9 1 3\ntotal 1 3\n"));
    }

    @Test
    void traceReportOfACrashedRecordingPrintsWhatItHoldsAndExitsWith1() throws Exception {
        Path file = recording(false);
        Run r = traceReport(file.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("\ntotal 2 5\n"), r.out());
        assertEquals("error: recording " + file + ": cut short after frames-000001.bin, before summary.json (5 records read): "
                + "the server stopped without closing it", r.err().strip());
    }

    @Test
    void badFilesExitWith1AndOneLine() throws Exception {
        Path foreign = dir.resolve("foreign.zip");
        Files.write(foreign, RecordingFormatTest.zip(Map.of("readme.txt", new byte[] {'h', 'i'})));
        for (Run r : List.of(traceReport(foreign.toString()), json(foreign.toString()))) {
            assertEquals(1, r.code());
            assertEquals("error: recording " + foreign + ": not a recording: the first entry is 'readme.txt', not recording.json",
                    r.err().strip());
        }
        Path text = dir.resolve("trace.log");
        Files.writeString(text, "2026-11-24T15:50:00.100Z c1 in 9 13 [1.57]\n");
        Run notZip = json(text.toString());
        assertEquals(1, notZip.code());
        assertEquals("error: recording " + text + ": not a recording: it does not start as a zip file does", notZip.err().strip());
        assertTrue(traceReport(text.toString()).out().contains("in 9 1 13\n"), "a text trace is still read as one");
    }

    @Test
    void recordingJsonWritesALineARecord() throws Exception {
        Run r = json(recording(true).toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size(), r.out());
        Map<?, ?> head = (Map<?, ?>) JsonReader.value(lines.getFirst());
        assertEquals(List.of("recording", "moomoo-recording", "w", "world"),
                List.of(head.get("type"), head.get("format"), head.get("world"), head.get("scope")));
        Map<?, ?> first = (Map<?, ?>) JsonReader.value(lines.get(1));
        assertEquals("930001", first.get("wire"));
        assertFalse(first.containsKey("plain"), "plain only when it differs");
        assertTrue(first.containsKey("valueError"), "93 00 01 is an array of three that holds two");
        assertEquals("""
                {"type":"marker","offset":2000000,"time":"2024-11-06T05:43:40.289Z","tick":8,"text":"x","origin":"console"}""", lines.get(2));
        assertEquals("""
                {"type":"missed","offset":2500000,"time":"2024-11-06T05:43:40.289Z","count":3}""", lines.get(3));
        assertEquals("""
                {"type":"frame","offset":3000000,"time":"2024-11-06T05:43:40.290Z","tick":9,"world":"w","connection":"c1","player":"p",\
                "sid":3,"profile":"v1.9","direction":"out","kind":"FRAME","code":"a","reason":null,"wire":"01020304","plain":"9105",\
                "value":[5]}""", lines.get(4));
        Map<?, ?> refused = (Map<?, ?>) JsonReader.value(lines.get(5));
        assertEquals(List.of("REFUSED", "bad", "c1"), List.of(refused.get("kind"), refused.get("reason"), refused.get("wire")));
        assertNull(refused.get("code"));
        Map<?, ?> tail = (Map<?, ?>) JsonReader.value(lines.get(6));
        assertEquals(List.of("summary", "stopped"), List.of(tail.get("type"), tail.get("ended")));
    }

    @Test
    void recordingJsonOfACrashedRecordingWritesTheLinesBeforeTheCutAndExitsWith1() throws Exception {
        Path file = recording(false);
        Run r = json(file.toString());
        assertEquals(1, r.code());
        assertEquals(6, r.out().lines().count(), "the metadata and the five records: " + r.out());
        assertEquals(1, r.err().lines().count());
        assertTrue(r.err().startsWith("error: recording " + file + ": cut short after frames-000001.bin"), r.err());
    }
}
