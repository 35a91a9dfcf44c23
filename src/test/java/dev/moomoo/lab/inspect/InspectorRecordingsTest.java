package dev.moomoo.lab.inspect;

import dev.moomoo.testing.HandFedFeed;
import dev.moomoo.lab.LabFrame.Direction;
import dev.moomoo.lab.LabFrame.Kind;
import dev.moomoo.lab.record.Bounds;
import dev.moomoo.lab.record.Recorder;
import dev.moomoo.lab.record.RecordingSummary;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.lab.record.Scope;
import dev.moomoo.protocol.JsonReader;
import dev.moomoo.server.InspectorDesk;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The recordings in the inspector over real sockets: the list and the download for a signed-in page, a
 * 404 for every name that is not a recording of the directory (however it is spelt), and the requests that
 * start, stop and mark a recording, which only a page signed in with changes allowed may make.
 */
class InspectorRecordingsTest {
    private static final long STARTED_MILLIS = 1_800_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path root;
    private Path dir;
    private final HandFedFeed feed = new HandFedFeed();
    /** The recorder's clock, set by hand; it starts at the frames' own clock (they are stamped with System.nanoTime). */
    private final AtomicLong nanos = new AtomicLong(System.nanoTime());
    private Recordings recordings;
    /** The command lines the desk was asked to run, each with its origin. */
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordings() {
        dir = root.resolve("recordings");
        recordings = new Recordings(dir, feed, "moomoo-server test", nanos::get, () -> Instant.ofEpochMilli(STARTED_MILLIS));
    }

    private InspectServer server() throws IOException {
        InspectorDesk desk = new InspectorDesk(recordings, List.of("main", "arena"), (line, origin) -> {
            ran.add(origin + ": " + line);
            return CompletableFuture.completedFuture("ran " + line);
        });
        return new InspectServer(InspectServer.TOKEN, desk);
    }

    /** A finished recording of world main: three frames, a marker a second in, three seconds long. */
    private String recordThreeSeconds() throws Exception {
        Recorder r = recordings.start(new Scope.World("main"), 7, Bounds.defaults());
        for (int i = 0; i < 3; i++) {
            feed.offer(HandFedFeed.frame("c1", "bob@192.0.2.7", 1, Direction.OUT, Kind.FRAME, "a", new byte[] {(byte) 0x92, (byte) 0xa1, 'a'}, null));
        }
        assertTrue(Await.until(Duration.ofSeconds(10), () -> r.status().frames() == 3), "the recorder has the frames");
        nanos.addAndGet(SECOND);
        assertTrue(r.mark("the bug happens here", "console", 42));
        nanos.addAndGet(2 * SECOND);
        recordings.stop("main", RecordingSummary.Ended.STOPPED).finished().get(10, TimeUnit.SECONDS);
        return r.status().file().getFileName().toString();
    }

    @Test
    void aSignedInPageListsTheRecordingsWithWhatTheirFilesSay() throws Exception {
        String name = recordThreeSeconds();
        try (InspectServer s = server()) {
            String r = s.get(Inspector.RECORDINGS, s.signIn(false));
            assertTrue(r.startsWith("HTTP/1.1 200 ") && r.contains("application/json"), r);
            Map<?, ?> body = (Map<?, ?>) JsonReader.value(body(r));
            assertEquals(false, body.get("mayChange"));
            assertEquals(List.of("main", "arena"), body.get("worlds"));
            List<?> list = (List<?>) body.get("recordings");
            assertEquals(1, list.size(), list.toString());
            Map<?, ?> f = (Map<?, ?>) list.getFirst();
            assertEquals(name, f.get("name"));
            assertEquals(Files.size(dir.resolve(name)), ((Number) f.get("bytes")).longValue());
            assertEquals("main", f.get("world"));
            assertEquals("world", f.get("scope"));
            assertEquals(STARTED_MILLIS, ((Number) f.get("started")).longValue());
            assertEquals(1, ((Number) f.get("part")).intValue());
            assertEquals(3.0, ((Number) f.get("seconds")).doubleValue(), 1e-9, "from its summary: 3 s on the recorder's clock");
            assertEquals(false, f.get("recording"));
            assertEquals("stopped", f.get("ended"));
            assertEquals(Inspector.RECORDINGS + "/" + name, f.get("download"));
            Map<?, ?> marker = (Map<?, ?>) ((List<?>) f.get("markers")).getFirst();
            assertEquals("the bug happens here", marker.get("text"));
            assertEquals("console", marker.get("origin"));
            assertEquals(1.0, ((Number) marker.get("seconds")).doubleValue(), 1e-9);
        }
    }

    @Test
    void theFileBeingWrittenIsListedAsRecording() throws Exception {
        Recorder r = recordings.start(new Scope.Connection("main", "c1"), 7, Bounds.defaults());
        try (InspectServer s = server()) {
            String cookie = s.signIn(false);
            // its recording.json reaches the disk with the first block; until then it is listed by name and size
            assertTrue(Await.until(Duration.ofSeconds(10), () -> listed(s, cookie).contains("\"recording\":true")), () -> listed(s, cookie));
            String list = listed(s, cookie);
            assertTrue(list.contains("\"name\":\"" + r.status().file().getFileName() + "\"") && list.contains("\"scope\":\"connection\"")
                    && list.contains("\"target\":\"c1\""), list);
        } finally {
            recordings.close();
        }
    }

