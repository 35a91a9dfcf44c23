package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.protocol.JsonReader;
import dev.moomoo.testing.Await;
import dev.moomoo.testing.HandFedFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class RecordingReaderTest {
    private static final long START = 3_000_000_000L;
    @TempDir
    Path dir;
    private final AtomicLong nanos = new AtomicLong(START);
    private final HandFedFeed feed = new HandFedFeed();

    private Recordings recordings() {
        return new Recordings(dir, feed, "moomoo-server test", nanos::get, () -> Instant.ofEpochMilli(1_800_000_000_000L));
    }

    private static List<LabFrame> frames(int n, int size) {
        Random random = new Random(n);
        List<LabFrame> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] wire = new byte[size];
            random.nextBytes(wire);
            frames.add(new LabFrame(1_800_000_000_000L, START + i, i, "w", "c", "", 1, "v1.8", LabFrame.Direction.OUT,
                    LabFrame.Kind.FRAME, wire, wire, "a", null));
        }
        return frames;
    }

    /** What reading {@code bytes} gives: the records, then the error, or "complete". */
    private record Outcome(List<Recorded> records, String error) {
    }

    private static Outcome read(byte[] bytes) {
        List<Recorded> records = new ArrayList<>();
        try (RecordingReader reader = RecordingReader.open(new ByteArrayInputStream(bytes))) {
            Recorded r;
            while ((r = reader.next()) != null) {
                records.add(r);
            }
            assertNotNull(reader.summary());
            return new Outcome(records, "complete");
        } catch (RecordingException e) {
            return new Outcome(records, e.getMessage());
        } catch (Exception e) {
            throw new AssertionError("not a RecordingException: " + e, e);
        }
    }

    private static byte[] recording(Map<String, byte[]> entries) throws Exception {
        return RecordingFormatTest.zip(entries);
    }

    private static Map<String, byte[]> entries(String info, byte[] frames) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("recording.json", info.getBytes(StandardCharsets.UTF_8));
        entries.put("frames-000001.bin", frames);
        entries.put("summary.json", RecordingFormatTest.SUMMARY_JSON.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    @Test
    void aRecordingWhoseServerDiedReadsUpToItsLastBlockAndThenSaysSo() throws Exception {
        Recordings recordings = recordings();
        Recorder recorder = recordings.start(new Scope.World("w"), 42, Bounds.defaults());
        recorder.opened().get(5, TimeUnit.SECONDS); // the file is made on the recorder's thread
        long empty = recorder.status().bytes();
        List<LabFrame> sent = frames(100, 50);
        sent.forEach(feed::offer);
        assertTrue(Await.until(Duration.ofSeconds(5), () -> recorder.status().frames() == 100));
        nanos.addAndGet(Recorder.BLOCK_NANOS); // a second later the block is closed, and on disk
        assertTrue(Await.until(Duration.ofSeconds(5), () -> recorder.status().bytes() > empty));
        byte[] crashed = Files.readAllBytes(recorder.status().file()); // as the file is while the recorder runs

        Outcome o = read(crashed);
        assertEquals(100, o.records().size());
        assertEquals("cut short after frames-000001.bin, before summary.json (100 records read): the server stopped without closing it",
                o.error());
        recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aFileCutAnywhereGivesItsRecordsUpToTheCutThenOneLine() throws Exception {
        Recordings recordings = recordings();
        Recorder recorder = recordings.start(new Scope.World("w"), 42, Bounds.defaults());
        List<LabFrame> sent = frames(300, 400); // three blocks
        sent.forEach(feed::offer);
        assertTrue(Await.until(Duration.ofSeconds(5), () -> recorder.status().frames() == 300));
        recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
        byte[] whole = Files.readAllBytes(recorder.status().file());
        List<Recorded> all = read(whole).records();
        assertEquals(300, all.size());

        int mostBefore = 0;
        for (int cut = 0; cut < whole.length; cut += 41) {
            Outcome o = read(Arrays.copyOf(whole, cut));
            assertFalse(o.error().contains("\n"), o.error());
            if (!o.error().equals("complete")) { // a cut in the zip's directory loses nothing: the reader does not need it
                assertTrue(o.error().startsWith("cut short ") || o.error().startsWith("not a recording: "), cut + ": " + o.error());
            }
            for (int i = 0; i < o.records().size(); i++) {
                assertArrayEquals(((Recorded.Frame) all.get(i)).frame().wire(), ((Recorded.Frame) o.records().get(i)).frame().wire());
            }
            assertTrue(o.records().size() >= mostBefore, "a longer file gives no fewer records: " + cut);
            mostBefore = Math.max(mostBefore, o.records().size());
        }
        assertTrue(mostBefore >= 200, "the records of the blocks before a cut: " + mostBefore);
    }

    @Test
    void somethingElseIsRefusedInOneLine() throws Exception {
        assertEquals("not a recording: the file is empty", read(new byte[0]).error());
        assertEquals("not a recording: it does not start as a zip file does",
                read("2026-11-24T15:50:00.100Z c1 in 9 13 [1.57]\n".getBytes(StandardCharsets.UTF_8)).error());
        assertEquals("not a recording: the first entry is 'hello.txt', not recording.json",
                read(RecordingFormatTest.zip(Map.of("hello.txt", "hi".getBytes(StandardCharsets.UTF_8)))).error());
        assertEquals("not a recording: recording.json does not say \"format\": \"moomoo-recording\"",
                read(recording(entries("{\"format\": \"other\"}", new byte[0]))).error());
        assertEquals("recording.json is not JSON: " + error(() -> JsonReader.value("{nope")),
                read(recording(entries("{nope", new byte[0]))).error());
        String newer = RecordingFormatTest.INFO_JSON.replace("\"version\": 1", "\"version\": 2");
        assertEquals("recording format version 2 is not one this reader knows (it reads 1 to 1)",
                read(recording(entries(newer, new byte[0]))).error());
    }

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void damageInsideAFramesEntryIsNamed() throws Exception {
        byte[] huge = RecordingFormatTest.hex("01 01 00 00 01"); // a body of 16 MiB + 1
        assertEquals("a record in frames-000001.bin says its body is 16777217 bytes, more than the 16 MiB a record may have",
                read(recording(entries(RecordingFormatTest.INFO_JSON, huge))).error());
        byte[] overlong = RecordingFormatTest.hex("03 00 00 00 11 00000000000000000000000000000000 00");
        assertEquals("a record of type 3 has 1 bytes after its last field (in frames-000001.bin, after 0 records)",
                read(recording(entries(RecordingFormatTest.INFO_JSON, overlong))).error());
        byte[] zero = RecordingFormatTest.hex("00 00 00 00 00");
        assertTrue(read(recording(entries(RecordingFormatTest.INFO_JSON, zero))).error().startsWith("a record of type 0, which is never written"));
    }

    @Test
    void aLaterVersionsRecordTypesAndEntriesAreSkipped() throws Exception {
        byte[] frames = RecordingFormatTest.FRAMES;
        byte[] later = RecordingFormatTest.hex("09 00 00 00 03 aa bb cc"); // type 9: no type of version 1 (keyframes are 4)
        byte[] withLater = new byte[frames.length + later.length];
        System.arraycopy(later, 0, withLater, 0, later.length);
        System.arraycopy(frames, 0, withLater, later.length, frames.length);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("recording.json", RecordingFormatTest.INFO_JSON.getBytes(StandardCharsets.UTF_8));
        entries.put("inputs-000001.bin", new byte[] {1, 2, 3}); // reserved for the input journal
        entries.put("frames-000001.bin", withLater);
        entries.put("summary.json", RecordingFormatTest.SUMMARY_JSON.getBytes(StandardCharsets.UTF_8));
        Outcome o = read(recording(entries));
        assertEquals("complete", o.error());
        List<Recorded> expected = RecordingFormatTest.expected(0);
        assertEquals(expected.size(), o.records().size());
        for (int i = 0; i < expected.size(); i++) {
            RecordingFormatTest.assertRecord(expected.get(i), o.records().get(i));
        }
    }
}
