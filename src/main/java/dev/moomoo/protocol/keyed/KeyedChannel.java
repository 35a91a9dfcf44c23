package dev.moomoo.protocol.keyed;

import dev.moomoo.protocol.MsgpackValues;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Text;
import dev.moomoo.protocol.keyed.KeyedFrameException.Reason;

import java.util.Arrays;
import java.util.List;

/**
 * The server's end of one connection after io-init (src/site/keyed-protocol.md): opens what the
 * client sends (unmask, check the tag, the sequence number and the packet number) and seals what the
 * server sends (the packet's number, the mask of the frame's number).
 *
 * <p>Threading: {@link #open} is called by the connection's reader, one frame after the other;
 * {@link #seal} by one thread at a time, in the order the frames go on the wire: a server frame's
 * mask depends on how many frames went before it, so sealing belongs where that order is fixed (the
 * connection's writer), not where a packet is decided. The two share no mutable state.
 */
public final class KeyedChannel {
    /** The smallest body there is: {@code [id, [], seq]} with one-byte numbers. */
    private static final int MIN_BODY = 4;

    private final ChannelKeys keys;
    private final ChannelKeys.Tagger tagger;
    /** The last sequence number accepted (reader thread); the client's first is 1. */
    private long lastSeq;
    /** Frames sealed so far (sending thread): the next one is frame {@code sent + 1}. */
    private int sent;

    /**
     * @param key  the key after mixing in the pinned mode ({@link BuildModule#mixKey}), the raw key in
     *             the unpinned one, at least 8 bytes; unused (may be empty) in the plain mode
     * @param seed the seed sent in io-init
     * @param salt the tables' salt, {@link KeyedMode#tableSalt}
     */
    public KeyedChannel(KeyedMode mode, byte[] key, int seed, int salt) {
        this.keys = ChannelKeys.of(mode, key, seed, salt);
        this.tagger = mode.keyed() ? keys.tagger() : null;
    }

    /** A channel of the plain mode: names as strings, nothing signed or masked. */
    public static KeyedChannel plain() {
        return new KeyedChannel(KeyedMode.PLAIN, new byte[0], 0, KeyedMode.DEFAULT_SALT);
    }

    public KeyedMode mode() {
        return keys.mode;
    }

    /** This connection's client-to-server numbers (null in the plain mode). */
    public PacketTable clientTable() {
        return keys.client;
    }

    /** This connection's server-to-client numbers (null in the plain mode). */
    public PacketTable serverTable() {
        return keys.server;
    }

    /**
     * The packet in one client frame (a WebSocket message's payload), once it has passed every check;
     * a refused frame leaves the channel as it was.
     */
    public ClientFrame open(byte[] frame) throws KeyedFrameException {
        if (!keys.mode.keyed()) {
            return openPlain(frame);
        }
        if (frame.length < ChannelKeys.TAG_BYTES + MIN_BODY) {
            throw new KeyedFrameException(Reason.MALFORMED, "a frame of " + frame.length + " bytes: too short for a tag and a body");
        }
        byte[] body = Arrays.copyOfRange(frame, ChannelKeys.TAG_BYTES, frame.length);
        if (keys.mode.masked()) {
            Keystream.mask(body, 0, body.length, keys.clientFrameSeed(frame));
        }
        if (!tagger.verify(body, frame)) {
            throw new KeyedFrameException(Reason.BAD_TAG, "the tag does not sign the body");
        }
        List<?> fields = array(body, 3, "[id, args, seq]");
        if (!(fields.get(0) instanceof Long id)) {
            throw new KeyedFrameException(Reason.MALFORMED, "the packet number is not an integer");
        }
        List<Object> args = args(fields);
        if (!(fields.get(2) instanceof Long seq)) {
            throw new KeyedFrameException(Reason.MALFORMED, "the sequence number is not an integer");
        }
        if (seq != lastSeq + 1) {
            throw new KeyedFrameException(Reason.SEQUENCE, seq <= lastSeq
                    ? "sequence number " + seq + " replayed: the last was " + lastSeq
                    : "sequence number " + seq + " out of order: " + (lastSeq + 1) + " was due");
        }
        String name = keys.client.name(id);
        if (name == null) {
            throw new KeyedFrameException(Reason.UNKNOWN_PACKET, "packet number " + id + " is not in this connection's table of " + keys.client.size());
        }
        lastSeq = seq;
        return new ClientFrame(name, args, seq, body);
    }

    private ClientFrame openPlain(byte[] frame) throws KeyedFrameException {
        List<?> fields = array(frame, 2, "[name, args]");
        if (!(fields.get(0) instanceof String name)) {
            throw new KeyedFrameException(Reason.MALFORMED, "the packet name is not a string");
        }
        if (!PacketNames.CLIENT.contains(name)) {
            throw new KeyedFrameException(Reason.UNKNOWN_PACKET, "no client packet is named " + Text.quote(name, 16));
        }
        return new ClientFrame(name, args(fields), 0, frame);
    }

