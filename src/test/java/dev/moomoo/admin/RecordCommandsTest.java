package dev.moomoo.admin;

import dev.moomoo.client.GameClient;
import dev.moomoo.lab.record.Recorded;
import dev.moomoo.lab.record.Recorder;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.lab.record.RecordingSummary;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The console's and chat's {@code record} and {@code mark} on a running server (its recordings in the test's state directory). */
class RecordCommandsTest {
    @TempDir
    Path dir;

    private AdminFixture server() throws IOException {
        return new AdminFixture(dir, "state-dir", dir.toString());
    }

    private static String notice(GameClient c) throws IOException {
        while (true) {
            ServerPacket.Chat chat = c.receiveUntil(ServerPacket.Chat.class);
            if (chat.sid() == -1) {
                return chat.message();
            }
        }
    }

    private static List<Recorded.Marker> markers(Path file) throws Exception {
        List<Recorded.Marker> markers = new ArrayList<>();
        try (RecordingReader reader = RecordingReader.open(file)) {
            Recorded r;
            while ((r = reader.next()) != null) {
                if (r instanceof Recorded.Marker m) {
                    markers.add(m);
                }
            }
            assertEquals(RecordingSummary.Ended.STOPPED, reader.summary().ended());
            assertEquals(markers, reader.summary().markers());
        }
        return markers;
    }

    @Test
    void recordStartsReportsAndStopsAndMarksFromTheConsoleAndChatLandInTheFile() throws Exception {
        try (AdminFixture fx = server()) {
            String world = fx.server.world().name();
            Path recordings = dir.resolve("recordings");
            assertEquals("not recording in world " + world + " (recordings go to " + recordings + ")", fx.run("record"));
            assertEquals("not recording in world " + world + ": nothing to mark (record starts a recording)", fx.run("mark too early"));

            String started = fx.run("record world for 30 max 2 keep 3");
            assertTrue(started.startsWith("recording world " + world + " into " + recordings.resolve("")), started);
            assertTrue(started.endsWith(": a new file after 30 s or 2 MB, the newest 3 kept; record off stops it"), started);
            assertEquals("world " + world + " is recording already (world " + world + "): record off first", fx.run("record world"));
            assertTrue(fx.run("record").startsWith("recording world " + world + ": 0 frame(s), 0 missed, "), fx.run("record"));
            Recorder recorder = fx.server.recordings().running(world);

            assertTrue(fx.run("mark the bug starts here").matches("marked at tick \\d+: the bug starts here"));
            int[] sid = new int[1];
            try (GameClient admin = fx.player("mod", sid)) {
                admin.send(new ClientPacket.Chat("/mark from chat"));
                assertEquals("commands need /login <token> first", notice(admin));
                admin.send(new ClientPacket.Chat("/login " + AdminFixture.TOKEN));
                assertEquals("logged in as admin", notice(admin));
                admin.send(new ClientPacket.Chat("/mark from chat"));
                assertTrue(notice(admin).matches("marked at tick \\d+: from chat"));
            }
            String stopped = fx.run("record off");
            assertTrue(stopped.startsWith("recording stopped: world " + world + ": "), stopped);
            recorder.finished().get(30, TimeUnit.SECONDS);
            assertEquals("not recording in world " + world, fx.run("record off"));

            List<Recorded.Marker> markers = markers(recorder.status().file());
            assertEquals(List.of("the bug starts here", "from chat"), markers.stream().map(Recorded.Marker::text).toList());
            assertEquals(Commands.CONSOLE, markers.get(0).origin());
            assertTrue(markers.get(1).origin().startsWith("chat client ") && markers.get(1).origin().endsWith("(sid " + sid[0] + " 'mod')"),
                    markers.get(1).origin());
            assertTrue(markers.get(0).tick() <= markers.get(1).tick());
            assertEquals(List.of(recorder.status().file().getFileName().toString()),
                    fx.server.recordings().list().stream().map(l -> l.name()).toList());
        }
    }

    @Test
    void aPlayerOrAConnectionIsRecordedByItsSidOrId() throws Exception {
        try (AdminFixture fx = server(); GameClient player = fx.player("p", new int[1])) {
            String world = fx.server.world().name();
            int sid = fx.onTick(w -> w.livingPlayers().getFirst().sid());
            String id = fx.onTick(w -> w.playerBySid(sid).client().id());
            assertTrue(fx.run("record player " + sid).startsWith("recording player " + sid + " in world " + world + " into "));
            Recorder first = fx.server.recordings().running(world);
            assertTrue(fx.run("record").startsWith("recording player " + sid + " in world " + world + ": "));
            assertTrue(fx.run("record off").startsWith("recording stopped: player " + sid));
            assertTrue(fx.run("record connection " + id).startsWith("recording connection " + id + " in world " + world + " into "));
            Recorder second = fx.server.recordings().running(world);
            fx.run("record off");
            // "record off" answers at once; each recorder makes and closes its file on its own thread
            first.finished().get(30, TimeUnit.SECONDS);
            second.finished().get(30, TimeUnit.SECONDS);
            assertEquals(2, fx.server.recordings().list().size());
            for (var f : fx.server.recordings().list()) {
                assertTrue(Files.size(dir.resolve("recordings").resolve(f.name())) > 0);
            }
        }
    }

    @Test
    void aRecordingFileThatCannotBeMadeIsToldByRecordAndTheCommandDoesNotWaitForIt() throws Exception {
        Files.writeString(dir.resolve("recordings"), "a file where the directory would be");
        try (AdminFixture fx = server()) {
            String world = fx.server.world().name();
            Path recordings = dir.resolve("recordings");
            assertTrue(fx.run("record world").startsWith("recording world " + world + " into " + recordings + ": "), "answered at once");
            assertTrue(Await.until(Duration.ofSeconds(10), () -> fx.server.recordings().failure(world) != null), "the recorder's thread failed");
            String status = fx.run("record");
            assertTrue(status.startsWith("not recording in world " + world + " (recordings go to " + recordings
                    + "); the last recording failed: world " + world + ": cannot record into " + recordings + ": "), status);
            assertTrue(fx.run("record world").startsWith("recording world "), "a failed recording does not block the next");
        }
    }

    @Test
    void badArgumentsGetTheUsageLine() throws Exception {
        try (AdminFixture fx = server()) {
            String usage = "usage: " + RecordCommands.USAGE;
            assertEquals(usage + ": first word must be world, connection, player or off", fx.run("record everything"));
            assertEquals(usage + ": no player with sid 99", fx.run("record player 99"));
            assertEquals(usage + ": sid must be an integer from 1 to 2147483647, not 'me'", fx.run("record player me"));
            assertEquals(usage + ": no connection 'zz' in world " + fx.server.world().name(), fx.run("record connection zz"));
            assertEquals(usage, fx.run("record connection"));
            assertEquals(usage + ": seconds must be an integer from 1 to 86400, not 'ever'", fx.run("record world for ever"));
            assertEquals(usage + ": MB must be an integer from 1 to 4096, not '0'", fx.run("record world max 0"));
            assertEquals(usage, fx.run("record world keep"));
            assertEquals(usage + ": unknown option 'as' (for, max or keep)", fx.run("record world as x"));
            assertEquals(usage + " (too many arguments)", fx.run("record off now"));
            assertEquals("usage: mark <text>", fx.run("mark"));
            assertEquals("not recording in world " + fx.server.world().name(), fx.run("record off"), "nothing was started");
        }
    }
}
