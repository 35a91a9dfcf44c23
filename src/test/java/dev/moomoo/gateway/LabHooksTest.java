package dev.moomoo.gateway;

import dev.moomoo.client.GameClient;
import dev.moomoo.client.WsClient;
import dev.moomoo.lab.LabFeed.Subscription;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabFrame.Direction;
import dev.moomoo.lab.LabFrame.Kind;
import dev.moomoo.lab.LabTap;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.TestConnections;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.MsgpackValues;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.ServerPacket.PlayerState;
import dev.moomoo.protocol.keyed.KeyedClientChannel;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The packet lab's hooks over real sockets: refused messages with their reason and exact bytes, the
 * keyed profile's sealed and plain bytes each way, a replayed keyed frame, what the update slot
 * replaced, opening and closing; and a subscriber that does not read, which loses frames without
 * slowing the world or another subscriber.
 */
class LabHooksTest {
    private static final HexFormat HEX = HexFormat.of();
    @TempDir
    Path state;
    private GameServer server;
    private final List<Subscription> subscriptions = new ArrayList<>();

    private GameServer start(String... settings) throws IOException {
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "console", "false", "state-dir", state.toString(),
                "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none"));
        for (int i = 0; i < settings.length; i += 2) {
            s.put(settings[i], settings[i + 1]);
        }
        server = GameServer.start(ServerConfig.defaults(s));
        return server;
    }

    @AfterEach
    void stop() {
        subscriptions.forEach(Subscription::close);
        if (server != null) {
            server.shutdown();
        }
    }

    private Subscription subscribe(Predicate<LabFrame> filter, int capacity) {
        Subscription s = server.lab().subscribe(filter, capacity);
        subscriptions.add(s);
        return s;
    }

    /** The next frame {@code wanted} takes, skipping the others; fails after 10 s without one. */
    private static LabFrame next(Subscription s, Predicate<LabFrame> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            LabFrame f = s.poll(500);
            if (f != null && wanted.test(f)) {
                return f;
            }
        }
        throw new AssertionError("no such frame within 10 s");
    }

    private static Predicate<LabFrame> of(String connection, Direction direction, Kind kind) {
        return f -> f.connectionId().equals(connection) && f.direction() == direction && f.kind() == kind;
    }

    @Test
    void aRefusedMessageAndATextFrameAreToldWithTheirReasonAndExactBytes() throws Exception {
        start();
        Subscription lab = subscribe(f -> true, 10_000);
        try (WsClient ws = WsClient.open(server.port(), "/")) {
            ServerPacket.IoInit init = (ServerPacket.IoInit) new ServerCodec(Profile.ERA_2).decode(ws.receive().payload());
            String id = init.socketId();
            LabFrame opened = next(lab, f -> f.connectionId().equals(id));
            assertEquals(Kind.OPENED, opened.kind(), "the connection's first frame");
            assertEquals("main", opened.world());

            byte[] unknownCode = HEX.parseHex("92a27a7a90"); // ["zz", []]: no client packet has the code zz
            ws.sendBinary(unknownCode);
            LabFrame refused = next(lab, of(id, Direction.IN, Kind.REFUSED));
            assertArrayEquals(unknownCode, refused.wire());
            assertArrayEquals(unknownCode, refused.plain(), "a plain profile: what came in is what was read");
            assertTrue(refused.reason().startsWith("unknown_code"), refused.reason());
            assertTrue(refused.tick() >= 0);

            ws.sendText("hello");
            LabFrame text = next(lab, of(id, Direction.IN, Kind.REFUSED));
            assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), text.wire());
            assertTrue(text.reason().contains("text frame"), text.reason());
            assertNull(text.code());
        }
    }

    @Test
    void aKeyedConnectionIsToldSealedOnTheWireAndPlainBesideEachWayAndAReplayIsRefused() throws Exception {
        start("keyed-mode", "pinned");
        Subscription lab = subscribe(f -> f.profile().equals("v19"), 10_000);
        try (GameClient page = GameClient.connectKeyed("127.0.0.1", server.port(), "main", "tk:anything", server.build(), null, 5000)) {
            ServerPacket.IoInit init = (ServerPacket.IoInit) page.receive();
            String id = init.socketId();
            assertInstanceOf(ServerPacket.TribeList.class, page.receive());

            LabFrame greeting = next(lab, of(id, Direction.OUT, Kind.FRAME));
            assertEquals("io-init", greeting.code());
            assertSame(greeting.wire(), greeting.plain(), "io-init goes before the keys: plain on the wire");
            assertNoKey(init.keyHex(), greeting.plain());
            ServerPacket.IoInit shown = (ServerPacket.IoInit) new ServerCodec(Profile.V19).decode(greeting.plain());
            assertEquals(new ServerPacket.IoInit(init.socketId(), init.seed(), "(key)", init.mode(), init.pinned()), shown,
                    "the lab's io-init is the client's, its key replaced");
            LabFrame tribes = next(lab, of(id, Direction.OUT, Kind.FRAME));
            assertFalse(Arrays.equals(tribes.wire(), tribes.plain()), "sealed on the wire");
            assertInstanceOf(ServerPacket.TribeList.class, new ServerCodec(Profile.V19).decode(tribes.plain()),
                    "the plain bytes are the packet the page read");

            KeyedClientChannel keys = page.channel();
            byte[] ping = keys.frame("0", List.of());
            page.socket().sendBinary(ping);
            LabFrame in = next(lab, of(id, Direction.IN, Kind.FRAME));
            assertArrayEquals(ping, in.wire(), "what came in");
            assertEquals("0", in.code());
            List<?> body = (List<?>) MsgpackValues.read(in.plain(), MsgpackValues.Limits.CLIENT);
            assertEquals("0", keys.clientTable().name((Long) body.get(0)), "[id, args, seq]: the ping's number on this connection");
            assertEquals(List.of(), body.get(1));
            assertEquals(keys.lastSequence(), body.get(2));
            assertFalse(Arrays.equals(in.wire(), in.plain()));

            page.socket().sendBinary(ping); // the same frame again
            LabFrame replay = next(lab, of(id, Direction.IN, Kind.REFUSED));
            assertArrayEquals(ping, replay.wire());
            assertTrue(replay.reason().contains("sequence") && replay.reason().contains("replayed"), replay.reason());
            LabFrame closed = next(lab, of(id, Direction.OUT, Kind.CLOSED));
            assertTrue(closed.reason().startsWith("4001"), closed.reason());
        }
    }

    /** The key as the client got it (hex in io-init) and as its 16 raw bytes: neither is anywhere in {@code bytes}. */
    private static void assertNoKey(String keyHex, byte[] bytes) {
        assertEquals(32, keyHex.length(), "a keyed io-init carries its 16-byte key in hex");
        String seen = new String(bytes, StandardCharsets.ISO_8859_1);
        assertFalse(seen.contains(keyHex), "the key's hex is not in the lab's io-init");
        assertFalse(seen.contains(new String(HEX.parseHex(keyHex), StandardCharsets.ISO_8859_1)), "nor its raw bytes");
    }

    /** Through a seat's sink on a connection whose writer the test runs: the replaced update is told, never written. */
    @Test
    void anUpdateReplacedBeforeTheWriterRanIsReplacedNeverAnOutFrame() throws Exception {
        try (LabTap tap = new LabTap(); TestConnections.Loopback loopback = TestConnections.loopback()) {
            Subscription lab = tap.subscribe(f -> true, 100);
            Connection c = loopback.open();
            SeatTap seatTap = new SeatTap(tap, "w", () -> 5, "x", "127.0.0.1", "era2", false, null);
            c.tapWith(seatTap);
            ConnectionSink sink = new ConnectionSink(c, new Wires(Profile.ERA_2, tap).of(Profile.ERA_2), seatTap);
            PlayerState first = state(1, 100);
            PlayerState second = state(1, 200);
            assertTrue(sink.sendUpdate(List.of(first)));
            assertFalse(sink.sendUpdate(List.of(second)), "the first was not taken: replaced");
            TestConnections.takenOnce(c);
            assertTrue(tap.awaitDelivered(5000));
            ServerCodec codec = new ServerCodec(Profile.ERA_2);
            LabFrame replaced = lab.poll(0);
            assertEquals(Kind.REPLACED, replaced.kind());
            assertEquals("a", replaced.code());
            assertEquals(new ServerPacket.UpdatePlayers(List.of(first)), codec.decode(replaced.plain()));
            LabFrame written = lab.poll(0);
            assertEquals(Kind.FRAME, written.kind());
            assertEquals(Direction.OUT, written.direction());
            assertEquals(new ServerPacket.UpdatePlayers(List.of(second)), codec.decode(written.plain()), "only the newer one went out");
            assertEquals(5, written.tick());
            assertNull(lab.poll(0), "nothing else");
        }
    }

    @Test
    void aSpawnAfterTheConnectionClosedDoesNotNameItInTheLabAgain() {
        try (LabTap tap = new LabTap()) {
            SeatTap open = new SeatTap(tap, "w", () -> 1, "open", "10.0.0.1", "era2", false, null);
            open.spawning("alice");
            open.spawned(3);
            assertEquals("10.0.0.1/alice", tap.playerOf("open"), "an open connection is looked up by its player");

            SeatTap gone = new SeatTap(tap, "w", () -> 1, "gone", "10.0.0.2", "era2", false, null);
            gone.spawning("bob");
            gone.closed(1001, "");
            gone.spawned(4); // the tick took its spawn before it saw the leave
            assertNull(tap.playerOf("gone"), "a closed connection is forgotten, whatever the tick does after");
            assertEquals(4, gone.sid(), "its own frames still carry the sid");

            open.closed(1000, "");
            assertNull(tap.playerOf("open"));
        }
    }

    private static PlayerState state(int sid, double x) {
        return new PlayerState(sid, x, 50, 0, -1, 0, 0, null, false, 0, 0, 0, 0);
    }

    @Test
    void aSubscriberThatDoesNotReadLosesFramesWithoutSlowingTheWorldOrAnotherSubscriber() throws Exception {
        start();
        Subscription slow = subscribe(f -> true, 1);
        Subscription all = subscribe(f -> true, 100_000);
        try (GameClient c = GameClient.connect("127.0.0.1", server.port(), "/?era=2", null, Profile.ERA_2, 5000)) {
            String id = ((ServerPacket.IoInit) c.receive()).socketId();
            c.receiveUntil(ServerPacket.TribeList.class);
            c.send(new ClientPacket.Spawn("reader", false, 0));
            c.receiveUntil(ServerPacket.SetupGame.class);
            long ticksBefore = server.tickLoop().stats().ticks();
            for (int i = 0; i < 20; i++) {
                c.send(new ClientPacket.Ping());
                c.receiveUntil(ServerPacket.Pong.class);
            }
            assertTrue(Await.until(Duration.ofSeconds(10), () -> server.tickLoop().stats().ticks() >= ticksBefore + 9),
                    "the world ticks on: a second's ticks");
            assertTrue(server.lab().awaitDelivered(5000));
            int pings = 0;
            int pongs = 0;
            for (LabFrame f; (f = all.poll(0)) != null; ) {
                if (f.connectionId().equals(id) && f.kind() == Kind.FRAME && "0".equals(f.code())) {
                    if (f.direction() == Direction.IN) {
                        pings++;
                    } else {
                        pongs++;
                    }
                }
            }
            assertEquals(20, pings, "every ping, in");
            assertEquals(20, pongs, "every pong, out");
            assertEquals(0, all.missed());
            assertTrue(slow.missed() > 40, "the one that does not read kept one frame and missed the rest: " + slow.missed());
            assertEquals(0, server.lab().missed(), "the shared queue kept up");
        }
    }
}
