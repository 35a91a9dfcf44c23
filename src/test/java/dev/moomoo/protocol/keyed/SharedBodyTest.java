package dev.moomoo.protocol.keyed;

import com.sun.management.ThreadMXBean;
import dev.moomoo.protocol.MsgpackBuffer;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The encode-once path (src/site/keyed-protocol.md, "Sending one body to many"): one body shared by
 * every connection, sealed per connection, gives exactly the bytes of each connection encoding
 * {@code [its number, args]} itself and masking it with its frame's seed.
 */
class SharedBodyTest {
    private static final ServerCodec CODEC = new ServerCodec(Profile.ERA_2);

    /** A packet by name and arguments, as a codec writes it (float32 for fractions). */
    record Packet(String name, List<?> args) {
        byte[] plain() {
            return new MsgpackBuffer(true).message(name, args).toByteArray();
        }

        /** This connection's own body: {@code [id, args]} encoded for it alone, or {@code [name, args]} without a number. */
        byte[] own(int id) {
            MsgpackBuffer b = new MsgpackBuffer(true);
            b.arrayHeader(2);
            if (id >= 0) {
                b.integer(id);
            } else {
                b.string(name);
            }
            b.value(args);
            return b.toByteArray();
        }
    }

    private static Packet fromCodec(ServerPacket p) {
        return new Packet(CODEC.code(p), CODEC.args(p));
    }

