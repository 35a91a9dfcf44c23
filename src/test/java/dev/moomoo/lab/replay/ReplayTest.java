package dev.moomoo.lab.replay;

import dev.moomoo.client.GameClient;
import dev.moomoo.client.WsClient;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.lab.record.RecordingSummary;
import dev.moomoo.gateway.Spectators;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.keyed.IoInitArgs;
import dev.moomoo.protocol.keyed.KeyedClientChannel;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Replays and live views over real sockets: a recording of one player played back into a test client
 * arrives in the recorded order and at the recorded pace scaled by the speed; a pause holds it; a seek
 * lands on the keyframe before the target and goes on with the messages from that keyframe's tick; a
 * keyed replay is sealed with the spectator's own keys; a live view shows what the followed player is
 * written, and nothing once the player has nothing more written. A show is armed only for an address
 * the console names, and every other connection is seated as usual; a recording is read when its
 * connection takes the show.
 */
class ReplayTest {
    private static final ServerCodec ERA_2 = new ServerCodec(Profile.ERA_2);
    @TempDir
    Path state;
    private GameServer server;
    private final List<AutoCloseable> open = new ArrayList<>();

    private void start(String... settings) throws IOException {
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "console", "false", "state-dir", state.toString(),
                "trees", "30", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none"));
        for (int i = 0; i < settings.length; i += 2) {
            s.put(settings[i], settings[i + 1]);
        }
        server = GameServer.start(ServerConfig.defaults(s));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        if (server != null) {
            server.shutdown();
        }
    }

    private String command(String line) throws Exception {
        return server.commands().execute(line).get(5, TimeUnit.SECONDS);
    }

    /** A player of the v1.8 profile, spawned; its messages are read (and kept) on a thread of their own. */
    private Player player(String name) throws Exception {
        WsClient ws = WsClient.open(server.port(), "/");
        open.add(ws);
        ws.receive(); // io-init
        ws.sendBinary(new ClientCodec(Profile.ERA_2).encode(new ClientPacket.Spawn(name, false, 0)));
        int sid;
        while (true) {
            if (ERA_2.decode(ws.receive().payload()) instanceof ServerPacket.SetupGame setup) {
                sid = setup.yourSid();
                break;
            }
        }
        Player p = new Player(ws, sid);
        Thread.ofVirtual().start(p::read);
        return p;
    }

    private record Player(WsClient ws, int sid, List<byte[]> received) {
        Player(WsClient ws, int sid) {
            this(ws, sid, Collections.synchronizedList(new ArrayList<>()));
        }

        void read() {
            try {
                while (true) {
                    WsClient.Frame f = ws.receive();
                    if (f.isClose()) {
                        return;
                    }
                    received.add(f.payload());
                }
            } catch (IOException e) {
                // closed
            }
        }
    }

    /** A game socket on the server's loopback address from the local address {@code from} (127.0.0.0/8 is all this machine's). */
    private WsClient from(String from) throws IOException {
        WsClient ws = WsClient.connect("127.0.0.1", server.port(), "/", InetAddress.getByName(from), 10_000);
        open.add(ws);
        return ws;
    }