    private static String listed(InspectServer s, String cookie) {
        try {
            return s.get(Inspector.RECORDINGS, cookie);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void aDownloadIsTheFileItselfAsAZipAttachment() throws Exception {
        String name = recordThreeSeconds();
        try (InspectServer s = server()) {
            byte[] response = s.exchangeBytes(s.getRequest(Inspector.RECORDINGS + "/" + name, s.signIn(false)));
            int split = headEnd(response);
            String head = new String(response, 0, split, StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("HTTP/1.1 200 "), head);
            assertTrue(head.contains("Content-Type: application/zip\r\n"), head);
            assertTrue(head.contains("Content-Disposition: attachment; filename=\"" + name + "\"\r\n"), head);
            byte[] file = Files.readAllBytes(dir.resolve(name));
            assertTrue(head.contains("Content-Length: " + file.length + "\r\n"), head);
            assertArrayEquals(file, Arrays.copyOfRange(response, split + 4, response.length), "the bytes of the file");
        }
    }

    @Test
    void everyNameThatIsNotARecordingOfTheDirectoryIsA404() throws Exception {
        String name = recordThreeSeconds();
        Files.writeString(dir.resolve("notes.txt"), "not a recording");
        Files.writeString(root.resolve("outside.rec.zip"), "a file beside the directory");
        try (InspectServer s = server()) {
            String cookie = s.signIn(false);
            for (String tried : List.of("nothing-001.rec.zip", "notes.txt", "", "..", "%2e%2e", "%2E%2E%2F" + name,
                    "../outside.rec.zip", "..%2foutside.rec.zip", "%2e%2e%2foutside.rec.zip", "./" + name, "%2F" + name,
                    URLEncoder.encode(dir.resolve(name).toString(), StandardCharsets.UTF_8), dir.resolve(name).toString().substring(1),
                    "recordings/" + name, name + "/", name + "%00", "%zz")) {
                String r = s.get(Inspector.RECORDINGS + "/" + tried, cookie);
                assertTrue(r.startsWith("HTTP/1.1 404 "), tried + ": " + r);
                assertFalse(r.contains("PK"), tried + ": no zip bytes");
            }
            assertTrue(s.get(Inspector.RECORDINGS + "/" + name, cookie).startsWith("HTTP/1.1 200 "), "the recording itself is served");
        }
    }

    @Test
    void withoutASessionTheListAndTheFilesAreA403Page() throws Exception {
        String name = recordThreeSeconds();
        try (InspectServer s = server()) {
            for (String path : List.of(Inspector.RECORDINGS, Inspector.RECORDINGS + "/" + name, Inspector.RECORDINGS + "/nothing.rec.zip")) {
                for (String[] headers : List.of(new String[0], new String[] {"Cookie: " + InspectSessions.COOKIE + "=made-up"})) {
                    String r = s.get(path, headers);
                    assertTrue(r.startsWith("HTTP/1.1 403 ") && r.contains("text/html"), path + ": " + r);
                    assertFalse(r.contains("PK"), r);
                }
            }
        }
    }

    @Test
    void aReadOnlySessionIsRefusedEveryChangeAndNoCommandRuns() throws Exception {
        try (InspectServer s = server()) {
            String readOnly = s.signIn(false);
            for (String[] change : changes()) {
                String r = s.post(change[0], change[1], readOnly);
                assertTrue(r.startsWith("HTTP/1.1 403 ") && r.contains("read-only"), change[0] + ": " + r);
                String none = s.post(change[0], change[1]);
                assertTrue(none.startsWith("HTTP/1.1 403 ") && none.contains("text/html"), "no session: " + none);
            }
            String mayChange = s.signIn(true);
            for (String[] change : changes()) {
                String foreign = s.post(change[0], change[1], mayChange, "Origin: http://evil.example");
                assertTrue(foreign.startsWith("HTTP/1.1 403 "), "another site's page, with the cookie: " + foreign);
                String get = s.get(change[0], mayChange);
                assertTrue(get.startsWith("HTTP/1.1 405 ") && get.contains("Allow: POST"), "a change is a POST: " + get);
            }
            assertEquals(List.of(), ran, "no command ran");
        }
    }

    private static List<String[]> changes() {
        return List.of(new String[] {RecordingPages.RECORD, "world=main&scope=world"}, new String[] {RecordingPages.RECORD_OFF, "world=main"},
                new String[] {RecordingPages.MARK, "world=main&text=here"});
    }

    @Test
    void aPageThatMayChangeRunsTheConsolesCommandsInTheWorldItNamesAsItsSession() throws Exception {
        try (InspectServer s = server()) {
            String cookie = s.signIn(true);
            String started = s.post(RecordingPages.RECORD, "world=arena&scope=connection&target=c1&seconds=30&mb=2", cookie,
                    "Origin: http://127.0.0.1:" + s.port());
            assertTrue(started.startsWith("HTTP/1.1 200 ") && started.contains("\"answer\":\"ran @arena record connection c1 for 30 max 2\""), started);
            assertTrue(s.post(RecordingPages.RECORD, "world=main&scope=player&target=7", cookie).startsWith("HTTP/1.1 200 "));
            assertTrue(s.post(RecordingPages.RECORD, "world=main&scope=world", cookie).startsWith("HTTP/1.1 200 "));
            assertTrue(s.post(RecordingPages.MARK, "world=main&text=" + URLEncoder.encode("boss  spawns\nnow", StandardCharsets.UTF_8), cookie)
                    .startsWith("HTTP/1.1 200 "));
            assertTrue(s.post(RecordingPages.RECORD_OFF, "world=main", cookie).startsWith("HTTP/1.1 200 "));
            String who = ran.getFirst().substring(0, ran.getFirst().indexOf(':'));
            assertTrue(who.matches("inspect \\d+"), "the origin names the session, never its id: " + who);
            assertEquals(List.of(who + ": @arena record connection c1 for 30 max 2", who + ": @main record player 7", who + ": @main record world",
                    who + ": @main mark boss  spawns now", who + ": @main record off"), ran);
        }
    }

    @Test
    void aFormThatWouldAddWordsToTheCommandOrNamesNoWorldIsRefusedWith400() throws Exception {
        try (InspectServer s = server()) {
            String cookie = s.signIn(true);
            for (String form : List.of("world=main&scope=connection&target=c1+keep+1000", "world=main&scope=player&target=7+for+9",
                    "world=main&scope=world&seconds=1+max+9", "world=main&scope=everything", "world=nowhere&scope=world",
                    "scope=world", "world=main&text=", "world=main&scope=connection")) {
                String path = form.contains("text=") ? RecordingPages.MARK : RecordingPages.RECORD;
                String r = s.post(path, form, cookie);
                assertTrue(r.startsWith("HTTP/1.1 400 "), form + ": " + r);
            }
            assertEquals(List.of(), ran, "no command ran");
        }
    }

    @Test
    void anySignedInPageOfThisOriginMayAskForAWatchLinkWhichIsTheCommandsOwn() throws Exception {
        String link = "/?world=arena&watch=0123456789abcdef0123456789abcdef";
        InspectorDesk desk = new InspectorDesk(recordings, List.of("main", "arena"), (line, origin) -> {
            ran.add(origin + ": " + line);
            return CompletableFuture.completedFuture("armed for one page, for 2 minutes: " + link);
        });
        try (InspectServer s = new InspectServer(InspectServer.TOKEN, desk)) {
            String readOnly = s.signIn(false);
            String spectate = s.post(RecordingPages.WATCH, "world=arena&kind=spectate&sid=7", readOnly);
            assertTrue(spectate.startsWith("HTTP/1.1 200 ") && spectate.contains("\"link\":\"" + link + "\""), "a read-only page may watch: " + spectate);
            String replay = s.post(RecordingPages.WATCH, "world=main&kind=replay&name=20261205-011500-main-player-3-001.rec.zip", readOnly);
            assertTrue(replay.startsWith("HTTP/1.1 200 "), replay);
            assertTrue(s.post(RecordingPages.WATCH, "world=main&kind=replay&name=w.rec.zip&sid=4", readOnly).startsWith("HTTP/1.1 200 "));
            String who = ran.getFirst().substring(0, ran.getFirst().indexOf(':'));
            assertEquals(List.of(who + ": @arena spectate 7 to page", who + ": @main replay 20261205-011500-main-player-3-001.rec.zip to page",
                    who + ": @main replay w.rec.zip view 4 to page"), ran);

            for (String form : List.of("world=main&kind=spectate&sid=7+to+127.0.0.1", "world=main&kind=replay&name=a+to+127.0.0.1",
                    "world=main&kind=replay&name=..%2Fetc", "world=main&kind=replay&name=w.rec.zip&sid=4+to+x", "world=main&kind=record", "world=nowhere&kind=spectate&sid=7", "kind=spectate&sid=7")) {
                assertTrue(s.post(RecordingPages.WATCH, form, readOnly).startsWith("HTTP/1.1 400 "), "refused: " + form);
            }
            assertTrue(s.post(RecordingPages.WATCH, "world=main&kind=spectate&sid=7").startsWith("HTTP/1.1 403 "), "no session");
            assertTrue(s.post(RecordingPages.WATCH, "world=main&kind=spectate&sid=7", readOnly, "Origin: http://evil.example").startsWith("HTTP/1.1 403 "),
                    "another site's page, with the cookie");
            String get = s.get(RecordingPages.WATCH, readOnly);
            assertTrue(get.startsWith("HTTP/1.1 405 ") && get.contains("Allow: POST"), get);
            assertEquals(3, ran.size(), "nothing refused ran");
        }
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static int headEnd(byte[] response) {
        for (int i = 0; i + 3 < response.length; i++) {
            if (response[i] == '\r' && response[i + 1] == '\n' && response[i + 2] == '\r' && response[i + 3] == '\n') {
                return i;
            }
        }
        return fail("no end of the head");
    }
}
