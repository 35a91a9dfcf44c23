package dev.moomoo.protocol;

import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The hand-written reader against msgpack-core's packer as an independent writer: random values of
 * every type and width, nested, read back as the plain values they were; and the edges by hand.
 */
class MsgpackValuesTest {
    private static final MsgpackValues.Limits WIDE = new MsgpackValues.Limits(8, 1 << 16, 1 << 16);

    @Test
    void readsWhatAnIndependentWriterWrote() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
            Object expected = randomValue(random, packer, 0);
            byte[] bytes = packer.toByteArray();
            assertEquals(expected, MsgpackValues.read(bytes, WIDE), () -> "round with bytes " + HexFormat.of().formatHex(bytes));
        }
    }

    /** Packs a random value and returns it as the reader must give it back. */
    private static Object randomValue(Random r, MessageBufferPacker p, int depth) throws IOException {
        int kind = depth >= 4 ? r.nextInt(6) : r.nextInt(8);
        switch (kind) {
            case 0 -> {
                p.packNil();
                return null;
            }
            case 1 -> {
                boolean b = r.nextBoolean();
                p.packBoolean(b);
                return b;
            }
            case 2 -> {
                long v = switch (r.nextInt(4)) {
                    case 0 -> r.nextInt(256) - 128;
                    case 1 -> r.nextInt(1 << 17) - (1 << 16);
                    case 2 -> r.nextInt();
                    default -> r.nextLong();
                };
                p.packLong(v);
                return v;
            }
            case 3 -> {
                if (r.nextBoolean()) {
                    float f = (float) (r.nextGaussian() * 1000);
                    p.packFloat(f);
                    return (double) f;
                }
                double d = r.nextGaussian() * 1e6;
                p.packDouble(d);
                return d;
            }
            case 4 -> {
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(40);
                for (int i = 0; i < n; i++) {
                    sb.appendCodePoint(r.nextInt(5) == 0 ? 0x4E00 + r.nextInt(100) : 'a' + r.nextInt(26));
                }
                p.packString(sb.toString());
                return sb.toString();
            }
            case 5 -> {
                String s = "s".repeat(r.nextInt(300)); // str8 and str16 headers
                p.packString(s);
                return s;
            }
            case 6 -> {
                int n = r.nextInt(20);
                p.packArrayHeader(n);
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    list.add(randomValue(r, p, depth + 1));
                }
                return list;
            }
            default -> {
                int n = r.nextInt(18);
                p.packMapHeader(n);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String key = "k" + i;
                    p.packString(key);
                    map.put(key, randomValue(r, p, depth + 1));
                }
                return map;
            }
        }
    }

    @Test
    void theEdgesByHand() throws PacketException {
        // uint64 above Long.MAX_VALUE reads as a double, as the browser reads it
        assertEquals(new BigInteger("18446744073709551615").doubleValue(), MsgpackValues.read(HexFormat.of().parseHex("cfffffffffffffffff"), WIDE));
        assertEquals(4294967295L, MsgpackValues.read(HexFormat.of().parseHex("ceffffffff"), WIDE), "uint32 is unsigned");
        assertEquals(-32L, MsgpackValues.read(HexFormat.of().parseHex("e0"), WIDE));
        assertEquals(-129L, MsgpackValues.read(HexFormat.of().parseHex("d1ff7f"), WIDE));
        for (String bad : List.of("c1", "c4024142", "d40100", "9201", "a3616263ff", "dc0002c0", "82a161c0")) {
            assertThrows(PacketException.class, () -> MsgpackValues.read(HexFormat.of().parseHex(bad), WIDE), bad);
        }
        // a map whose key is not a string
        assertTrue(assertThrows(PacketException.class, () -> MsgpackValues.read(HexFormat.of().parseHex("810101"), WIDE))
                .getMessage().contains("map key"));
        // a 4-byte array32 count that claims 2^32 - 1 elements is over the limit before anything is made
        assertTrue(assertThrows(PacketException.class, () -> MsgpackValues.read(HexFormat.of().parseHex("ddffffffff"), WIDE))
                .getMessage().contains("over the limit"));
    }
}