    /** Records {@code sid} for {@code seconds}; returns the file's timeline. */
    private ReplayTimeline record(int sid, long millis) throws Exception {
        assertTrue(command("record player " + sid).startsWith("recording player"));
        Thread.sleep(millis); // the recording's length: what it is made of
        server.recordings().stop("main", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
        String name = server.recordings().list().getFirst().name();
        try (RecordingReader reader = RecordingReader.open(server.recordings().dir().resolve(name))) {
            return ReplayTimeline.read(name, reader);
        }
    }

    /** Reads until {@code expected} has come in a row; fails on a timeout. */
    private static void readThrough(WsClient ws, List<byte[]> expected) throws IOException {
        int matched = 0;
        while (matched < expected.size()) {
            byte[] m = ws.receive().payload();
            matched = Arrays.equals(m, expected.get(matched)) ? matched + 1 : Arrays.equals(m, expected.getFirst()) ? 1 : 0;
        }
    }

    @Test
    void aReplayArrivesInOrderAtItsPaceScaledByTheSpeedHoldsWhenPausedAndSeeksToTheKeyframeBeforeTheTarget() throws Exception {
        start();
        Player p = player("recorded");
        ReplayTimeline t = record(p.sid(), 10_500);
        List<ReplayTimeline.Message> messages = t.messages();
        assertTrue(t.keyframes().size() >= 2, "a keyframe at the start and one 5 s on: " + t.keyframes().size());
        assertEquals("era2", t.profile());

        assertTrue(command("replay " + t.name() + " to 127.0.0.1").startsWith("replay of"));
        WsClient ws = WsClient.open(server.port(), "/");
        open.add(ws);
        ws.setReadTimeout(10_000);
        ServerPacket.IoInit init = (ServerPacket.IoInit) ERA_2.decode(ws.receive().payload());
        assertNotNull(init.socketId(), "the spectator's own greeting");

        // the start: the first keyframe, then the messages from its tick on, in the recorded order
        LabKeyframe first = t.keyframes().getFirst();
        for (byte[] expected : first.messages()) {
            assertArrayEquals(expected, ws.receive().payload(), "the first keyframe, message by message");
        }
        int next = t.firstAfter(first);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(messages.get(next++).payload(), ws.receive().payload(), "message " + (next - 1) + " in order");
        }

        // paused from the spectator's chat: what was on its way comes, then nothing while the recording has a message each tick
        ClientCodec chat = new ClientCodec(Profile.ERA_2);
        ws.sendBinary(chat.encode(new ClientPacket.Chat("/pause")));
        ws.setReadTimeout(500);
        int inFlight = 0;
        try {
            while (true) {
                assertArrayEquals(messages.get(next++).payload(), ws.receive().payload(), "in flight, still in order");
                inFlight++;
            }
        } catch (SocketTimeoutException quiet) {
            next--; // the read that timed out took no message
        }
        assertTrue(inFlight < 20, "a pause holds the frames: " + inFlight + " came after it");
        assertTrue(command("replay").contains("paused"), "the console sees it paused");
        ws.setReadTimeout(1_500);
        assertThrows(SocketTimeoutException.class, ws::receive, "nothing while paused");
        ws.sendBinary(chat.encode(new ClientPacket.Chat("/play")));
        ws.setReadTimeout(10_000);
        assertArrayEquals(messages.get(next).payload(), ws.receive().payload(), "played on from where it was held");

        // seek at 2x: the keyframe before the target, then its tick's messages on, fast up to the target, then timed
        double speed = 2;
        LabKeyframe second = t.keyframes().get(1);
        long target = second.nanos() + 500_000_000L;
        command("replay speed 2");
        command(String.format(Locale.ROOT, "replay seek %.3f", target / 1e9));
        readThrough(ws, second.messages());
        int from = t.firstAfter(second);
        List<Long> arrivals = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (int i = from; i < messages.size(); i++) {
            assertArrayEquals(messages.get(i).payload(), ws.receive().payload(), "after the seek, message " + i + " in order");
            if (messages.get(i).offsetNanos() > target) {
                arrivals.add(System.nanoTime());
                offsets.add(messages.get(i).offsetNanos());
            }
        }
        assertTrue(offsets.size() > 10, "timed messages after the target: " + offsets.size());
        long recordedSpan = offsets.getLast() - offsets.getFirst();
        long arrivedSpan = arrivals.getLast() - arrivals.getFirst();
        double expected = recordedSpan / speed;
        // a played message is never early, and lateness does not add up (the clock is anchored): a quarter of the span at this speed
        assertTrue(Math.abs(arrivedSpan - expected) <= expected / 4, String.format(Locale.ROOT,
                "%d ns recorded at %.1fx should take %.0f ns, took %d ns", recordedSpan, speed, expected, arrivedSpan));
        for (int i = 1; i < offsets.size(); i++) {
            long early = (offsets.get(i) - offsets.getFirst()) / (long) speed - (arrivals.get(i) - arrivals.getFirst());
            assertTrue(early <= expected / 4, "message " + i + " came " + early + " ns before its time");
        }
    }

