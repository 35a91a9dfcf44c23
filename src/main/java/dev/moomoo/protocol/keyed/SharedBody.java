package dev.moomoo.protocol.keyed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One server packet's msgpack, encoded once for every connection that gets it: what differs per
 * connection of a keyed mode is only the packet's number (one byte) and the mask, which
 * {@link KeyedChannel#seal} adds while it copies the arguments into the connection's frame
 * (src/site/keyed-protocol.md, "Sending one body to many"). The bytes must not change while a
 * connection may still seal it. Immutable otherwise, and shared between threads.
 */
public final class SharedBody {
    /** msgpack's fixarray of two: {@code [id or name, args]}. */
    static final byte PAIR = (byte) 0x92;
    private static final int FIXSTR = 0xA0;
    private static final int MAX_FIXSTR = 31;
    private static final Map<String, Integer> SERVER_INDEX = new HashMap<>();
    /** The server names as ASCII bytes, by their index: found without making a string ({@link #nameIndex(byte[], int, int)}). */
    private static final byte[][] SERVER_NAMES = new byte[PacketNames.SERVER.size()][];

    static {
        for (int i = 0; i < PacketNames.SERVER.size(); i++) {
            SERVER_INDEX.put(PacketNames.SERVER.get(i), i);
            SERVER_NAMES[i] = PacketNames.SERVER.get(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final String name;
    private final int nameIndex;
    /** The name as a msgpack fixstr, for the modes (and the names) that go by name. */
    private final byte[] nameField;
    private final byte[] bytes;
    private final int argsFrom;
    private final int argsLength;

    private SharedBody(String name, byte[] bytes, int argsFrom, int argsLength) {
        if (name.length() > MAX_FIXSTR || !name.chars().allMatch(c -> c < 0x80)) {
            throw new IllegalArgumentException("packet name '" + name + "': at most " + MAX_FIXSTR + " ASCII characters");
        }
        this.name = name;
        this.nameIndex = SERVER_INDEX.getOrDefault(name, -1);
        this.nameField = new byte[1 + name.length()];
        nameField[0] = (byte) (FIXSTR | name.length());
        System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, nameField, 1, name.length());
        this.bytes = bytes;
        this.argsFrom = argsFrom;
        this.argsLength = argsLength;
    }

    /**
     * The body of a plain message {@code [name, args]} as the codecs write it: the same bytes serve the
     * plain connections as they are, and the keyed ones with the name swapped for a number.
     */
    public static SharedBody ofMessage(byte[] message, int offset, int length) {
        int nameLength = messageNameLength(message, offset, length);
        String name = new String(message, offset + 2, nameLength, StandardCharsets.UTF_8);
        return new SharedBody(name, message, offset + 2 + nameLength, length - 2 - nameLength);
    }

    /** A body {@code [placeholder, args]} written for a keyed mode: any one-byte number stands where the packet's will go. */
    public static SharedBody ofPlaceholder(String name, byte[] body, int offset, int length) {
        check(body, offset, length);
        if ((body[offset + 1] & 0x80) != 0) {
            throw new IllegalArgumentException("not an [id, args] body: the placeholder is not a positive fixint");
        }
        return new SharedBody(name, body, offset + 2, length - 2);
    }

    private static void check(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length < 3 || bytes[offset] != PAIR) {
            throw new IllegalArgumentException("not a two-element msgpack array of a packet and its arguments");
        }
    }

    /** The packet's name. */
    public String name() {
        return name;
    }

    /** Its place in {@link PacketNames#SERVER}, or -1 for a name the client's list lacks (it goes by name). */
    int nameIndex() {
        return nameIndex;
    }

    /** The place in {@link PacketNames#SERVER} of the name {@code bytes[from, from + length)}, or -1. Allocates nothing. */
    static int nameIndex(byte[] bytes, int from, int length) {
        for (int i = 0; i < SERVER_NAMES.length; i++) {
            if (Arrays.equals(SERVER_NAMES[i], 0, SERVER_NAMES[i].length, bytes, from, from + length)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The length of the name of the plain message {@code message[offset, offset + length)} as the codecs
     * write it ({@code [name, args]} with a short name, see {@link #ofMessage}), checked as it checks it.
     */
    static int messageNameLength(byte[] message, int offset, int length) {
        check(message, offset, length);
        int header = message[offset + 1] & 0xFF;
        if ((header & 0xE0) != FIXSTR) {
            throw new IllegalArgumentException("not a [name, args] message: the name is not a short string");
        }
        int nameLength = header & MAX_FIXSTR;
        if (2 + nameLength > length) {
            throw new IllegalArgumentException("not a [name, args] message: it ends inside the name");
        }
        return nameLength;
    }

    int nameFieldLength() {
        return nameField.length;
    }

    int argsLength() {
        return argsLength;
    }

    /** Writes the name as msgpack at {@code dst[at..]}; returns where it ends. */
    int writeName(byte[] dst, int at) {
        System.arraycopy(nameField, 0, dst, at, nameField.length);
        return at + nameField.length;
    }

    /** Writes the arguments' msgpack at {@code dst[at..]}; returns where they end. */
    int writeArgs(byte[] dst, int at) {
        System.arraycopy(bytes, argsFrom, dst, at, argsLength);
        return at + argsLength;
    }

    @Override
    public String toString() {
        return "shared body of " + name + " (" + argsLength + " bytes of arguments)";
    }
}
