package dev.moomoo.protocol.keyed;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The keyed protocol against the vectors of a real v1.9.1 client session in the pinned mode (typed
 * here from the protocol sheet; listed in src/site/keyed-protocol.md, "Test vectors") and against the
 * algorithms' definitions. The key is the session's after mixing: its build module was another
 * server's, so its mixer is not ours.
 */
class SheetVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    /** The key after the session's mixKey, its io-init seed and its build's salt. */
    static final byte[] MIXED_KEY = HEX.parseHex("6764d393ad17e4ff1b03e8bf2c47d3c1");
    static final int SEED = 1461015911;
    static final int SALT = 0x5A17C0DE;

    static KeyedChannel sessionChannel() {
        return new KeyedChannel(KeyedMode.PINNED, MIXED_KEY, SEED, SALT);
    }

    private static byte[] hex(String spaced) {
        return HEX.parseHex(spaced.replace(" ", ""));
    }

    @Test
    void theClientTableIsTheSessions() {
        Map<String, Integer> expected = Map.ofEntries(Map.entry("V", 0), Map.entry("N", 1), Map.entry("b", 2), Map.entry("e", 3),
                Map.entry("R", 4), Map.entry("Q", 5), Map.entry("H", 6), Map.entry("T", 7), Map.entry("L", 8), Map.entry("0", 9),
                Map.entry("F", 10), Map.entry("A", 11), Map.entry("c", 12), Map.entry("K", 13), Map.entry("z", 14), Map.entry("D", 15),
                Map.entry("M", 16), Map.entry("P", 17), Map.entry("6", 18), Map.entry("S", 19), Map.entry("9", 20));
        assertEquals(expected, sessionChannel().clientTable().asMap());
    }

    @Test
    void theServerTableIsTheSessions() {
        Map<String, Integer> expected = Map.ofEntries(Map.entry("U", 0), Map.entry("H", 1), Map.entry("W", 2), Map.entry("D", 3),
                Map.entry("a", 4), Map.entry("N", 5), Map.entry("P", 6), Map.entry("6", 7), Map.entry("A", 8), Map.entry("7", 9),
                Map.entry("S", 10), Map.entry("1", 11), Map.entry("G", 12), Map.entry("M", 13), Map.entry("0", 14), Map.entry("V", 15),
                Map.entry("F", 16), Map.entry("E", 17), Map.entry("J", 18), Map.entry("g", 19), Map.entry("8", 20), Map.entry("B", 21),
                Map.entry("T", 22), Map.entry("L", 23), Map.entry("5", 24), Map.entry("Y", 25), Map.entry("X", 26), Map.entry("K", 27),
                Map.entry("Z", 28), Map.entry("9", 29), Map.entry("O", 30), Map.entry("Q", 31), Map.entry("4", 32), Map.entry("R", 33),
                Map.entry("3", 34), Map.entry("C", 35), Map.entry("I", 36), Map.entry("2", 37));
        PacketTable server = sessionChannel().serverTable();
        assertEquals(expected, server.asMap());
        assertEquals("C", server.name(35));
        assertNull(server.name(38), "38 names: 0 to 37");
        assertEquals(-1, server.id("io-init"));
    }

    @Test
    void theMaskSeedsAreTheSessions() {
        ChannelKeys keys = ChannelKeys.of(KeyedMode.PINNED, MIXED_KEY, SEED, SALT);
        assertEquals(1365363282, keys.clientMaskBase());
        assertEquals(3627089026L, Integer.toUnsignedLong(keys.serverMaskBase()));
        assertEquals(4244879463L, Integer.toUnsignedLong(keys.clientFrameSeed(hex("357262ac98b0"))));
        assertEquals(1214872411, keys.clientFrameSeed(hex("09b10819317a")));
        assertEquals(1174897971, keys.serverFrameSeed(1));
    }

    @Test
    void theTagIsTheFirstSixBytesOfTheHmac() {
        byte[] tag = new byte[6];
        ChannelKeys.of(KeyedMode.PINNED, MIXED_KEY, SEED, SALT).tagger().tag(hex("93 09 90 01"), 0, 4, tag, 0);
        assertArrayEquals(hex("357262ac98b0"), tag);
    }

    @Test
    void theSessionsClientFramesOpenToTheirBodies() throws KeyedFrameException {
        KeyedChannel channel = sessionChannel();

        // #1, the ping "0" (number 9), seq 1: the wire bytes are the sheet's
        ClientFrame ping = channel.open(hex("357262ac98b0 f3b87cca"));
        assertArrayEquals(hex("93 09 90 01"), ping.body());
        assertEquals("0", ping.name());
        assertEquals(List.of(), ping.args());
        assertEquals(1, ping.seq());

        // #2, the spawn "M" (number 16), seq 2: the sheet gives its tag, frame seed 1214872411 and body; the
        // masked part was worked out from the mask's definition with a separate script (not this code)
        ClientFrame spawn = channel.open(hex("09b10819317a 0923d604a44ddd2a4bb826db07a5eb2265a28ed0fe7a075b003b1ad8ce08d5eea0"));
        assertArrayEquals(hex("93109183a46e616d65a772633139626f74a76d6f6f666f6c6cc0a4736b696e0002"), spawn.body());
        assertEquals("M", spawn.name());
        assertEquals(2, spawn.seq());
        Map<String, Object> player = new LinkedHashMap<>();
        player.put("name", "rc19bot");
        player.put("moofoll", null);
        player.put("skin", 0L);
        assertEquals(List.of(player), spawn.args());
        // as a plain message: ["M", [{name: "rc19bot", moofoll: nil, skin: 0}]]
        assertArrayEquals(hex("92 a14d 91 83 a46e616d65 a772633139626f74 a76d6f6f666f6c6c c0 a4736b696e 00"), spawn.message());
    }

    @Test
    void theSessionsServerFramesSealToTheirWireBytes() {
        KeyedChannel channel = sessionChannel();
        // the codecs write ["0", []] and ["C", [1]]; the session's first two frames after io-init
        byte[] pong = hex("92 a130 90");
        byte[] setup = hex("92 a143 91 01");
        assertArrayEquals(hex("917c06"), channel.seal(SharedBody.ofMessage(pong, 0, pong.length)));
        assertArrayEquals(hex("83987090"), channel.seal(SharedBody.ofMessage(setup, 0, setup.length)));
    }

    @Test
    void theClientEndWritesTheSessionsFramesAndReadsItsReplies() throws Exception {
        KeyedClientChannel client = new KeyedClientChannel(KeyedMode.PINNED, MIXED_KEY, SEED, SALT);
        assertArrayEquals(hex("357262ac98b0 f3b87cca"), client.frame("0", List.of()));
        Map<String, Object> player = new LinkedHashMap<>();
        player.put("name", "rc19bot");
        player.put("moofoll", null);
        player.put("skin", 0);
        assertArrayEquals(hex("09b10819317a 0923d604a44ddd2a4bb826db07a5eb2265a28ed0fe7a075b003b1ad8ce08d5eea0"), client.frame("M", List.of(player)));
        assertArrayEquals(hex("92 a130 90"), client.read(hex("917c06")));
        assertArrayEquals(hex("92 a143 91 01"), client.read(hex("83987090")));
    }

    @Test
    void mulberry32FollowsItsDefinition() {
        // worked out from the definition with a separate script (not this code), as unsigned 32-bit values
        assertEquals(List.of(0x4434b462L, 0x00159c37L, 0x39285b08L), draws(new Mulberry32(0)));
        assertEquals(List.of(0x969fcf75L, 0x54dd2cdcL, 0x05e19c4dL), draws(new Mulberry32(SEED)));
    }

    private static List<Long> draws(Mulberry32 rng) {
        return List.of(toU32(rng.next()), toU32(rng.next()), toU32(rng.next()));
    }

    private static long toU32(double draw) {
        assertTrue(draw >= 0 && draw < 1, "in [0, 1): " + draw);
        return (long) (draw * 4294967296.0);
    }

    @Test
    void xorshift32MasksLowByteFirst() {
        // seed 1, by hand: 1 ^ 1<<13 = 0x2001; ^ >>>17 leaves it; ^ <<5 gives 0x00042021: bytes 21 20 04 00.
        // The next state, 0x04080601, gives 01 06 to the last two bytes.
        byte[] zeros = new byte[6];
        Keystream.mask(zeros, 0, 6, 1);
        assertArrayEquals(hex("21200400 0106"), zeros);
        // seed 0 stands for 0x6D2B79F5 (worked out with a separate script)
        byte[] more = new byte[10];
        Keystream.mask(more, 0, 10, 0);
        assertArrayEquals(hex("1fc7ae40190ce09128e1"), more);
        // a range: the bytes around it are left alone, and masking again unmasks
        byte[] framed = hex("ff 00000000 0000 ff");
        Keystream.mask(framed, 1, 6, 1);
        assertArrayEquals(hex("ff 21200400 0106 ff"), framed);
        Keystream.mask(framed, 1, 6, 1);
        assertArrayEquals(hex("ff 00000000 0000 ff"), framed);
    }

    @Test
    void theTableSeedSpreadsTheSaltAndTheServerTableDiffers() {
        // s = seed ^ imul(salt, 2654435761); the server's table is shuffled with s ^ 0x85EBCA6B
        int s = PacketTable.tableSeed(SEED, SALT);
        assertEquals(SEED ^ (int) (0x5A17C0DEL * 2654435761L), s);
        assertEquals(PacketTable.shuffle(PacketNames.SERVER, s ^ 0x85EBCA6B).asMap(), PacketTable.server(SEED, SALT, 38).asMap());
    }
}