    private static final List<Packet> PACKETS = List.of(
            fromCodec(new ServerPacket.Health(5, 75)),
            fromCodec(new ServerPacket.Pong()),
            fromCodec(new ServerPacket.Chat(3, "hello, moo")),
            fromCodec(new ServerPacket.Leaderboard(List.of(new ServerPacket.LeaderEntry(1, "bob", 40), new ServerPacket.LeaderEntry(2, "ann", 7)))),
            fromCodec(new ServerPacket.AddProjectile(100.5, 200.25, 1.5, 700, 1.6, 0, 1, 9)),
            new Packet("W", List.of(4, 7200, 7200.5, 268.8, 1500)), // new in v1.9: no number in the unpinned table
            new Packet("F", List.of(3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
            new Packet("a", List.of(List.of(1, 7200, 7200, 150), List.of(), List.of())));

    private static byte[] randomKey(Random random) {
        byte[] key = new byte[16];
        random.nextBytes(key);
        return key;
    }

    @Test
    void sealingASharedBodyGivesEachConnectionsOwnFrame() throws Exception {
        Random random = new Random(22);
        for (KeyedMode mode : KeyedMode.values()) {
            for (int c = 0; c < 40; c++) {
                byte[] key = randomKey(random);
                int seed = random.nextInt();
                int salt = mode.tableSalt(random.nextInt());
                KeyedChannel fromMessage = new KeyedChannel(mode, key, seed, salt);
                KeyedChannel fromPlaceholder = new KeyedChannel(mode, key, seed, salt);
                KeyedClientChannel reader = new KeyedClientChannel(mode, key, seed, salt);
                ChannelKeys keys = ChannelKeys.of(mode, key, seed, salt);
                int n = 0;
                for (int round = 0; round < 3; round++) {
                    for (Packet p : PACKETS) {
                        n++;
                        int id = mode.keyed() ? keys.server.id(p.name()) : -1;
                        byte[] expected = p.own(id);
                        if (mode.masked()) {
                            Keystream.mask(expected, 0, expected.length, keys.serverFrameSeed(n));
                        }
                        byte[] plain = p.plain();
                        byte[] sealed = fromMessage.seal(SharedBody.ofMessage(plain, 0, plain.length));
                        assertArrayEquals(expected, sealed, mode + " frame " + n + " of " + p.name());
                        byte[] placeholder = p.own(127);
                        assertArrayEquals(expected, fromPlaceholder.seal(SharedBody.ofPlaceholder(p.name(), placeholder, 0, placeholder.length)));
                        assertArrayEquals(plain, reader.read(sealed), "the client reads back " + p.name());
                    }
                }
            }
        }
    }

    @Test
    void theNamesTheUnpinnedTableLacksGoByName() {
        KeyedChannel unpinned = new KeyedChannel(KeyedMode.UNPINNED, randomKey(new Random(1)), 99, 1);
        byte[] w = new Packet("W", List.of(1, 2, 3, 4, 5)).plain();
        assertArrayEquals(w, unpinned.seal(SharedBody.ofMessage(w, 0, w.length)), "[\"W\", args] as it is");
        assertEquals(36, unpinned.serverTable().size());
        assertEquals(17, unpinned.clientTable().size());
    }

    @Test
    void aBodyIsSealedIntoAFrameWithoutTouchingWhatIsAroundIt() {
        KeyedChannel a = SheetVectorsTest.sessionChannel();
        byte[] pong = {(byte) 0x92, (byte) 0xA1, '0', (byte) 0x90};
        // a shared body in the middle of a larger buffer, as a frame encoder's buffer holds it
        byte[] buffer = new byte[20];
        Arrays.fill(buffer, (byte) 0x55);
        System.arraycopy(pong, 0, buffer, 7, pong.length);
        SharedBody body = SharedBody.ofMessage(buffer, 7, pong.length);
        byte[] frame = new byte[2 + 3 + 2];
        Arrays.fill(frame, (byte) 0xEE);
        assertEquals(3, a.sealedLength(body));
        assertEquals(3, a.seal(body, frame, 2));
        // the session's first server frame (src/site/keyed-protocol.md, "Test vectors"): 91 7c 06
        assertArrayEquals(new byte[]{(byte) 0xEE, (byte) 0xEE, (byte) 0x91, 0x7C, 0x06, (byte) 0xEE, (byte) 0xEE}, frame);
    }

    @Test
    void sealingAllocatesNothing() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        byte[] update = new Packet("a", List.of(List.of(1, 7200, 7200, 150, 2, 7000, 7000, -150), List.of(), List.of())).plain();
        SharedBody body = SharedBody.ofMessage(update, 0, update.length);
        KeyedChannel[] channels = new KeyedChannel[100];
        Random random = new Random(5);
        for (int i = 0; i < channels.length; i++) {
            channels[i] = new KeyedChannel(KeyedMode.PINNED, randomKey(random), random.nextInt(), random.nextInt());
        }
        byte[] frame = new byte[64];
        for (int warm = 0; warm < 200; warm++) {
            sealAll(channels, body, frame);
        }
        // the least of a few rounds: a compilation finishing in one of them may count a few bytes of its own
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long asking = threads.getCurrentThreadAllocatedBytes() - before;
            before = threads.getCurrentThreadAllocatedBytes();
            sealAll(channels, body, frame);
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before - asking);
        }
        assertEquals(0, least, "bytes allocated by 100 seals");
    }

    private static void sealAll(KeyedChannel[] channels, SharedBody body, byte[] frame) {
        for (int i = 0; i < channels.length; i++) {
            channels[i].seal(body, frame, 0);
        }
    }

    @Test
    void aSharedBodyMustBeAPacketAndItsArguments() {
        byte[] notAPair = {(byte) 0x93, (byte) 0xA1, 'a', (byte) 0x90};
        assertThrows(IllegalArgumentException.class, () -> SharedBody.ofMessage(notAPair, 0, notAPair.length));
        byte[] numberedMessage = {(byte) 0x92, 0x05, (byte) 0x90};
        assertThrows(IllegalArgumentException.class, () -> SharedBody.ofMessage(numberedMessage, 0, numberedMessage.length));
        byte[] namedBody = {(byte) 0x92, (byte) 0xA1, 'a', (byte) 0x90};
        assertThrows(IllegalArgumentException.class, () -> SharedBody.ofPlaceholder("a", namedBody, 0, namedBody.length));
        byte[] cut = {(byte) 0x92, (byte) 0xA5, 'a'};
        assertThrows(IllegalArgumentException.class, () -> SharedBody.ofMessage(cut, 0, cut.length));
        byte[] name = "\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] nonAscii = {(byte) 0x92, (byte) 0xA2, name[0], name[1], (byte) 0x90};
        assertThrows(IllegalArgumentException.class, () -> SharedBody.ofMessage(nonAscii, 0, nonAscii.length));
        assertThrows(IndexOutOfBoundsException.class, () -> SharedBody.ofMessage(namedBody, 2, 4));
    }
}
