package dev.moomoo.gateway;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.TestConnections;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.MsgpackValues;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The gateway's side of the split: the game hands over packets and reasons; the gateway encodes each
 * packet once per tick for all the clients of its codec, escapes what the client puts into the page
 * as HTML, and picks the close codes.
 */
class GatewaySinkTest {
    private static final HexFormat HEX = HexFormat.of();
    private TestConnections.Loopback loopback;

    @BeforeEach
    void connect() throws IOException {
        loopback = TestConnections.loopback();
    }

    @AfterEach
    void close() throws IOException {
        loopback.close();
    }

    private GameEndpoint endpoint() {
        return new GameEndpoint(new World("t", GameConfig.defaults().withObjects(0, 0, 0, 0)), Profile.ERA_2,
                GameEndpoint.ViolationPolicy.DROP, 20);
    }

    @Test
    void theOwnClientSaysWhoItIsOnItsSocketUrl() {
        GameEndpoint endpoint = endpoint();
        Connection own = loopback.open();
        endpoint.onOpen(own, "/?client=moomoo-server");
        assertEquals(Client.NoticeDisplay.PANEL, endpoint.clientOf(own).noticeDisplay());
        Connection real = loopback.open();
        endpoint.onOpen(real, "/?token=cf%3AXXXX");
        assertEquals(Client.NoticeDisplay.OWN_BUBBLE, endpoint.clientOf(real).noticeDisplay());
        Connection other = loopback.open();
        endpoint.onOpen(other, "/?client=something-else");
        assertEquals(Client.NoticeDisplay.OWN_BUBBLE, endpoint.clientOf(other).noticeDisplay());
    }

    @Test
    void aKickIsExplainedEscapedThenClosedWith4001() throws Exception {
        GameEndpoint endpoint = endpoint();
        Connection c = loopback.open();
        endpoint.onOpen(c, "/");
        endpoint.clientOf(c).sink().disconnect(DisconnectReason.KICKED, "<img src=x onerror=alert(1)>");
        List<TestConnections.Written> frames = TestConnections.writtenUntilClose(c);
        // io-init and A on open, then ["B", ["&lt;img src=x onerror=alert(1)&gt;"]], then Close 4001
        assertEquals("io-init", decodeCode(frames.get(0)));
        TestConnections.Written b = frames.get(2);
        assertEquals(new ServerPacket.Disconnect("&lt;img src=x onerror=alert(1)&gt;"), new ServerCodec(Profile.ERA_2).decode(b.payload()));
        TestConnections.Written close = frames.getLast();
        assertEquals(Opcode.CLOSE, close.opcode());
        assertEquals(4001, ByteBuffer.wrap(close.payload()).getShort() & 0xFFFF);
        assertEquals("<img src=x onerror=alert(1)>", new String(close.payload(), 2, close.payload().length - 2, StandardCharsets.UTF_8),
                "the Close reason is not HTML");
    }

    @Test
    void closeCodesPerReason() {
        assertEquals(4001, ConnectionSink.closeCode(DisconnectReason.SERVER_FULL));
        assertEquals(4001, ConnectionSink.closeCode(DisconnectReason.KICKED));
        assertEquals(4001, ConnectionSink.closeCode(DisconnectReason.BANNED));
        assertEquals(1008, ConnectionSink.closeCode(DisconnectReason.TOO_SLOW));
    }

    @Test
    void aSharedPacketIsEncodedOncePerTickPerCodec() {
        FrameEncoder era2 = new FrameEncoder(new ServerCodec(Profile.ERA_2));
        FrameEncoder era1 = new FrameEncoder(new ServerCodec(Profile.ERA_1));
        ServerPacket board = new ServerPacket.Leaderboard(List.of(new ServerPacket.LeaderEntry(1, "bob", 40)));
        byte[][] got = new byte[4][];
        era2.duringTick(() -> era1.duringTick(() -> {
            got[0] = era2.frame(board);
            got[1] = era2.frame(board); // a second viewer
            got[2] = era1.frame(board);
            got[3] = era1.frame(board);
        }));
        assertSame(got[0], got[1], "one frame for every viewer of the tick");
        assertSame(got[2], got[3]);
        assertEquals(1, era2.encodes());
        assertEquals(1, era1.encodes());
        // [0x82, len, "92 a1 47 ...": era 2's G] and [.. "92 a1 35 ...": era 1's 5]
        assertEquals("92a147", HEX.formatHex(Arrays.copyOfRange(got[0], 2, 5)));
        assertEquals("92a135", HEX.formatHex(Arrays.copyOfRange(got[2], 2, 5)));
        // an equal packet that is another instance is encoded again: only the same instance is shared
        ServerPacket same = new ServerPacket.Leaderboard(List.of(new ServerPacket.LeaderEntry(1, "bob", 40)));
        era2.duringTick(() -> assertNotSame(era2.frame(board), era2.frame(same)));
        assertEquals(3, era2.encodes(), "the frames of one tick are not kept for the next");
        byte[][] next = new byte[1][];
        era2.duringTick(() -> next[0] = era2.frame(board));
        assertNotSame(got[0], next[0], "a new tick encodes again");
        assertEquals(4, era2.encodes());
    }

    @Test
    void outsideATickEveryFrameIsItsOwn() throws Exception {
        FrameEncoder frames = new FrameEncoder(new ServerCodec(Profile.ERA_2));
        ServerPacket pong = new ServerPacket.Pong();
        assertNotSame(frames.frame(pong), frames.frame(pong));
        // and a reader thread during a tick encodes on its own, never touching the tick's frames
        byte[][] fromReader = new byte[1][];
        frames.duringTick(() -> {
            byte[] onTick = frames.frame(pong);
            Thread reader = Thread.ofVirtual().start(() -> fromReader[0] = frames.frame(pong));
            try {
                reader.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertNotSame(onTick, fromReader[0]);
            assertArrayEquals(onTick, fromReader[0]);
        });
        assertEquals(1, frames.encodes());
    }

    private static String decodeCode(TestConnections.Written w) throws Exception {
        return (String) ((List<?>) MsgpackValues.read(w.payload(), MsgpackValues.Limits.SERVER)).get(0);
    }
}