    @Test
    void aKeyedReplayIsSealedWithTheSpectatorsOwnKeysNotTheRecordedOnes() throws Exception {
        start("keyed-mode", "pinned");
        GameClient recorded = GameClient.connectKeyed("127.0.0.1", server.port(), "main", "tk:recorded", server.build(), null, 5000);
        open.add(recorded::close);
        ServerPacket.IoInit recordedInit = (ServerPacket.IoInit) recorded.receive();
        recorded.send(new ClientPacket.Spawn("keyed", false, 0));
        int sid = recorded.receiveUntil(ServerPacket.SetupGame.class).yourSid();
        Thread.ofVirtual().start(() -> {
            try {
                while (recorded.receive() != null) {
                    // kept read, so that its connection is written
                }
            } catch (IOException e) {
                // closed
            }
        });
        ReplayTimeline t = record(sid, 1_500);
        assertEquals("v19", t.profile());
        LabKeyframe first = t.keyframes().getFirst();

        command("replay " + t.name() + " to 127.0.0.1");
        GameClient spectator = GameClient.connectKeyed("127.0.0.1", server.port(), "main", "tk:spectator", server.build(), null, 5000);
        open.add(spectator::close);
        ServerPacket.IoInit fresh = (ServerPacket.IoInit) spectator.receive();
        assertNotEquals(recordedInit.keyHex(), fresh.keyHex(), "the spectator's io-init is its own");
        KeyedClientChannel recordedKeys = KeyedClientChannel.fromIoInit(
                new IoInitArgs(recordedInit.socketId(), recordedInit.seed(), recordedInit.keyHex(), recordedInit.mode(), recordedInit.pinned()), server.build());
        for (byte[] expected : first.messages()) {
            byte[] sealed = spectator.socket().receive().payload();
            assertArrayEquals(expected, spectator.channel().read(sealed), "opened with the spectator's keys: the recorded message");
            byte[] withRecordedKeys;
            try {
                withRecordedKeys = recordedKeys.read(sealed);
            } catch (PacketException refused) {
                withRecordedKeys = null;
            }
            assertFalse(Arrays.equals(expected, withRecordedKeys), "the recorded connection's keys do not open it");
        }
    }

    @Test
    void aLiveViewShowsWhatTheFollowedPlayerIsWrittenAndNothingOnceItIsWrittenNothing() throws Exception {
        start();
        Player followed = player("followed");
        assertTrue(command("spectate " + followed.sid() + " to 127.0.0.1").startsWith("live view"));
        WsClient ws = WsClient.open(server.port(), "/");
        open.add(ws);
        ws.setReadTimeout(10_000);
        ws.receive(); // its own io-init
        // the keyframe: a fresh join of the followed player's view, its own setup among it
        boolean setup = false;
        while (!setup) {
            setup = ERA_2.decode(ws.receive().payload()) instanceof ServerPacket.SetupGame s && s.yourSid() == followed.sid();
        }
        while (!(ERA_2.decode(ws.receive().payload()) instanceof ServerPacket.Leaderboard)) {
            // the rest of the keyframe, whose last message is the leaderboard
        }
        List<byte[]> seen = new ArrayList<>();
        followed.ws().sendBinary(new ClientCodec(Profile.ERA_2).encode(new ClientPacket.Chat("watch me")));
        while (true) {
            byte[] m = ws.receive().payload();
            seen.add(m);
            if (ERA_2.decode(m) instanceof ServerPacket.Chat c && c.message().equals("watch me")) {
                break;
            }
        }
        // what the spectator saw after the keyframe is what the player was written, in a row and in order
        byte[] last = seen.getLast();
        assertTrue(Await.until(Duration.ofSeconds(10), () -> followed.received().stream().anyMatch(m -> Arrays.equals(m, last))),
                "the player read its chat line too");
        List<byte[]> written = List.copyOf(followed.received());
        int at = -1;
        for (int i = 0; i + seen.size() <= written.size() && at < 0; i++) {
            boolean all = true;
            for (int j = 0; j < seen.size() && all; j++) {
                all = Arrays.equals(written.get(i + j), seen.get(j));
            }
            at = all ? i : -1;
        }
        assertTrue(at >= 0, "the " + seen.size() + " messages shown are the player's, in a row");

        // the player leaves: it is written nothing more, and the spectator is shown nothing
        followed.ws().sendClose(1000);
        ws.setReadTimeout(500);
        try {
            while (true) {
                ws.receive(); // what was on its way before the player left
            }
        } catch (SocketTimeoutException quiet) {
            // drained
        }
        ws.setReadTimeout(1_500);
        assertThrows(SocketTimeoutException.class, ws::receive, "nothing while the followed player is written nothing");
    }