    /** The msgpack array of {@code size} elements that {@code bytes} must hold. */
    private static List<?> array(byte[] bytes, int size, String shape) throws KeyedFrameException {
        Object root;
        try {
            root = MsgpackValues.read(bytes, MsgpackValues.Limits.CLIENT);
        } catch (PacketException e) {
            throw new KeyedFrameException(Reason.MALFORMED, "not msgpack within a client's limits: " + e.getMessage());
        }
        if (!(root instanceof List<?> fields) || fields.size() != size) {
            throw new KeyedFrameException(Reason.MALFORMED, "not an array " + shape);
        }
        return fields;
    }

    @SuppressWarnings("unchecked") // MsgpackValues reads every array as a List<Object>
    private static List<Object> args(List<?> fields) throws KeyedFrameException {
        if (!(fields.get(1) instanceof List<?> args)) {
            throw new KeyedFrameException(Reason.MALFORMED, "the arguments are not an array");
        }
        return (List<Object>) args;
    }

    /** How many bytes {@link #seal} writes for {@code body} on this connection. */
    public int sealedLength(SharedBody body) {
        return 1 + (serverId(body) >= 0 ? 1 : body.nameFieldLength()) + body.argsLength();
    }

    /**
     * Writes this connection's next frame of {@code body} at {@code dst[offset..]}, {@link #sealedLength}
     * bytes: the packet's number (or its name, in the plain mode or for a name the table lacks), the
     * arguments copied once, all masked with this frame's seed in the pinned mode. Allocates nothing.
     * Every frame sent after io-init must go through here, in wire order: each one counts.
     *
     * @return the bytes written
     */
    public int seal(SharedBody body, byte[] dst, int offset) {
        int id = serverId(body);
        int end = offset;
        dst[end++] = SharedBody.PAIR;
        if (id >= 0) {
            dst[end++] = (byte) id;
        } else {
            end = body.writeName(dst, end);
        }
        end = body.writeArgs(dst, end);
        return masked(dst, offset, end);
    }

    /** How many bytes {@link #sealMessage} writes for the plain message {@code message[offset, offset + length)}. */
    public int sealedMessageLength(byte[] message, int offset, int length) {
        int nameLength = SharedBody.messageNameLength(message, offset, length);
        return serverId(message, offset, nameLength) >= 0 ? length - nameLength : length;
    }

    /**
     * What {@link #seal(SharedBody, byte[], int)} writes for {@code SharedBody.ofMessage(message, offset,
     * length)}, without making the body: for a connection's writer, which seals the frames the codec
     * wrote once for every connection of its profile, one after the other. Allocates nothing.
     *
     * @return the bytes written
     */
    public int sealMessage(byte[] message, int offset, int length, byte[] dst, int at) {
        int nameLength = SharedBody.messageNameLength(message, offset, length);
        int id = serverId(message, offset, nameLength);
        int end = at;
        dst[end++] = SharedBody.PAIR;
        if (id >= 0) {
            dst[end++] = (byte) id;
        } else {
            System.arraycopy(message, offset + 1, dst, end, 1 + nameLength);
            end += 1 + nameLength;
        }
        int argsFrom = offset + 2 + nameLength;
        int argsLength = length - 2 - nameLength;
        System.arraycopy(message, argsFrom, dst, end, argsLength);
        return masked(dst, at, end + argsLength);
    }

    /** Counts the frame {@code dst[offset, end)} and masks it with its seed in the pinned mode; returns its length. */
    private int masked(byte[] dst, int offset, int end) {
        sent++;
        if (keys.mode.masked()) {
            Keystream.mask(dst, offset, end - offset, keys.serverFrameSeed(sent));
        }
        return end - offset;
    }

    /** The number on this connection of the plain message's name, or -1 when it goes by name. */
    private int serverId(byte[] message, int offset, int nameLength) {
        return keys.mode.keyed() ? keys.server.idOfIndex(SharedBody.nameIndex(message, offset + 2, nameLength)) : -1;
    }

    /** This connection's next frame of {@code body}, in an array of its own. */
    public byte[] seal(SharedBody body) {
        byte[] frame = new byte[sealedLength(body)];
        seal(body, frame, 0);
        return frame;
    }

    /** The body's number on this connection, or -1 when it goes by name. */
    private int serverId(SharedBody body) {
        return keys.mode.keyed() ? keys.server.idOfIndex(body.nameIndex()) : -1;
    }

    @Override
    public String toString() {
        return "keyed channel (" + keys.mode + ")";
    }
}
