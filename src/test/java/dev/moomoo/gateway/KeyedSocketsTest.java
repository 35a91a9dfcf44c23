package dev.moomoo.gateway;

import dev.moomoo.client.GameClient;
import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.keyed.KeyedClientChannel;
import dev.moomoo.protocol.keyed.KeyedFrameException.Reason;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The v1.9 endpoint over real sockets (src/site/keyed-protocol.md, "The endpoint"): a page of the
 * current build plays in each mode; every frame its keys refuse closes that connection with 4001 and
 * disturbs no other player; a frame that opens but is no packet falls under the violation policy; a
 * foreign Origin is refused after the upgrade with 4004, a page of another build with 4002.
 */
class KeyedSocketsTest {
    private static final HexFormat HEX = HexFormat.of();
    @TempDir
    Path state;
    private GameServer server;

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
        if (server != null) {
            server.shutdown();
        }
    }

    private GameClient page() throws IOException {
        return GameClient.connectKeyed("127.0.0.1", server.port(), "main", "tk:anything", server.build(), null, 5000);
    }

    /** Reads io-init and the tribe list, spawns, and returns the sid. */
    private static int join(GameClient c, String name) throws IOException {
        ServerPacket.IoInit init = assertInstanceOf(ServerPacket.IoInit.class, c.receive(), "io-init comes first");
        assertInstanceOf(ServerPacket.TribeList.class, c.receive(), "the tribe list, the first frame through the keys");
        assertNotNull(c.channel(), "io-init set the page's keys up (mode " + init.mode() + ", pinned " + init.pinned() + ")");
        c.send(new ClientPacket.Spawn(name, false, 2));
        int sid = c.receiveUntil(ServerPacket.SetupGame.class).yourSid();
        ServerPacket.AddPlayer me = c.receiveUntil(ServerPacket.AddPlayer.class);
        assertTrue(me.isYou());
        assertEquals(sid, me.player().sid());
        return sid;
    }

    /** The close code the server ends {@code c} with, reading past whatever it sends before. */
    private static int closedWith(GameClient c) throws IOException {
        for (int i = 0; i < 2000; i++) {
            if (c.receive() == null) {
                return c.closeCode();
            }
        }
        throw new AssertionError("not closed within 2000 packets");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pinned", "unpinned", "plain"})
    void aPageOfTheCurrentBuildPlaysInEachMode(String mode) throws Exception {
        start("keyed-mode", mode);
        try (GameClient page = page()) {
            int sid = join(page, "nineteen");
            ServerPacket.UpdatePlayers update = page.receiveUntil(ServerPacket.UpdatePlayers.class);
            assertTrue(update.players().stream().anyMatch(s -> s.sid() == sid), "its own player in the update");
            // pings are answered on the reader thread, between the tick's frames: every frame still opens in order
            for (int i = 0; i < 5; i++) {
                page.send(new ClientPacket.Ping());
                page.receiveUntil(ServerPacket.Pong.class);
            }
            page.send(new ClientPacket.Move(0.0));
            double x0 = page.receiveUntil(ServerPacket.UpdatePlayers.class).players().getFirst().x();
            assertTrue(Await.until(Duration.ofSeconds(10), () -> {
                try {
                    ServerPacket.UpdatePlayers u = page.receiveUntil(ServerPacket.UpdatePlayers.class);
                    return u.players().stream().anyMatch(s -> s.sid() == sid && s.x() > x0 + 20);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }), "it walks east");
        }
    }

    /** A page that breaks its keys in one way, beside a bystander that plays on. */
    @ParameterizedTest
    @ValueSource(strings = {"bad tag", "replay", "skipped sequence", "unknown packet", "not msgpack", "too short", "text frame"})
    void everyFrameTheKeysRefuseClosesWith4001AndDisturbsNoOtherPlayer(String fault) throws Exception {
        start();
        try (GameClient bystander = page(); GameClient cheat = page()) {
            int bystanderSid = join(bystander, "bystander");
            join(cheat, "cheat");
            KeyedClientChannel keys = cheat.channel();
            WsClient ws = cheat.socket();
            Reason reason = switch (fault) {
                case "bad tag" -> {
                    byte[] frame = keys.frame("0", List.of());
                    frame[0] ^= 0x01;
                    ws.sendBinary(frame);
                    yield Reason.BAD_TAG;
                }
                case "replay" -> {
                    byte[] frame = keys.frame("0", List.of());
                    ws.sendBinary(frame);
                    ws.sendBinary(frame);
                    yield Reason.SEQUENCE;
                }
                case "skipped sequence" -> {
                    keys.frame("0", List.of()); // made and never sent
                    ws.sendBinary(keys.frame("0", List.of()));
                    yield Reason.SEQUENCE;
                }
                case "unknown packet" -> {
                    // [21, [], seq]: the client's table numbers its 21 names 0 to 20
                    ws.sendBinary(keys.signed(HEX.parseHex("931590" + String.format("%02x", keys.lastSequence() + 1))));
                    yield Reason.UNKNOWN_PACKET;
                }
                case "not msgpack" -> {
                    ws.sendBinary(keys.signed(HEX.parseHex("c1c1c1c1")));
                    yield Reason.MALFORMED;
                }
                case "too short" -> {
                    byte[] frame = new byte[9];
                    ThreadLocalRandom.current().nextBytes(frame);
                    ws.sendBinary(frame);
                    yield Reason.MALFORMED;
                }
                default -> {
                    ws.sendText("[\"0\", []]");
                    yield Reason.MALFORMED;
                }
            };
            assertEquals(4001, closedWith(cheat), fault);
            assertEquals(1, server.keyedEndpoint().stats().keyedRefusals(reason), "counted by its reason");
            // the bystander's keys and frames go on as before
            bystander.send(new ClientPacket.Ping());
            bystander.receiveUntil(ServerPacket.Pong.class);
            ServerPacket.UpdatePlayers u = bystander.receiveUntil(ServerPacket.UpdatePlayers.class);
            assertTrue(u.players().stream().anyMatch(s -> s.sid() == bystanderSid));
        }
    }

    @Test
    void aFrameThatOpensButIsNoPacketFallsUnderTheViolationPolicy() throws Exception {
        start();
        try (GameClient page = page()) {
            page.receive();
            page.receive();
            // ["M", [{skin: 99}]] under the keys: opened fine, but no spawn (the skin is out of range)
            page.socket().sendBinary(page.channel().frame("M", List.of(Map.of("skin", 99))));
            assertTrue(Await.until(Duration.ofSeconds(10), () -> server.keyedEndpoint().stats().violations() == 1));
            assertEquals(Map.of("argument", 1L), server.keyedEndpoint().stats().refusals(dev.moomoo.protocol.ClientKind.SPAWN));
            page.send(new ClientPacket.Spawn("fine", false, 1));
            assertTrue(page.receiveUntil(ServerPacket.SetupGame.class).yourSid() > 0, "the connection plays on");
        }
    }

    @Test
    void aPageOfAnotherBuildIsClosedWith4002BeforeIoInit() throws Exception {
        start();
        try (WsClient ws = WsClient.open(server.port(), GameClient.keyedTarget("main", "tk:x", "0ldbu1ld"))) {
            WsClient.Frame first = ws.receive();
            assertTrue(first.isClose(), "no io-init");
            assertEquals(4002, first.closeCode());
        }
    }

    @Test
    void aForeignOriginIsUpgradedThenClosedWith4004() throws Exception {
        start("allowed-origins", "http://good.example");
        String target = GameClient.keyedTarget("main", "tk:x", server.build().buildId());
        try (WsClient ws = WsClient.tcp(server.port(), 5000)) {
            ws.write(WsClient.upgradeRequest(target, "Origin: http://evil.example"));
            assertTrue(ws.readHead().startsWith("HTTP/1.1 101 "), "the page can only see a close code, so the upgrade goes through");
            WsClient.Frame close = ws.readFrame();
            assertEquals(Opcode.CLOSE, close.opcode());
            assertEquals(4004, close.closeCode());
        }
        try (WsClient ws = WsClient.tcp(server.port(), 5000)) {
            ws.write(WsClient.upgradeRequest(target, "Origin: http://good.example"));
            assertTrue(ws.readHead().startsWith("HTTP/1.1 101 "));
            WsClient.Frame init = ws.readFrame();
            assertEquals(Opcode.BINARY, init.opcode());
            assertInstanceOf(ServerPacket.IoInit.class, new ServerCodec(Profile.V19).decode(init.payload()), "an allowed Origin gets io-init");
        }
        try (WsClient ws = WsClient.tcp(server.port(), 5000)) {
            ws.write(WsClient.upgradeRequest("/", "Origin: http://evil.example"));
            assertTrue(ws.readHead().startsWith("HTTP/1.1 403 "), "the plain endpoint refuses it at the upgrade, as before");
        }
    }
}
