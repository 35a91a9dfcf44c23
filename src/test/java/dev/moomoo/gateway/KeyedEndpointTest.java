package dev.moomoo.gateway;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.World;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.TestConnections;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.IoInitArgs;
import dev.moomoo.protocol.keyed.KeyedClientChannel;
import dev.moomoo.protocol.keyed.KeyedMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The v1.9 endpoint's side of a connection, without a socket (src/site/keyed-protocol.md, "The
 * endpoint"): who is let in and with which close code the others go, what a connection let in is
 * sent (io-init plain, then every frame sealed in the order the writer takes it), and a roll of the
 * build closing the pages of the old one with 4002.
 */
class KeyedEndpointTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final BuildModule first = BuildModule.generate(RANDOM);
    private final AtomicReference<BuildModule> current = new AtomicReference<>(first);
    private final World world = new World("main", GameConfig.defaults().withObjects(0, 0, 0, 0));
    /** Lets in the token "tk:good" only, as the web services' tickets would. */
    private final JoinGate gate = (worldKey, token) -> "tk:good".equals(token)
            ? new JoinGate.Admission.Admitted("device") : new JoinGate.Admission.Refused("no such ticket");
    private TestConnections.Loopback loopback;

    @BeforeEach
    void connect() throws IOException {
        loopback = TestConnections.loopback();
    }

    @AfterEach
    void close() throws IOException {
        loopback.close();
    }

    private KeyedEndpoint endpoint(KeyedMode mode) {
        return new KeyedEndpoint(world, new Wires(Profile.ERA_2), GameEndpoint.ViolationPolicy.DROP, 20, gate, current::get, mode, new Intake());
    }

    private static String target(String world, String token, String build) {
        return "/s/" + world + "?token=" + token + "&b=" + build;
    }

    /** The close code of the one frame a refused connection is sent: it gets no io-init. */
    private static int refusedWith(Connection c) throws Exception {
        assertTrue(c.isClosing(), "closed at once");
        List<TestConnections.Written> frames = TestConnections.writtenUntilClose(c);
        assertEquals(1, frames.size(), "nothing but the Close");
        assertEquals(Opcode.CLOSE, frames.getFirst().opcode());
        return ByteBuffer.wrap(frames.getFirst().payload()).getShort() & 0xFFFF;
    }

    @Test
    void aTokenTheGateRefusesIsClosedWith4001() throws Exception {
        KeyedEndpoint endpoint = endpoint(KeyedMode.PINNED);
        Connection c = loopback.open();
        endpoint.onOpen(c, target("main", "tk%3Abad", first.buildId()));
        assertEquals(4001, refusedWith(c));
        assertNull(Seats.clientOf(c), "no seat, so nothing it sends reaches the world");
        Connection none = loopback.open();
        endpoint.onOpen(none, "/s/main?b=" + first.buildId());
        assertEquals(4001, refusedWith(none), "no token at all");
    }

    @Test
    void anUnknownWorldIsClosedWith4001() throws Exception {
        Connection c = loopback.open();
        endpoint(KeyedMode.PINNED).onOpen(c, target("elsewhere", "tk%3Agood", first.buildId()));
        assertEquals(4001, refusedWith(c));
    }

    @Test
    void aPageOfAnotherBuildIsClosedWith4002() throws Exception {
        Connection c = loopback.open();
        endpoint(KeyedMode.PINNED).onOpen(c, target("main", "tk%3Agood", "notthisone"));
        assertEquals(4002, refusedWith(c));
        Connection none = loopback.open();
        endpoint(KeyedMode.PINNED).onOpen(none, "/s/main?token=tk%3Agood");
        assertEquals(4002, refusedWith(none), "no build at all");
    }

    /** Everything a connection is sent, read as the page reads it: io-init plain, then each frame through the channel it sets up. */
    private List<ServerPacket> asThePageReadsIt(Connection c) throws Exception {
        List<TestConnections.Written> frames = TestConnections.writtenUntilClose(c);
        ServerCodec codec = new ServerCodec(Profile.V19);
        ServerPacket.IoInit init = (ServerPacket.IoInit) codec.decode(frames.getFirst().payload());
        KeyedClientChannel page = KeyedClientChannel.fromIoInit(new IoInitArgs(init.socketId(), init.seed(), init.keyHex(), init.mode(), init.pinned()),
                current.get());
        List<ServerPacket> packets = new ArrayList<>(List.of(init));
        for (TestConnections.Written f : frames.subList(1, frames.size())) {
            if (f.opcode() == Opcode.BINARY) {
                packets.add(codec.decode(page.read(f.payload())));
            }
        }
        return packets;
    }

    @ParameterizedTest
    @EnumSource(KeyedMode.class)
    void aConnectionLetInIsSentIoInitPlainThenFramesSealedInTheOrderTheWriterTakesThem(KeyedMode mode) throws Exception {
        KeyedEndpoint endpoint = endpoint(mode);
        Connection c = loopback.open();
        endpoint.onOpen(c, target("main", "tk%3Agood", first.buildId()));
        ConnectionSink sink = ((Seat) c.attachment()).sink();
        // a tick's packet, then the pong a reader thread queues, then another tick's packet and a kick: each
        // is sealed as the writer takes it, so the page's frame numbers follow the order on the wire
        assertTrue(sink.send(new ServerPacket.Health(3, 70)));
        Thread reader = Thread.ofVirtual().start(() -> sink.send(new ServerPacket.Pong()));
        reader.join();
        assertTrue(sink.send(new ServerPacket.SetupGame(9)));
        sink.disconnect(DisconnectReason.KICKED, "bye");
        List<ServerPacket> packets = asThePageReadsIt(c);
        ServerPacket.IoInit init = (ServerPacket.IoInit) packets.getFirst();
        assertEquals(mode.ioInitMode(), init.mode());
        assertEquals(mode.ioInitPinned(), init.pinned());
        assertEquals(mode.keyed(), init.seed() != 0 || !init.keyHex().equals("0"), "a seed and a key in the keyed modes");
        assertEquals(List.of(ServerPacket.TribeList.class, ServerPacket.Health.class, ServerPacket.Pong.class, ServerPacket.SetupGame.class,
                ServerPacket.Disconnect.class), packets.subList(1, packets.size()).stream().map(Object::getClass).toList());
        assertEquals(new ServerPacket.Health(3, 70), packets.get(2));
    }

    @Test
    void aRollClosesThePagesOfTheOldBuildWith4002AndLetsTheNewBuildIn() throws Exception {
        KeyedEndpoint endpoint = endpoint(KeyedMode.PINNED);
        Connection a = loopback.open();
        Connection b = loopback.open();
        endpoint.onOpen(a, target("main", "tk%3Agood", first.buildId()));
        endpoint.onOpen(b, target("main", "tk%3Agood", first.buildId()));
        assertEquals(0, endpoint.buildRolled(), "nothing to close while the build is the same");
        BuildModule second = BuildModule.generate(RANDOM);
        current.set(second);
        Connection fresh = loopback.open();
        endpoint.onOpen(fresh, target("main", "tk%3Agood", second.buildId()));
        assertEquals(2, endpoint.buildRolled(), "the two pages of the old build");
        for (Connection old : List.of(a, b)) {
            List<TestConnections.Written> frames = TestConnections.writtenUntilClose(old);
            assertEquals(4002, ByteBuffer.wrap(frames.getLast().payload()).getShort() & 0xFFFF);
        }
        assertFalse(fresh.isClosing(), "a page of the new build stays");
        Connection late = loopback.open();
        endpoint.onOpen(late, target("main", "tk%3Agood", first.buildId()));
        assertEquals(4002, refusedWith(late), "the old build is refused from now on");
    }
}
