package dev.moomoo.lab.inspect;

import dev.moomoo.testing.HandFedFeed;
import dev.moomoo.client.WsClient;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabFrame.Direction;
import dev.moomoo.lab.LabFrame.Kind;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import dev.moomoo.testing.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The inspector's socket, fed by hand: frames come out as JSON with their fields named as
 * src/site/protocol.md names them, refusals with their reason and bytes, and the page follows a
 * connection, or a player across its reconnects. The bytes are written here from protocol.md's tables
 * ("How numbers and flags are written", "Server to client"), not by the codec.
 */
class InspectSocketTest {
    private static final HexFormat HEX = HexFormat.of();

    /**
     * {@code ["a", [[1, 7200.5, 3, 0.5, -1, 0, 0, nil, false, 0, 0, 0, 0]]]}: one player row of era 2's
     * {@code a}: 92 (a pair), a1 61 ("a"), 91 (one argument), 9d (13 values), 01, ca 45e10400 (7200.5 as a
     * float32), 03, ca 3f000000 (0.5), ff (-1), 00, 00, c0 (nil), c2 (false), 00, 00, 00, 00.
     */
    static final byte[] UPDATE = HEX.parseHex("92a16191" + "9d01ca45e1040003ca3f000000ff0000c0c200000000");
    /** {@code ["H", [[5, 700, 900, 0, 150, 0, nil, -1]]]}: one tree: cd 02bc (700), cd 0384 (900), cc 96 (150). */
    static final byte[] OBJECTS = HEX.parseHex("92a14891" + "9805cd02bccd038400cc9600c0ff");
    /** {@code ["M", [{"name": "bob", "moofoll": nil, "skin": 2}]]}: a spawn, as the client sends it. */
    static final byte[] SPAWN = HEX.parseHex("92a14d91" + "83a46e616d65a3626f62a76d6f6f666f6c6cc0a4736b696e02");

