package dev.moomoo.protocol.keyed;

import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden frames: one session of the real v1.9.1 client against this server in the pinned mode, as the
 * bytes crossed the socket (resources {@code recorded/frames.txt}, with the run's build module beside
 * it). What the client did in it (spawn as "rc19", aim, walk, swing, chat, telemetry) is what the
 * realclient19 harness's own decoder read from the same bytes; here this server's channel must read
 * the same from them, and refuse them altered, replayed or out of order (src/site/keyed-protocol.md).
 */
class RecordedClientSessionTest {
    private static final String DIR = "/dev/moomoo/protocol/keyed/recorded/";

    record Frame(boolean fromServer, byte[] bytes) {
    }

    static BuildModule build;
    static List<Frame> frames;
    static ServerPacket.IoInit ioInit;

    @BeforeAll
    static void load(@TempDir Path tmp) throws IOException, PacketException {
        Path file = tmp.resolve("build-module.txt");
        try (InputStream in = RecordedClientSessionTest.class.getResourceAsStream(DIR + "build-module.txt")) {
            Files.copy(in, file);
        }
        build = new BuildModuleFile(file).load();
        frames = new ArrayList<>();
        try (InputStream in = RecordedClientSessionTest.class.getResourceAsStream(DIR + "frames.txt")) {
            for (String line : new String(in.readAllBytes()).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ");
                frames.add(new Frame(parts[0].equals("in"), HexFormat.of().parseHex(parts[1])));
            }
        }
        ioInit = assertInstanceOf(ServerPacket.IoInit.class, new ServerCodec(Profile.V19).decode(frames.getFirst().bytes()));
    }

    /** The server's end of the recorded connection, built from io-init as the endpoint builds it. */
    private static KeyedChannel serverChannel() {
        KeyedMode mode = KeyedMode.fromIoInit(ioInit.mode(), ioInit.pinned());
        int seed = (int) ioInit.seed();
        return new KeyedChannel(mode, mode.channelKey(HexFormat.of().parseHex(ioInit.keyHex()), seed, build), seed,
                mode.tableSalt(build.buildSalt()));
    }

    private static List<byte[]> clientFrames() {
        return frames.stream().filter(f -> !f.fromServer()).map(Frame::bytes).toList();
    }

    @Test
    void theSessionWasPinned() {
        assertEquals(KeyedMode.PINNED, KeyedMode.fromIoInit(ioInit.mode(), ioInit.pinned()));
        assertEquals(32, ioInit.keyHex().length(), "a 16-byte key in hex");
    }

    @Test
    void everyClientFrameOpensInOrderAsWhatTheClientDid() throws Exception {
        KeyedChannel channel = serverChannel();
        ClientCodec codec = new ClientCodec(Profile.V19);
        List<String> names = new ArrayList<>();
        List<ClientPacket> packets = new ArrayList<>();
        long expectedSeq = 1;
        for (byte[] frame : clientFrames()) {
            ClientFrame opened = channel.open(frame);
            assertEquals(expectedSeq++, opened.seq(), "the client numbers its frames 1, 2, 3, ...");
            names.add(opened.name());
            packets.add(codec.decode(opened.message()));
        }
        // The harness's decoder read these names from the same bytes (ping, spawn, two aims, select,
        // ping, select, press and release of the attack, auto-gather twice, ping, chat, telemetry).
        assertEquals(List.of("0", "M", "D", "D", "9", "0", "9", "F", "F", "e", "e", "0", "6", "T"), names);
        ClientPacket.Spawn spawn = assertInstanceOf(ClientPacket.Spawn.class, packets.get(1));
        assertEquals("rc19", spawn.name());
        assertEquals(0, spawn.skin());
        assertEquals(-2.63, assertInstanceOf(ClientPacket.Aim.class, packets.get(2)).angle(), 1e-9);
        assertTrue(assertInstanceOf(ClientPacket.Attack.class, packets.get(7)).down());
        assertEquals("hello from play19", assertInstanceOf(ClientPacket.Chat.class, packets.get(12)).text());
        ClientPacket.Telemetry telemetry = assertInstanceOf(ClientPacket.Telemetry.class, packets.get(13));
        assertEquals(0, telemetry.flags(), "an untouched page reports no tampering");
    }

