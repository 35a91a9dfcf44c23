package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.protocol.JsonReader;
import dev.moomoo.testing.Await;
import dev.moomoo.testing.HandFedFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bytes of src/site/recording-format.md, written out here by hand from that page (not by the
 * recorder): the reader reads them as the page says, and the recorder writes exactly them.
 */
class RecordingFormatTest {
    @TempDir
    Path dir;

    /** A frames entry of five records: the page's example, a marker, a missed count, a keyed frame out, a refused frame in. */
    static final byte[] FRAMES = hex("""
            01 00 00 00 3e                      # type 1 (frame), body of 62 bytes
            00 00 00 00 00 16 e3 60             # offset 1,500,000 ns
            00 00 01 93 00 00 00 00             # epochMillis 0x0193_0000_0000
            00 00 00 00 00 00 00 07             # tick 7
            00                                  # direction in
            00                                  # kind frame
            00 00 00 03                         # sid 3
            00 01 77                            # world "w"
            00 02 63 31                         # connection "c1"
            00 01 70                            # player "p"
            00 04 76 31 2e 38                   # profile "v1.8"
            00 01 39                            # code "9"
            ff ff                               # reason absent
            00 00 00 03 93 00 01                # wire, 3 bytes
            ff ff ff ff                         # plain: the same as wire

            02 00 00 00 24                      # type 2 (marker), body of 36 bytes
            00 00 00 00 00 1e 84 80             # offset 2,000,000 ns
            00 00 01 93 00 00 00 01             # epochMillis 0x0193_0000_0001
            00 00 00 00 00 00 00 08             # tick 8
            00 01 78                            # text "x"
            00 07 63 6f 6e 73 6f 6c 65          # origin "console"

            03 00 00 00 10                      # type 3 (missed), body of 16 bytes
            00 00 00 00 00 26 25 a0             # offset 2,500,000 ns
            00 00 00 00 00 00 00 03             # count 3

            01 00 00 00 41                      # type 1 (frame), body of 65 bytes
            00 00 00 00 00 2d c6 c0             # offset 3,000,000 ns
            00 00 01 93 00 00 00 02             # epochMillis 0x0193_0000_0002
            00 00 00 00 00 00 00 09             # tick 9
            01                                  # direction out
            00                                  # kind frame
            00 00 00 03                         # sid 3
            00 01 77                            # world "w"
            00 02 63 31                         # connection "c1"
            00 01 70                            # player "p"
            00 04 76 31 2e 39                   # profile "v1.9"
            00 01 61                            # code "a"
            ff ff                               # reason absent
            00 00 00 04 01 02 03 04             # wire (sealed), 4 bytes
            00 00 00 02 91 05                   # plain, 2 bytes: differs

            01 00 00 00 3d                      # type 1 (frame), body of 61 bytes
            00 00 00 00 00 35 67 e0             # offset 3,500,000 ns
            00 00 01 93 00 00 00 03             # epochMillis 0x0193_0000_0003
            00 00 00 00 00 00 00 09             # tick 9
            00                                  # direction in
            01                                  # kind refused
            ff ff ff ff                         # sid -1
            00 01 77                            # world "w"
            00 02 63 32                         # connection "c2"
            00 00                               # player ""
            00 04 76 31 2e 38                   # profile "v1.8"
            ff ff                               # code absent
            00 03 62 61 64                      # reason "bad"
            00 00 00 01 c1                      # wire, 1 byte
            ff ff ff ff                         # plain: the same as wire
            """);

    static final long EPOCH = 0x0193_0000_0000L;

