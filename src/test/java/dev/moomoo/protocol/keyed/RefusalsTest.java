package dev.moomoo.protocol.keyed;

import dev.moomoo.protocol.keyed.KeyedFrameException.Reason;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static dev.moomoo.protocol.keyed.SheetVectorsTest.MIXED_KEY;
import static dev.moomoo.protocol.keyed.SheetVectorsTest.SALT;
import static dev.moomoo.protocol.keyed.SheetVectorsTest.SEED;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every refusal of a client frame (src/site/keyed-protocol.md, "Refusals"): typed apart, all closing
 * with 4001, and none moving the channel on, so the good frame that follows is accepted.
 */
class RefusalsTest {
    private static final HexFormat HEX = HexFormat.of();
    private final KeyedChannel server = SheetVectorsTest.sessionChannel();
    private final KeyedClientChannel client = new KeyedClientChannel(KeyedMode.PINNED, MIXED_KEY, SEED, SALT);

    /** A frame the way the client makes one, around any body: tag, then the body masked. */
    private static byte[] signed(String bodyHex) {
        byte[] body = HEX.parseHex(bodyHex.replace(" ", ""));
        ChannelKeys keys = ChannelKeys.of(KeyedMode.PINNED, MIXED_KEY, SEED, SALT);
        byte[] frame = new byte[ChannelKeys.TAG_BYTES + body.length];
        System.arraycopy(body, 0, frame, ChannelKeys.TAG_BYTES, body.length);
        keys.tagger().tag(frame, ChannelKeys.TAG_BYTES, body.length, frame, 0);
        Keystream.mask(frame, ChannelKeys.TAG_BYTES, body.length, keys.clientFrameSeed(frame));
        return frame;
    }

    private KeyedFrameException refused(Reason reason, byte[] frame) {
        KeyedFrameException e = assertThrows(KeyedFrameException.class, () -> server.open(frame));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(4001, e.closeCode());
        String key = HEX.formatHex(MIXED_KEY);
        assertFalse(e.getMessage().contains(key) || e.getMessage().toLowerCase().contains(key.substring(0, 8)), "no key in " + e.getMessage());
        return e;
    }

    @Test
    void aFlippedBitInTheTag() throws KeyedFrameException {
        byte[] good = client.frame("0", List.of());
        byte[] bad = good.clone();
        bad[3] ^= 0x10;
        refused(Reason.BAD_TAG, bad);
        assertEquals(1, server.open(good).seq());
    }

    @Test
    void aFlippedBitInTheBody() throws KeyedFrameException {
        byte[] good = client.frame("D", List.of(1.25));
        for (int i = ChannelKeys.TAG_BYTES; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            refused(Reason.BAD_TAG, bad);
        }
        assertEquals(List.of(1.25), server.open(good).args());
    }

    @Test
    void aReplayedFrame() throws KeyedFrameException {
        byte[] first = client.frame("0", List.of());
        byte[] second = client.frame("9", List.of(0.5));
        assertEquals(1, server.open(first).seq());
        assertTrue(refused(Reason.SEQUENCE, first).getMessage().contains("replayed"));
        assertEquals(2, server.open(second).seq());
        refused(Reason.SEQUENCE, second);
        refused(Reason.SEQUENCE, first);
        assertEquals("0", server.open(client.frame("0", List.of())).name());
    }

    @Test
    void aSkippedSequenceNumber() throws KeyedFrameException {
        byte[] first = client.frame("0", List.of());
        byte[] second = client.frame("e", List.of());
        byte[] third = client.frame("K", List.of(1));
        assertTrue(refused(Reason.SEQUENCE, second).getMessage().contains("out of order"), "the first is 1");
        assertEquals(1, server.open(first).seq());
        refused(Reason.SEQUENCE, third);
        assertEquals("e", server.open(second).name());
        assertEquals("K", server.open(third).name());
    }