    @Test
    void aRecordedFrameAlteredInOneBitIsRefusedForItsTag() throws Exception {
        KeyedChannel channel = serverChannel();
        byte[] first = clientFrames().getFirst().clone();
        first[first.length - 1] ^= 1;
        KeyedFrameException e = assertThrows(KeyedFrameException.class, () -> channel.open(first));
        assertEquals(KeyedFrameException.Reason.BAD_TAG, e.reason());
        assertEquals(4001, e.closeCode());
        channel.open(clientFrames().getFirst()); // the refusal left the channel as it was
    }

    @Test
    void aReplayedAndASkippedFrameAreRefusedForTheirSequence() throws Exception {
        KeyedChannel channel = serverChannel();
        List<byte[]> sent = clientFrames();
        channel.open(sent.get(0));
        channel.open(sent.get(1));
        assertEquals(KeyedFrameException.Reason.SEQUENCE, assertThrows(KeyedFrameException.class, () -> channel.open(sent.get(1))).reason(),
                "the same frame again");
        assertEquals(KeyedFrameException.Reason.SEQUENCE, assertThrows(KeyedFrameException.class, () -> channel.open(sent.get(3))).reason(),
                "frame 4 before frame 3");
        assertEquals(3, channel.open(sent.get(2)).seq());
    }

    @Test
    void aFrameOfThisSessionMeansNothingToAnotherConnection() {
        KeyedChannel other = Handshake.begin(KeyedMode.PINNED, build, "other", new SecureRandom()).channel();
        assertEquals(KeyedFrameException.Reason.BAD_TAG,
                assertThrows(KeyedFrameException.class, () -> other.open(clientFrames().getFirst())).reason());
    }

    @Test
    void everyServerFrameTheClientAcceptedReadsBackWithTheClientsEnd() throws Exception {
        KeyedClientChannel client = KeyedClientChannel.fromIoInit(new IoInitArgs(ioInit.socketId(), ioInit.seed(), ioInit.keyHex(),
                ioInit.mode(), ioInit.pinned()), build);
        ServerCodec codec = new ServerCodec(Profile.V19);
        List<ServerPacket> packets = new ArrayList<>();
        for (Frame f : frames.subList(1, frames.size())) {
            if (f.fromServer()) {
                packets.add(codec.decode(client.read(f.bytes())));
            }
        }
        // The harness read: A (tribes), 0 (pong), C [1], then the own D with 13 fields and "rc19".
        assertInstanceOf(ServerPacket.TribeList.class, packets.get(0));
        assertInstanceOf(ServerPacket.Pong.class, packets.get(1));
        assertEquals(1, assertInstanceOf(ServerPacket.SetupGame.class, packets.get(2)).yourSid());
        ServerPacket.AddPlayer me = assertInstanceOf(ServerPacket.AddPlayer.class, packets.get(3));
        assertEquals("rc19", me.player().name());
        assertTrue(me.isYou());
        assertTrue(packets.stream().anyMatch(p -> p instanceof ServerPacket.UpdatePlayers), "the client got its updates");
    }

    @Test
    void theServerSealsEachFrameAsTheClientGotIt() throws Exception {
        // Each server frame's mask comes from its count on the connection, nothing random: sealing the
        // plain messages anew, in order, gives the recorded bytes (the names put back as this connection's numbers).
        KeyedChannel channel = serverChannel();
        KeyedClientChannel reader = KeyedClientChannel.fromIoInit(new IoInitArgs(ioInit.socketId(), ioInit.seed(), ioInit.keyHex(),
                ioInit.mode(), ioInit.pinned()), build);
        int compared = 0;
        for (Frame f : frames.subList(1, frames.size())) {
            if (f.fromServer()) {
                byte[] plain = reader.read(f.bytes());
                assertArrayEquals(f.bytes(), channel.seal(SharedBody.ofMessage(plain, 0, plain.length)), "server frame " + compared);
                compared++;
            }
        }
        assertTrue(compared > 100, compared + " frames");
    }
}