    static byte[] hex(String text) {
        StringBuilder digits = new StringBuilder();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            digits.append((hash < 0 ? line : line.substring(0, hash)).replaceAll("\\s", ""));
        }
        return HexFormat.of().parseHex(digits);
    }

    static LabFrame frame(long nanos, long epochMillis, long tick, String connection, String player, int sid, String profile,
                          LabFrame.Direction direction, LabFrame.Kind kind, byte[] wire, byte[] plain, String code, String reason) {
        return new LabFrame(epochMillis, nanos, tick, "w", connection, player, sid, profile, direction, kind, wire, plain, code, reason);
    }

    /** The five records of {@link #FRAMES}, with frame times {@code start} + offset. */
    static List<Recorded> expected(long start) {
        byte[] in = {(byte) 0x93, 0, 1};
        byte[] refused = {(byte) 0xc1};
        return List.of(
                new Recorded.Frame(1_500_000, frame(start + 1_500_000, EPOCH, 7, "c1", "p", 3, "v1.8", LabFrame.Direction.IN,
                        LabFrame.Kind.FRAME, in, in, "9", null)),
                new Recorded.Marker(2_000_000, EPOCH + 1, 8, "x", "console"),
                new Recorded.Missed(2_500_000, 3),
                new Recorded.Frame(3_000_000, frame(start + 3_000_000, EPOCH + 2, 9, "c1", "p", 3, "v1.9", LabFrame.Direction.OUT,
                        LabFrame.Kind.FRAME, new byte[] {1, 2, 3, 4}, new byte[] {(byte) 0x91, 5}, "a", null)),
                new Recorded.Frame(3_500_000, frame(start + 3_500_000, EPOCH + 3, 9, "c2", "", -1, "v1.8", LabFrame.Direction.IN,
                        LabFrame.Kind.REFUSED, refused, refused, null, "bad")));
    }

    /** Asserts that {@code actual} holds what {@code expected} holds (a frame read back has its offset as its nanos). */
    static void assertRecord(Recorded expected, Recorded actual) {
        switch (expected) {
            case Recorded.Frame e -> {
                Recorded.Frame a = assertInstanceOf(Recorded.Frame.class, actual);
                assertEquals(e.offsetNanos(), a.offsetNanos());
                LabFrame x = e.frame();
                LabFrame y = a.frame();
                assertEquals(List.of(x.epochMillis(), x.tick(), x.world(), x.connectionId(), x.player(), x.sid(), x.profile(),
                                x.direction(), x.kind(), String.valueOf(x.code()), String.valueOf(x.reason())),
                        List.of(y.epochMillis(), y.tick(), y.world(), y.connectionId(), y.player(), y.sid(), y.profile(),
                                y.direction(), y.kind(), String.valueOf(y.code()), String.valueOf(y.reason())));
                assertArrayEquals(x.wire(), y.wire());
                assertArrayEquals(x.plain(), y.plain());
            }
            case Recorded.Marker e -> assertEquals(e, actual);
            case Recorded.Missed e -> assertEquals(e, actual);
            case Recorded.Keyframe e -> {
                Recorded.Keyframe a = assertInstanceOf(Recorded.Keyframe.class, actual);
                LabKeyframe x = e.keyframe();
                LabKeyframe y = a.keyframe();
                assertEquals(List.of(e.offsetNanos(), x.epochMillis(), x.tick(), x.sid(), x.world(), x.connectionId(), x.player(), x.profile()),
                        List.of(a.offsetNanos(), y.epochMillis(), y.tick(), y.sid(), y.world(), y.connectionId(), y.player(), y.profile()));
                assertEquals(x.messages().size(), y.messages().size());
                for (int i = 0; i < x.messages().size(); i++) {
                    assertArrayEquals(x.messages().get(i), y.messages().get(i), "message " + i);
                }
            }
        }
    }

    /** The page's keyframe example, written out by hand. */
    static final byte[] KEYFRAME = hex("""
            04 00 00 00 3b                      # type 4 (keyframe), body of 59 bytes
            00 00 00 00 00 3d 09 00             # offset 4,000,000 ns
            00 00 01 93 00 00 00 04             # epochMillis 0x0193_0000_0004
            00 00 00 00 00 00 00 0a             # tick 10
            00 00 00 03                         # sid 3
            00 01 77                            # world "w"
            00 02 63 31                         # connection "c1"
            00 01 70                            # player "p"
            00 04 76 31 2e 38                   # profile "v1.8"
            00 00 00 02                         # 2 messages
            00 00 00 02 91 05                   # the first, 2 bytes
            00 00 00 01 90                      # the second, 1 byte
            """);

    @Test
    void aKeyframeIsReadAndWrittenAsThePageSays() throws RecordingException {
        Recorded.Keyframe expected = new Recorded.Keyframe(4_000_000, new LabKeyframe(EPOCH + 4, 4_000_000, 10, "w", "c1", "p", 3, "v1.8",
                List.of(new byte[] {(byte) 0x91, 5}, new byte[] {(byte) 0x90})));
        byte[] body = Arrays.copyOfRange(KEYFRAME, 5, KEYFRAME.length);
        assertRecord(expected, RecordCodec.decode(4, body));
        assertArrayEquals(KEYFRAME, new RecordCodec().encode(expected), "the recorder writes the page's bytes");
        byte[] tooMany = body.clone();
        tooMany[47] = 0x7f; // the count's last byte (after 28 bytes of numbers and 16 of texts): more messages than the body holds
        assertThrows(RecordingException.class, () -> RecordCodec.decode(4, tooMany));
    }

    static List<Recorded> readAll(RecordingReader reader) throws RecordingException {
        List<Recorded> all = new ArrayList<>();
        Recorded r;
        while ((r = reader.next()) != null) {
            all.add(r);
        }
        return all;
    }

    /** A zip of {@code entries} (name, bytes), in order. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static final String INFO_JSON = """
            {"format": "moomoo-recording", "version": 1, "server": "moomoo-server test", "world": "w", "seed": 42,
             "scope": "world", "target": "", "startedEpochMillis": 1730871820287, "started": "2024-11-06T05:43:40.287Z",
             "series": "20241106-054340-w-world", "part": 1, "partStartNanos": 0,
             "maxBytes": 1048576, "maxSeconds": 600, "keep": 6}""";
    static final String SUMMARY_JSON = """
            {"durationNanos": 4000000, "ended": "stopped", "records": 5, "kinds": {"FRAME": 2, "REFUSED": 1}, "missed": 3,
             "markers": [{"offset": 2000000, "epochMillis": 1730871820289, "tick": 8, "text": "x", "origin": "console"}], "markersLeftOut": 0,
             "profiles": ["v1.8", "v1.9"], "next": null}""";

    @Test
    void theReaderReadsTheRecordsOfTheFormatPage() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("recording.json", INFO_JSON.getBytes(StandardCharsets.UTF_8));
        entries.put("frames-000001.bin", FRAMES);
        entries.put("summary.json", SUMMARY_JSON.getBytes(StandardCharsets.UTF_8));
        try (RecordingReader reader = RecordingReader.open(new ByteArrayInputStream(zip(entries)))) {
            RecordingInfo info = reader.info();
            assertEquals(List.of(1, "moomoo-server test", "w", 42L, "world", "", 1730871820287L, "20241106-054340-w-world", 1, 0L),
                    List.of(info.version(), info.server(), info.world(), info.seed(), info.scope(), info.target(),
                            info.startedEpochMillis(), info.series(), info.part(), info.partStartNanos()));
            assertEquals(new Bounds(1 << 20, 600, 6), info.bounds());
            List<Recorded> read = readAll(reader);
            List<Recorded> expected = expected(0);
            assertEquals(expected.size(), read.size());
            for (int i = 0; i < expected.size(); i++) {
                assertRecord(expected.get(i), read.get(i));
            }
            LabFrame first = ((Recorded.Frame) read.getFirst()).frame();
            assertSame(first.wire(), first.plain(), "plain given as 'the same as wire' is the wire's bytes");
            RecordingSummary s = reader.summary();
            assertEquals(RecordingSummary.Ended.STOPPED, s.ended());
            assertEquals(List.of(4_000_000L, 5L, 3L, 2L, 1L), List.of(s.durationNanos(), s.records(), s.missed(),
                    s.kinds().get(LabFrame.Kind.FRAME), s.kinds().get(LabFrame.Kind.REFUSED)));
            assertEquals(List.of(expected.get(1)), s.markers());
            assertEquals(List.of("v1.8", "v1.9"), s.profiles());
            assertNull(s.next());
        }
    }

    @Test
    void theRecorderWritesExactlyTheseBytes() throws Exception {
        long start = 5_000_000_000L;
        AtomicLong nanos = new AtomicLong(start);
        AtomicLong epoch = new AtomicLong(EPOCH - 1);
        HandFedFeed feed = new HandFedFeed();
        Recordings recordings = new Recordings(dir, feed, "moomoo-server test", nanos::get, () -> Instant.ofEpochMilli(epoch.get()));
        Recorder recorder = recordings.start(new Scope.World("w"), 42, new Bounds(1 << 20, 600, 6));
        List<Recorded> records = expected(start);
        feed.offer(((Recorded.Frame) records.get(0)).frame());
        assertTrue(Await.until(Duration.ofSeconds(5), () -> recorder.status().frames() == 1));
        nanos.set(start + 2_000_000);
        epoch.set(EPOCH + 1);
        assertTrue(recorder.mark("x", "console", 8));
        assertTrue(Await.until(Duration.ofSeconds(5), () -> recorder.status().markers() == 1));
        nanos.set(start + 2_500_000);
        feed.miss(3);
        assertTrue(Await.until(Duration.ofSeconds(5), () -> recorder.status().missed() == 3));
        feed.offer(((Recorded.Frame) records.get(3)).frame());
        feed.offer(((Recorded.Frame) records.get(4)).frame());
        assertTrue(Await.until(Duration.ofSeconds(5), () -> recorder.status().frames() == 3));
        nanos.set(start + 4_000_000);
        RecordingSummary summary = recordings.stop("w", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
        assertEquals(0, feed.open(), "the subscription is closed");

        Path file = recorder.status().file();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals(List.of("recording.json", "frames-000001.bin", "summary.json"), List.copyOf(entries.keySet()));
        assertEquals(HexFormat.of().formatHex(FRAMES), HexFormat.of().formatHex(entries.get("frames-000001.bin")));
        assertEquals(4_000_000, summary.durationNanos());
        assertEquals(3, summary.missed());
        assertEquals(Instant.ofEpochMilli(EPOCH - 1).toString(), JsonReader.flatObject(
                new String(entries.get("recording.json"), StandardCharsets.UTF_8)).get("started"));
    }

    /** The example record of the format page, byte for byte. */
    @Test
    void theExampleOfThePageIsTheFirstRecord() throws IOException {
        String page = Files.readString(Path.of("src/site/recording-format.md"));
        String example = page.substring(page.indexOf("```\n01 00 00 00 3e") + 4);
        example = example.substring(0, example.indexOf("```"));
        StringBuilder hex = new StringBuilder();
        for (String line : example.split("\n")) {
            hex.append(line.length() > 36 ? line.substring(0, 36) : line).append('\n'); // the comments start at column 37
        }
        byte[] fromPage = hex(hex.toString());
        assertEquals(HexFormat.of().formatHex(FRAMES, 0, fromPage.length), HexFormat.of().formatHex(fromPage));
        try (InputStream in = new ByteArrayInputStream(fromPage)) {
            assertEquals(0x3e, in.readNBytes(5)[4]);
            assertEquals(0x3e, in.readAllBytes().length);
        }
    }
}