    @Test
    void anUnknownPacketNumber() throws KeyedFrameException {
        refused(Reason.UNKNOWN_PACKET, signed("93 15 90 01")); // 21: the table has 0 to 20
        refused(Reason.UNKNOWN_PACKET, signed("93 ff 90 01")); // -1
        refused(Reason.UNKNOWN_PACKET, signed("93 cd0100 90 01")); // 256
        assertEquals("0", server.open(signed("93 09 90 01")).name(), "the same sequence number, with a number the table has");
    }

    @Test
    void framesTooShortForATagAndABody() throws KeyedFrameException {
        refused(Reason.MALFORMED, HEX.parseHex("357262"));
        refused(Reason.MALFORMED, new byte[0]);
        refused(Reason.MALFORMED, HEX.parseHex("357262ac98b0f3b87c"));
        assertEquals(1, server.open(HEX.parseHex("357262ac98b0f3b87cca")).seq());
    }

    @Test
    void garbage() throws KeyedFrameException {
        Random random = new Random(23);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[10 + random.nextInt(60)];
            random.nextBytes(junk);
            refused(Reason.BAD_TAG, junk);
        }
        // signed by someone who has the key, and still not a packet
        refused(Reason.MALFORMED, signed("c1 c1 c1 c1"));
        refused(Reason.MALFORMED, signed("93 09 90")); // ends early
        refused(Reason.MALFORMED, signed("93 09 90 01 00")); // a byte after it
        refused(Reason.MALFORMED, signed("92 09 90")); // no sequence number
        refused(Reason.MALFORMED, signed("93 09 a178 01")); // arguments not an array
        refused(Reason.MALFORMED, signed("93 a130 90 01")); // a name instead of a number: the client never sends one
        refused(Reason.MALFORMED, signed("93 09 90 cb3ff0000000000000")); // sequence number 1.0, a float
        refused(Reason.MALFORMED, signed("93 09 dc0011 " + "00".repeat(17) + " 01")); // 17 arguments: beyond a client's limits
        assertEquals(1, server.open(client.frame("0", List.of())).seq());
    }

    @Test
    void theUnpinnedModeSignsWithoutMasking() throws KeyedFrameException {
        byte[] raw = HEX.parseHex("7b0c73c75a4767da1ac2954d8122b197");
        KeyedChannel unpinned = new KeyedChannel(KeyedMode.UNPINNED, raw, SEED, 1);
        KeyedClientChannel sender = new KeyedClientChannel(KeyedMode.UNPINNED, raw, SEED, 1);
        byte[] good = sender.frame("6", List.of("hello"));
        assertEquals("a568656c6c6f", HEX.formatHex(good, good.length - 7, good.length - 1), "the body is in the clear");
        byte[] bad = good.clone();
        bad[good.length - 2] ^= 0x20; // "hellO"
        assertEquals(Reason.BAD_TAG, assertThrows(KeyedFrameException.class, () -> unpinned.open(bad)).reason());
        assertEquals(List.of("hello"), unpinned.open(good).args());
        assertNull(sender.frame("T", List.of(0, 0)), "T is not among the 17 names: the client drops it");
    }

    @Test
    void thePlainModeRefusesUnknownNamesAndNonPackets() throws KeyedFrameException {
        KeyedChannel plain = KeyedChannel.plain();
        assertEquals(Reason.UNKNOWN_PACKET, assertThrows(KeyedFrameException.class, () -> plain.open(HEX.parseHex("92a17890"))).reason());
        assertEquals(Reason.MALFORMED, assertThrows(KeyedFrameException.class, () -> plain.open(HEX.parseHex("c1"))).reason());
        assertEquals(Reason.MALFORMED, assertThrows(KeyedFrameException.class, () -> plain.open(HEX.parseHex("920990"))).reason());
        ClientFrame ping = plain.open(HEX.parseHex("92a13090"));
        assertEquals("0", ping.name());
        assertEquals(0, ping.seq());
    }

    @Test
    void everyReasonClosesWith4001() {
        for (Reason reason : Reason.values()) {
            assertEquals(4001, reason.closeCode(), reason.label());
        }
    }
}