    @Test
    void anUpdateAndObjectsComeOutWithTheirFieldsNamed() throws Exception {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN); Page page = new Page(s)) {
            page.follow("{\"op\":\"follow\",\"connection\":\"c1\"}", f -> ((List<?>) f.get("connections")).contains("c1"));
            s.feed.offer(HandFedFeed.frame("c1", "p1", 1, Direction.OUT, Kind.FRAME, "a", UPDATE, null));
            s.feed.offer(HandFedFeed.frame("c1", "p1", 1, Direction.OUT, Kind.FRAME, "H", OBJECTS, null));
            List<Map<String, Object>> frames = page.frames(2);

            Map<String, Object> a = frames.get(0);
            assertEquals("out", a.get("dir"));
            assertEquals("a", a.get("code"));
            assertEquals(42.0, a.get("tick"));
            assertEquals((double) UPDATE.length, a.get("size"));
            assertArrayEquals(UPDATE, Base64.getDecoder().decode((String) a.get("wire")), "the wire bytes as they were");
            assertNull(a.get("plain"), "plain frames carry their bytes once");
            Map<?, ?> row = (Map<?, ?>) ((List<?>) fields(a).get("players")).getFirst();
            // protocol.md, a: "sid, x, y, dir, buildIndex, weaponIndex, weaponVariant, team or nil, isLeader, skinIndex, tailIndex, iconIndex, zIndex"
            assertEquals(List.of("sid", "x", "y", "dir", "buildIndex", "weaponIndex", "weaponVariant", "team", "isLeader", "skinIndex",
                    "tailIndex", "iconIndex", "zIndex"), List.copyOf(row.keySet()));
            assertEquals(1.0, row.get("sid"));
            assertEquals(7200.5, row.get("x"));
            assertEquals(-1.0, row.get("buildIndex"));
            assertNull(row.get("team"));
            assertEquals(false, row.get("isLeader"));

            Map<?, ?> tree = (Map<?, ?>) ((List<?>) fields(frames.get(1)).get("objects")).getFirst();
            // protocol.md, H: "sid, x, y, dir, scale, type, itemIndex, ownerSid"
            assertEquals(List.of("sid", "x", "y", "dir", "scale", "type", "itemIndex", "ownerSid"), List.copyOf(tree.keySet()));
            assertEquals(700.0, tree.get("x"));
            assertEquals(150.0, tree.get("scale"));
            assertEquals(0.0, tree.get("type"), "a tree");
            assertNull(tree.get("itemIndex"));
            assertEquals(-1.0, tree.get("ownerSid"));
        }
    }

    @Test
    void aKeyedFrameCarriesItsMaskedBytesAndItsPlaintextNamedByTheV19Shapes() throws Exception {
        // v1.9's a: [[sid, x, y, dir in hundredths], [sid, 9 attributes], [hidden sids]]: [[7, 100, 200, 157], [], [9]]
        byte[] plain = HEX.parseHex("92a16193" + "9407cc64ccc8cc9d" + "90" + "9109");
        byte[] wire = plain.clone();
        for (int i = 0; i < wire.length; i++) {
            wire[i] ^= 0x5a; // a mask: the bytes differ, their length does not
        }
        try (InspectServer s = new InspectServer(InspectServer.TOKEN); Page page = new Page(s)) {
            page.follow("{\"op\":\"follow\",\"all\":true}", f -> Boolean.TRUE.equals(f.get("all")));
            s.feed.offer(new LabFrame(1, System.nanoTime(), 9, "main", "k1", "p9", 7, "v19", Direction.OUT, Kind.FRAME, wire, plain, "a", null));
            Map<String, Object> f = page.frames(1).getFirst();
            assertArrayEquals(wire, Base64.getDecoder().decode((String) f.get("wire")));
            assertArrayEquals(plain, Base64.getDecoder().decode((String) f.get("plain")));
            Map<String, Object> args = fields(f);
            assertEquals(Map.of("sid", 7.0, "x", 100.0, "y", 200.0, "dir", 157.0), ((List<?>) args.get("positions")).getFirst());
            assertEquals(List.of(), args.get("attributes"));
            assertEquals(List.of(9.0), args.get("hidden"));
        }
    }

    @Test
    void aRefusedMessageComesWithItsReasonAndItsBytes() throws Exception {
        byte[] junk = {(byte) 0x92, (byte) 0xa1, 0x5a, (byte) 0xc1};
        try (InspectServer s = new InspectServer(InspectServer.TOKEN); Page page = new Page(s)) {
            page.follow("{\"op\":\"follow\",\"connection\":\"c1\"}", f -> ((List<?>) f.get("connections")).contains("c1"));
            s.feed.offer(HandFedFeed.frame("c1", "", -1, Direction.IN, Kind.REFUSED, null, junk, "malformed: msgpack type c1 is never used"));
            Map<String, Object> f = page.frames(1).getFirst();
            assertEquals("REFUSED", f.get("kind"));
            assertEquals("in", f.get("dir"));
            assertEquals("malformed: msgpack type c1 is never used", f.get("reason"));
            assertArrayEquals(junk, Base64.getDecoder().decode((String) f.get("wire")));
            assertNull(f.get("fields"), "nothing to name");
        }
    }

    @Test
    void followingAPlayerSurvivesItsReconnectAndOthersStayOut() throws Exception {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN); Page page = new Page(s)) {
            page.follow("{\"op\":\"follow\",\"player\":\"bob@192.0.2.7\"}", f -> ((List<?>) f.get("players")).contains("bob@192.0.2.7"));
            s.feed.offer(HandFedFeed.frame("c1", "bob@192.0.2.7", 1, Direction.IN, Kind.FRAME, "M", SPAWN, null));
            s.feed.offer(HandFedFeed.frame("c2", "eve@192.0.2.8", 2, Direction.IN, Kind.FRAME, "M", SPAWN, null));
            s.feed.offer(HandFedFeed.frame("c3", "bob@192.0.2.7", 3, Direction.IN, Kind.FRAME, "M", SPAWN, null));
            List<Map<String, Object>> frames = page.frames(2);
            assertEquals(List.of("c1", "c3"), frames.stream().map(f -> f.get("conn")).toList(), "bob's old and new connection, not eve's");
            assertEquals(Map.of("name", "bob", "moofoll", Map.of(), "skin", 2.0).keySet(), ((Map<?, ?>) fields(frames.get(0)).get("spawn")).keySet());

            Map<String, Object> list = page.next("connections", m -> ((List<?>) m.get("connections")).size() == 3);
            Map<?, ?> c1 = (Map<?, ?>) ((List<?>) list.get("connections")).getFirst();
            assertEquals("c1", c1.get("id"));
            assertEquals("bob", c1.get("name"), "the name it spawned with");
            assertEquals("192.0.2.7", c1.get("address"));
            assertEquals("era2", c1.get("profile"));
            assertEquals(1.0, c1.get("sid"));
        }
    }

    @Test
    void aPageThatFallsBehindIsToldWhatItMissedAndTheFeedNeverWaits() throws Exception {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN); Page page = new Page(s)) {
            page.next("connections", m -> true); // subscribed
            LabFrame f = HandFedFeed.frame("c1", "p", 1, Direction.OUT, Kind.FRAME, "a", UPDATE, null);
            int fed = 4 * InspectSocket.QUEUE;
            for (int i = 0; i < fed; i++) {
                s.feed.offer(f); // never blocks, however far behind the page is
            }
            Map<String, Object> list = page.next("connections", m -> ((Double) m.get("missed")) > 0);
            assertTrue((Double) list.get("missed") < fed, "some were read: " + list.get("missed"));
        }
    }

    @Test
    void closingThePageEndsItsSubscription() throws Exception {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN)) {
            try (Page page = new Page(s)) {
                page.next("connections", m -> true);
                assertEquals(1, s.feed.open());
            }
            assertTrue(Await.until(Duration.ofSeconds(5), () -> s.feed.open() == 0));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("fields");
    }

    /** A signed-in page's socket: the messages it receives, read in order. */
    private static final class Page implements AutoCloseable {
        private final WsClient client;

        Page(InspectServer s) throws IOException {
            client = s.socket(s.signIn(false));
            assertTrue(client.readHead().startsWith("HTTP/1.1 101 "));
            Map<String, Object> hello = message();
            assertEquals("hello", hello.get("type"));
            assertEquals(false, hello.get("mayChange"), "read-only: the sign-in did not ask for changes");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> message() throws IOException {
            WsClient.Frame f = client.receive();
            assertEquals(Opcode.TEXT, f.opcode(), "JSON text");
            return (Map<String, Object>) JsonReader.value(f.text());
        }

        /** The next message of {@code type} that {@code test} accepts, skipping others (within the client's read timeout). */
        Map<String, Object> next(String type, Predicate<Map<String, Object>> test) throws IOException {
            while (true) {
                Map<String, Object> m = message();
                if (type.equals(m.get("type")) && test.test(m)) {
                    return m;
                }
            }
        }

        /** Asks to follow, and waits for the connection list that shows it. */
        @SuppressWarnings("unchecked")
        void follow(String command, Predicate<Map<String, Object>> shown) throws IOException {
            client.sendText(command);
            next("connections", m -> shown.test((Map<String, Object>) m.get("following")));
        }

        /** The next {@code n} frames, across batches. */
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> frames(int n) throws IOException {
            List<Map<String, Object>> out = new ArrayList<>();
            while (out.size() < n) {
                out.addAll((List<Map<String, Object>>) next("frames", m -> true).get("frames"));
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            client.close();
        }
    }
}