    @Test
    void aShowIsArmedOnlyForTheLiteralAddressNamedAfterToAndNineAreTooMany() throws Exception {
        start();
        Player p = player("followed");
        for (String line : List.of("replay 20261205-011500-main-player-3-001.rec.zip", "spectate " + p.sid(), "spectate " + p.sid() + " 127.0.0.2",
                "spectate " + p.sid() + " to", "replay a.rec.zip to 127.0.0.2 now")) {
            String answer = command(line);
            assertTrue(answer.startsWith("usage: ") && answer.contains(" to <address>") && !answer.contains("[to"), line + ": " + answer);
        }
        String named = command("spectate " + p.sid() + " to localhost");
        assertTrue(named.startsWith("usage: ") && named.contains("not an IP address"), "a host name is not looked up: " + named);
        assertTrue(command("replay").startsWith("no replay or live view"), "nothing armed");

        assertTrue(command("spectate " + p.sid() + " to ::1").contains("from 0:0:0:0:0:0:0:1"), "the address as a connection's is spelled");
        for (int i = 2; i <= 8; i++) {
            assertTrue(command("replay a.rec.zip to 127.0.0." + i).startsWith("replay of a.rec.zip armed"), "show " + i);
        }
        String ninth = command("replay a.rec.zip to 127.0.0.9");
        assertTrue(ninth.startsWith("not armed") && !ninth.contains("\n"), "the ninth, refused in one line: " + ninth);
        assertEquals(8, command("replay").lines().filter(l -> l.contains(" waits for the next connection from ")).count());
    }

    @Test
    void aReplayNamesAViewOptionallyBeforeToAndAWorldRecordingWithoutOneIsToldItsSids() throws Exception {
        start();
        Player p = player("recorded");
        assertTrue(command("record world").startsWith("recording"));
        assertTrue(Await.until(Duration.ofSeconds(10), () -> {
            var status = server.recordings().running("main").status();
            return status.frames() > 10 && status.records() > status.frames(); // the player's messages, and a keyframe
        }));
        server.recordings().stop("main", RecordingSummary.Ended.STOPPED).finished().get(5, TimeUnit.SECONDS);
        String name = server.recordings().list().getFirst().name();

        for (String line : List.of("replay " + name + " view three to 127.0.0.2", "replay " + name + " view 3 at 127.0.0.2",
                "replay " + name + " view 3 to")) {
            assertTrue(command(line).startsWith("usage: "), line);
        }
        assertTrue(command("replay " + name + " view " + p.sid() + " to 127.0.0.2").startsWith("replay of " + name + " (player " + p.sid() + ") armed"));
        WsClient viewed = from("127.0.0.2");
        viewed.receive(); // its own io-init
        assertFalse(ERA_2.decode(viewed.receive().payload()) instanceof ServerPacket.Disconnect, "the player's view is shown");

        command("replay " + name + " to 127.0.0.3");
        WsClient told = from("127.0.0.3");
        told.receive(); // its own io-init
        ServerPacket.Disconnect why = (ServerPacket.Disconnect) ERA_2.decode(told.receive().payload());
        assertTrue(why.reason().contains("whole world") && why.reason().endsWith("it holds sid " + p.sid()), why.reason());
    }

    @Test
    void aConnectionFromAnotherAddressIsSeatedAsUsualWhileAShowWaitsForItsOwn() throws Exception {
        start();
        Player followed = player("followed");
        assertTrue(command("spectate " + followed.sid() + " to 127.0.0.2").contains("from 127.0.0.2"));

        Player ordinary = player("ordinary"); // from 127.0.0.1
        assertNotEquals(followed.sid(), ordinary.sid(), "seated and spawned as itself, not shown the followed player's view");
        assertTrue(command("replay").contains("live view of player " + followed.sid() + " waits for the next connection from 127.0.0.2"),
                "still waiting for its own address");

        WsClient spectator = from("127.0.0.2");
        spectator.receive(); // its own io-init
        boolean setup = false;
        while (!setup) {
            setup = ERA_2.decode(spectator.receive().payload()) instanceof ServerPacket.SetupGame s && s.yourSid() == followed.sid();
        }
        String status = command("replay");
        assertTrue(status.startsWith("live view of player " + followed.sid()) && !status.contains("waits"), "taken: " + status);
    }

