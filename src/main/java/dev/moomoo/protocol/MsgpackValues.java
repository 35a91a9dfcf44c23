package dev.moomoo.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one msgpack value into plain Java values: {@code Long}, {@code Double}, {@code String},
 * {@code Boolean}, {@code null}, {@code List<Object>} and {@code Map<String, Object>}. Every size is
 * bounded before anything is allocated for it, so a hostile message cannot make it allocate more
 * than about the message's own size.
 *
 * <p>Written here over the message's byte array rather than with msgpack-core's unpacker: every
 * inbound message is read on a connection's reader thread, and the unpacker's buffers and slices were
 * most of what the server allocated at 1,000 active players (BENCHMARKS.md, "Memory per active player").
 */
public final class MsgpackValues {

    /** Bounds on what one message may hold. */
    public record Limits(int maxDepth, int maxContainerSize, int maxStringBytes) {
        /** What a client may send: small packets. */
        public static final Limits CLIENT = new Limits(4, 16, 512);
        /** What the server sends (for the test and load-generator clients that read it). */
        public static final Limits SERVER = new Limits(6, 1 << 20, 1 << 16);
    }

    private final byte[] in;
    private final Limits limits;
    private int pos;

    private MsgpackValues(byte[] in, Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    public static Object read(byte[] bytes, Limits limits) throws PacketException {
        if (bytes.length == 0) {
            throw new PacketException("empty message");
        }
        MsgpackValues r = new MsgpackValues(bytes, limits);
        Object value = r.value(0);
        if (r.pos != bytes.length) {
            throw new PacketException("bytes after the msgpack value");
        }
        return value;
    }

    private Object value(int depth) throws PacketException {
        int b = u8();
        if (b <= 0x7F) {
            return (long) b; // positive fixint
        }
        if (b >= 0xE0) {
            return (long) (byte) b; // negative fixint
        }
        if ((b & 0xE0) == 0xA0) {
            return string(b & 0x1F);
        }
        if ((b & 0xF0) == 0x90) {
            return array(b & 0x0F, depth);
        }
        if ((b & 0xF0) == 0x80) {
            return map(b & 0x0F, depth);
        }
        return switch (b) {
            case 0xC0 -> null;
            case 0xC2 -> Boolean.FALSE;
            case 0xC3 -> Boolean.TRUE;
            case 0xCA -> (double) Float.intBitsToFloat(int32());
            case 0xCB -> Double.longBitsToDouble(int64());
            case 0xCC -> (long) u8();
            case 0xCD -> (long) u16();
            case 0xCE -> int32() & 0xFFFF_FFFFL;
            case 0xCF -> {
                long v = int64();
                // above Long.MAX_VALUE only as a double, which is how the browser reads it too
                yield v >= 0 ? (Object) v : (Object) unsignedToDouble(v);
            }
            case 0xD0 -> (long) (byte) u8();
            case 0xD1 -> (long) (short) u16();
            case 0xD2 -> (long) int32();
            case 0xD3 -> int64();
            case 0xD9 -> string(u8());
            case 0xDA -> string(u16());
            case 0xDB -> string(length32());
            case 0xDC -> array(u16(), depth);
            case 0xDD -> array(length32(), depth);
            case 0xDE -> map(u16(), depth);
            case 0xDF -> map(length32(), depth);
            case 0xC4, 0xC5, 0xC6 -> throw new PacketException("unsupported msgpack type BINARY");
            case 0xC7, 0xC8, 0xC9, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8 -> throw new PacketException("unsupported msgpack type EXTENSION");
            default -> throw new PacketException("not valid msgpack: byte 0x" + Integer.toHexString(b)); // 0xC1, never used
        };
    }

    private static double unsignedToDouble(long v) {
        return (double) (v >>> 1) * 2.0 + (v & 1);
    }

    private String string(int n) throws PacketException {
        if (n > limits.maxStringBytes() || n > in.length) {
            throw new PacketException("string of " + Integer.toUnsignedString(n) + " bytes over the limit");
        }
        need(n);
        String s = new String(in, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    private List<Object> array(int n, int depth) throws PacketException {
        checkContainer(n, depth, 1);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(value(depth + 1));
        }
        return Collections.unmodifiableList(list);
    }

    private Map<String, Object> map(int n, int depth) throws PacketException {
        checkContainer(n, depth, 2);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (!(value(depth + 1) instanceof String key)) {
                throw new PacketException("map key is not a string");
            }
            map.put(key, value(depth + 1));
        }
        return Collections.unmodifiableMap(map);
    }

    private void checkContainer(int n, int depth, int bytesPerElement) throws PacketException {
        if (depth >= limits.maxDepth()) {
            throw new PacketException("nested deeper than " + limits.maxDepth());
        }
        // Each element takes at least one byte, so a count beyond what is left of the message is a lie.
        if (n < 0 || n > limits.maxContainerSize() || (long) n * bytesPerElement > in.length - pos) {
            throw new PacketException("container of " + Integer.toUnsignedString(n) + " elements over the limit");
        }
    }

    /** A 32-bit length, which msgpack defines as unsigned: one above 2^31 is over every limit anyway. */
    private int length32() throws PacketException {
        int n = int32();
        return n < 0 ? Integer.MAX_VALUE : n;
    }

    private void need(int n) throws PacketException {
        if (n > in.length - pos) {
            throw new PacketException("not valid msgpack: the message ends inside a value");
        }
    }

    private int u8() throws PacketException {
        need(1);
        return in[pos++] & 0xFF;
    }

    private int u16() throws PacketException {
        need(2);
        int v = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    private int int32() throws PacketException {
        need(4);
        int v = ((in[pos] & 0xFF) << 24) | ((in[pos + 1] & 0xFF) << 16) | ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    private long int64() throws PacketException {
        long hi = int32() & 0xFFFF_FFFFL;
        long lo = int32() & 0xFFFF_FFFFL;
        return (hi << 32) | lo;
    }
}
