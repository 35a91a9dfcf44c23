package dev.moomoo.lab.inspect;

import dev.moomoo.client.GameClient;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.record.Recorded;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.JsonReader;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Recording from the inspector on a real game server: a socket player plays, a page signed in with changes
 * records that player, marks the timeline and stops; the page's download holds the player's own bytes as
 * its socket sent them (so the inspector reads the server's real tap), what the server sent back, and the
 * page's marker with the session that made it. A read-only page is refused meanwhile.
 */
class InspectorRecordsAGameTest {
    @TempDir
    Path state;

    @Test
    void aPageRecordsARealPlayersTrafficMarksItAndDownloadsIt() throws Exception {
        GameServer game = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "admin-token", InspectServer.TOKEN,
                "console", "false", "state-dir", state.toString(), "ban-file", "", "trees", "0", "bushes", "0", "rocks", "0", "animals", "none")));
        InspectServer page = InspectServer.on(game.port());
        try (GameClient player = GameClient.connect("127.0.0.1", game.port(), null, Profile.ERA_2, 10_000)) {
            player.receiveUntil(ServerPacket.TribeList.class);
            player.send(new ClientPacket.Spawn("recorded", false, 0));
            int sid = player.receiveUntil(ServerPacket.SetupGame.class).yourSid();
            String cookie = page.signIn(true);

            String started = answer(page.post(RecordingPages.RECORD, "world=main&scope=player&target=" + sid + "&seconds=120&mb=4", cookie));
            assertTrue(started.startsWith("recording player " + sid + " in world main into "), started);
            assertTrue(page.post(RecordingPages.RECORD_OFF, "world=main", page.signIn(false)).startsWith("HTTP/1.1 403 "), "a read-only page cannot stop it");

            ClientPacket.Chat chat = new ClientPacket.Chat("through the page");
            player.send(new ClientPacket.Move(0.5));
            player.send(chat);
            assertTrue(Await.until(Duration.ofSeconds(20), () -> game.recordings().running("main").status().frames() > 10),
                    "the recorder gets the player's frames");
            String marked = answer(page.post(RecordingPages.MARK, "world=main&text=seen+from+the+page", cookie));
            assertTrue(marked.startsWith("marked at tick "), marked);
            String stopped = answer(page.post(RecordingPages.RECORD_OFF, "world=main", cookie));
            assertTrue(stopped.startsWith("recording stopped: player " + sid), stopped);

            assertTrue(Await.until(Duration.ofSeconds(20), () -> listing(page, cookie).contains("\"ended\":\"stopped\"")), () -> listing(page, cookie));
            Map<?, ?> file = (Map<?, ?>) ((List<?>) ((Map<?, ?>) JsonReader.value(body(listing(page, cookie)))).get("recordings")).getFirst();
            byte[] download = page.exchangeBytes(page.getRequest((String) file.get("download"), cookie));
            String head = new String(download, 0, 200, StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("HTTP/1.1 200 "), head);
            int bodyAt = new String(download, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;

            List<LabFrame> frames = new ArrayList<>();
            List<Recorded.Marker> markers = new ArrayList<>();
            List<Recorded.Keyframe> keyframes = new ArrayList<>();
            try (RecordingReader reader = RecordingReader.open(new ByteArrayInputStream(download, bodyAt, download.length - bodyAt))) {
                assertEquals("player", reader.info().scope());
                assertEquals(Integer.toString(sid), reader.info().target());
                for (Recorded r = reader.next(); r != null; r = reader.next()) {
                    switch (r) {
                        case Recorded.Frame f -> frames.add(f.frame());
                        case Recorded.Marker m -> markers.add(m);
                        case Recorded.Missed m -> fail("nothing missed: " + m);
                        case Recorded.Keyframe k -> keyframes.add(k);
                    }
                }
            }
            byte[] sent = new ClientCodec(Profile.ERA_2).encode(chat);
            assertTrue(frames.stream().anyMatch(f -> f.direction() == LabFrame.Direction.IN && Arrays.equals(sent, f.wire())),
                    "the chat as the player's socket sent it");
            assertTrue(frames.stream().anyMatch(f -> f.direction() == LabFrame.Direction.OUT && f.kind() == LabFrame.Kind.FRAME && f.sid() == sid),
                    "what the server sent the player");
            assertFalse(keyframes.isEmpty(), "a player's recording begins with a keyframe of its view");
            assertEquals(1, markers.size(), markers.toString());
            assertEquals("seen from the page", markers.getFirst().text());
            assertTrue(markers.getFirst().origin().matches("inspect \\d+"), markers.getFirst().origin());
        } finally {
            game.shutdown();
        }
    }

    private static String listing(InspectServer page, String cookie) {
        try {
            return page.get(Inspector.RECORDINGS, cookie);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    /** The command's answer in a 200 response. */
    private static String answer(String response) {
        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
        return (String) JsonReader.flatObject(body(response)).get("answer");
    }
}