    @Test
    void aRecordingIsReadWhenItsConnectionTakesTheShowAndOneThatCannotBeReadIsToldToIt() throws Exception {
        start();
        Player p = player("recorded");
        ReplayTimeline t = record(p.sid(), 1_500);
        String later = "later-" + t.name();
        assertTrue(command("replay " + later + " to 127.0.0.2").startsWith("replay of " + later + " armed"), "armed before the file is there");
        Files.copy(server.recordings().dir().resolve(t.name()), server.recordings().dir().resolve(later));

        WsClient spectator = from("127.0.0.2");
        spectator.receive(); // its own io-init
        for (byte[] expected : t.keyframes().getFirst().messages()) {
            assertArrayEquals(expected, spectator.receive().payload(), "the file as it is when the spectator connects");
        }

        command("replay missing.rec.zip to 127.0.0.3");
        WsClient told = from("127.0.0.3");
        told.receive(); // its own io-init
        ServerPacket.Disconnect why = (ServerPacket.Disconnect) ERA_2.decode(told.receive().payload());
        assertTrue(why.reason().contains("cannot read the recording"), why.reason());
        assertTrue(told.receive().isClose(), "then closed");
    }

    /** The token of the watch link in a {@code to page} answer. */
    private static String token(String answer) {
        Matcher m = Pattern.compile("/\\?world=main&watch=([0-9a-f]{32})$").matcher(answer);
        assertTrue(m.find(), "a watch link ends the answer: " + answer);
        return m.group(1);
    }

    private static ServerPacket decodes(byte[] m) {
        try {
            return ERA_2.decode(m);
        } catch (PacketException e) {
            throw new AssertionError("the server wrote a message its own codec cannot read", e);
        }
    }

    /** The own client's socket naming {@code token}, from {@code from}. */
    private WsClient watching(String from, String token) throws IOException {
        WsClient ws = WsClient.connect("127.0.0.1", server.port(), "/?client=moomoo-server&world=main&watch=" + token, InetAddress.getByName(from), 10_000);
        open.add(ws);
        return ws;
    }

    /** Reads until the server's chat line (sid -1) containing {@code text}; returns the messages read before it. */
    private static List<byte[]> untilTold(WsClient ws, String text) throws IOException, PacketException {
        List<byte[]> before = new ArrayList<>();
        while (true) {
            byte[] m = ws.receive().payload();
            if (ERA_2.decode(m) instanceof ServerPacket.Chat c && c.sid() == -1 && c.message().contains(text)) {
                return before;
            }
            before.add(m);
        }
    }

    @Test
    void aWatchLinkIsTakenOnlyByTheSocketNamingItsTokenOnceAndTheOwnClientIsToldWhereTheShowIs() throws Exception {
        start();
        Player followed = player("followed");
        String token = token(command("spectate " + followed.sid() + " to page"));

        Player ordinary = player("ordinary"); // from 127.0.0.1, no token
        assertNotEquals(followed.sid(), ordinary.sid(), "a socket without the token is seated as usual");

        WsClient spectator = watching("127.0.0.3", token);
        spectator.receive(); // its own io-init
        // told where the show is as it starts; the show's keyframe may come before or after that line
        boolean setup = false;
        for (byte[] m : untilTold(spectator, "live view of player " + followed.sid())) {
            setup |= ERA_2.decode(m) instanceof ServerPacket.SetupGame s && s.yourSid() == followed.sid();
        }
        while (!setup) {
            setup = ERA_2.decode(spectator.receive().payload()) instanceof ServerPacket.SetupGame s && s.yourSid() == followed.sid();
        }
        spectator.sendBinary(new ClientCodec(Profile.ERA_2).encode(new ClientPacket.Chat("/pause")));
        untilTold(spectator, ": paused");
        spectator.sendBinary(new ClientCodec(Profile.ERA_2).encode(new ClientPacket.Chat("/speed 9")));
        untilTold(spectator, "a speed is from 0.25 to 4");

        for (String used : List.of(token, "0".repeat(32))) {
            WsClient again = watching("127.0.0.3", used);
            again.receive(); // its own io-init
            ServerPacket.Disconnect why = (ServerPacket.Disconnect) ERA_2.decode(again.receive().payload());
            assertTrue(why.reason().contains("this watch link was used or is over 2 minutes old"), why.reason());
            assertTrue(again.receive().isClose(), "then closed, never seated");
        }
        assertEquals(2, server.world().livingPlayers().size(), "the spectators joined nobody");
    }

