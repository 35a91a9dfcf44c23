package dev.moomoo.protocol;

import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

import java.io.IOException;
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
 */
public final class MsgpackValues {

    /** Bounds on what one message may hold. */
    public record Limits(int maxDepth, int maxContainerSize, int maxStringBytes) {
        /** What a client may send: small packets. */
        public static final Limits CLIENT = new Limits(4, 16, 512);
        /** What the server sends (for the test and load-generator clients that read it). */
        public static final Limits SERVER = new Limits(6, 1 << 20, 1 << 16);
    }

    private MsgpackValues() {
    }

    public static Object read(byte[] bytes, Limits limits) throws PacketException {
        try (MessageUnpacker u = MessagePack.newDefaultUnpacker(bytes)) {
            if (!u.hasNext()) {
                throw new PacketException("empty message");
            }
            Object value = readValue(u, limits, 0, bytes.length);
            if (u.hasNext()) {
                throw new PacketException("bytes after the msgpack value");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new PacketException("not valid msgpack: " + e.getClass().getSimpleName());
        }
    }

    private static Object readValue(MessageUnpacker u, Limits limits, int depth, int messageSize) throws IOException, PacketException {
        MessageFormat format = u.getNextFormat();
        ValueType type = format.getValueType();
        switch (type) {
            case NIL -> {
                u.unpackNil();
                return null;
            }
            case BOOLEAN -> {
                return u.unpackBoolean();
            }
            case INTEGER -> {
                if (format == MessageFormat.UINT64) {
                    // Above Long.MAX_VALUE only as a double, which is how the browser reads it too.
                    return u.unpackBigInteger().doubleValue();
                }
                return u.unpackLong();
            }
            case FLOAT -> {
                return u.unpackDouble();
            }
            case STRING -> {
                int n = u.unpackRawStringHeader();
                if (n > limits.maxStringBytes() || n > messageSize) {
                    throw new PacketException("string of " + n + " bytes over the limit");
                }
                return new String(u.readPayload(n), java.nio.charset.StandardCharsets.UTF_8);
            }
            case ARRAY -> {
                int n = u.unpackArrayHeader();
                checkContainer(n, limits, depth, messageSize);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(readValue(u, limits, depth + 1, messageSize));
                }
                return Collections.unmodifiableList(list);
            }
            case MAP -> {
                int n = u.unpackMapHeader();
                checkContainer(n, limits, depth, messageSize);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    if (!(readValue(u, limits, depth + 1, messageSize) instanceof String key)) {
                        throw new PacketException("map key is not a string");
                    }
                    map.put(key, readValue(u, limits, depth + 1, messageSize));
                }
                return Collections.unmodifiableMap(map);
            }
            default -> throw new PacketException("unsupported msgpack type " + type);
        }
    }

    private static void checkContainer(int n, Limits limits, int depth, int messageSize) throws PacketException {
        if (depth >= limits.maxDepth()) {
            throw new PacketException("nested deeper than " + limits.maxDepth());
        }
        // Each element takes at least one byte, so a count above the message size is a lie.
        if (n > limits.maxContainerSize() || n > messageSize) {
            throw new PacketException("container of " + n + " elements over the limit");
        }
    }
}