    @Test
    void aReplayOnAPageTellsWhereASeekLandedAfterItsKeyframeAndFastForward() throws Exception {
        start();
        Player p = player("recorded");
        ReplayTimeline t = record(p.sid(), 1_500);
        WsClient spectator = watching("127.0.0.4", token(command("replay " + t.name() + " to page")));
        spectator.receive(); // its own io-init
        ClientCodec client = new ClientCodec(Profile.ERA_2);
        spectator.sendBinary(client.encode(new ClientPacket.Chat("/pause")));
        untilTold(spectator, ": paused at");
        spectator.sendBinary(client.encode(new ClientPacket.Chat("/seek 0:00.5")));
        // the answer "seeking to" races the show's thread; the line after the seek comes after its keyframe and fast-forward
        List<byte[]> shown = new ArrayList<>(untilTold(spectator, "paused at 0:00.5"));
        shown.removeIf(m -> decodes(m) instanceof ServerPacket.Chat c && c.sid() == -1 && c.message().contains("seeking to 0:00.5"));
        List<byte[]> keyframe = t.keyframes().getFirst().messages();
        int at = 0;
        while (at < shown.size() && !Arrays.equals(shown.get(at), keyframe.getFirst())) {
            at++;
        }
        // before it, what takes away the objects and the players the client was shown (Leftovers); a message the show had
        // taken as the pause came may still arrive first
        List<ServerPacket> before = shown.subList(0, at).stream().map(ReplayTest::decodes).toList();
        long other = before.stream().filter(m -> !(m instanceof ServerPacket.RemoveObject || m instanceof ServerPacket.UpdatePlayers u && u.players().isEmpty()
                || m instanceof ServerPacket.UpdateAnimals i && i.animals().isEmpty())).count();
        assertTrue(other <= 1 && shown.size() >= at + keyframe.size(), "the keyframe, after " + before + ", of " + shown.size() + " messages before the answer");
        assertTrue(before.contains(new ServerPacket.UpdatePlayers(List.of())), "the players the client was shown are hidden first: " + before);
        for (int i = 0; i < keyframe.size(); i++) {
            assertArrayEquals(keyframe.get(i), shown.get(at + i), "the keyframe whole, message " + i);
        }
        for (byte[] m : shown.subList(at + keyframe.size(), shown.size())) {
            assertTrue(t.messages().stream().anyMatch(r -> Arrays.equals(r.payload(), m)), "then the recorded messages up to the target");
        }
    }

    @Test
    void aV19SpectatorWatchesAPlayerOfTheV18ClientLiveReencoded() throws Exception {
        start("keyed-mode", "pinned");
        Player followed = player("followed"); // era 2, the v1.8 client's profile
        assertTrue(command("spectate " + followed.sid() + " to 127.0.0.1").startsWith("live view"));
        GameClient spectator = GameClient.connectKeyed("127.0.0.1", server.port(), "main", "tk:spectator", server.build(), null, 5000);
        open.add(spectator::close);
        assertInstanceOf(ServerPacket.IoInit.class, spectator.receive());
        ServerPacket.SetupGame setup = spectator.receiveUntil(ServerPacket.SetupGame.class);
        assertEquals(followed.sid(), setup.yourSid(), "the followed player's greeting, in v1.9's codes");
        ServerPacket.AddPlayer me = spectator.receiveUntil(ServerPacket.AddPlayer.class);
        assertEquals("followed", me.player().name());
        ServerPacket.UpdatePlayers update = spectator.receiveUntil(ServerPacket.UpdatePlayers.class);
        assertTrue(update.players().stream().anyMatch(p -> p.sid() == followed.sid()), "then its updates, in v1.9's shape");
    }

    @Test
    void theNinthShowToRunInAWorldIsToldSoAndClosed() throws Exception {
        start();
        Player followed = player("followed");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < Spectators.MOST_WATCHING; i++) {
            tokens.add(token(command("spectate " + followed.sid() + " to page")));
        }
        for (String t : tokens) {
            WsClient running = watching("127.0.0.5", t);
            running.receive(); // its own io-init
            untilTold(running, "live view of player " + followed.sid());
        }
        WsClient ninth = watching("127.0.0.5", token(command("spectate " + followed.sid() + " to page")));
        ninth.receive(); // its own io-init
        ServerPacket.Disconnect why = (ServerPacket.Disconnect) ERA_2.decode(ninth.receive().payload());
        assertEquals(Spectators.MOST_WATCHING + " shows run already in this world: arm this one again when one ends", why.reason());
        assertTrue(ninth.receive().isClose(), "then closed");
    }
}
