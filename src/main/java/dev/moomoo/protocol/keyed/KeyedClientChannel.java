package dev.moomoo.protocol.keyed;

import dev.moomoo.protocol.MsgpackBuffer;
import dev.moomoo.protocol.PacketException;

import java.util.HexFormat;
import java.util.List;

/**
 * The client's end of a connection, as the v1.9 client keeps it (src/site/keyed-protocol.md): for the
 * clients this project writes (tests, the load generator), which must speak to the server exactly as
 * the browser does. Signs, numbers and masks what it sends; unmasks and names what it receives. Not
 * thread-safe: one thread sends, one receives.
 */
public final class KeyedClientChannel {
    private final ChannelKeys keys;
    private final ChannelKeys.Tagger tagger;
    /** What {@link #frame} writes into, as the browser writes: non-integral numbers as float64. */
    private final MsgpackBuffer out = new MsgpackBuffer(false);
    private long seq;
    private int received;

    /** The same parameters as the server's {@link KeyedChannel#KeyedChannel}. */
    public KeyedClientChannel(KeyedMode mode, byte[] key, int seed, int salt) {
        this.keys = ChannelKeys.of(mode, key, seed, salt);
        this.tagger = mode.keyed() ? keys.tagger() : null;
    }

    /** What the client makes of io-init's arguments, with the build module its page imported. */
    public static KeyedClientChannel fromIoInit(IoInitArgs init, BuildModule build) {
        KeyedMode mode = init.keyedMode();
        if (!mode.keyed()) {
            return new KeyedClientChannel(mode, new byte[0], 0, KeyedMode.DEFAULT_SALT);
        }
        int seed = (int) init.seed();
        byte[] key = mode.channelKey(HexFormat.of().parseHex(init.keyHex()), seed, build);
        return new KeyedClientChannel(mode, key, seed, mode.tableSalt(build.buildSalt()));
    }

    /**
     * The frame of {@code name} with {@code args}: {@code tag ‖ [id, args, seq]} (masked after the tag
     * in the pinned mode), or {@code [name, args]} in the plain mode. Null for a name this
     * connection's table lacks: the client drops it, and it takes no sequence number.
     */
    public byte[] frame(String name, List<?> args) {
        out.reset();
        if (!keys.mode.keyed()) {
            return out.message(name, args).toByteArray();
        }
        int id = keys.client.id(name);
        if (id < 0) {
            return null;
        }
        seq++;
        out.arrayHeader(3);
        out.integer(id);
        out.value(args);
        out.integer(seq);
        return signed(out.toByteArray());
    }

    /**
     * A frame around any {@code body} (which should be {@code [id, args, seq]}), signed and masked as
     * {@link #frame} does, without taking a sequence number: for tests and tools that play a client
     * that misbehaves (a number its table lacks, a body that is not msgpack). Keyed modes only.
     */
    public byte[] signed(byte[] body) {
        if (!keys.mode.keyed()) {
            throw new IllegalStateException("the plain mode signs nothing");
        }
        byte[] frame = new byte[ChannelKeys.TAG_BYTES + body.length];
        System.arraycopy(body, 0, frame, ChannelKeys.TAG_BYTES, body.length);
        tagger.tag(frame, ChannelKeys.TAG_BYTES, body.length, frame, 0);
        if (keys.mode.masked()) {
            Keystream.mask(frame, ChannelKeys.TAG_BYTES, body.length, keys.clientFrameSeed(frame));
        }
        return frame;
    }

    /** The sequence number of the last frame made by {@link #frame} (0 before the first). */
    public long lastSequence() {
        return seq;
    }

    /**
     * The plain {@code [name, args]} message of the next server frame (what {@link dev.moomoo.protocol.ServerCodec#decode}
     * reads): unmasked with this frame's seed in the pinned mode, its number put back as the name.
     * Every frame counts, also one refused here.
     */
    public byte[] read(byte[] frame) throws PacketException {
        received++;
        if (!keys.mode.keyed()) {
            return frame;
        }
        byte[] body = frame.clone();
        if (keys.mode.masked()) {
            Keystream.mask(body, 0, body.length, keys.serverFrameSeed(received));
        }
        if (body.length < 3 || body[0] != SharedBody.PAIR) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "not an [id, args] body");
        }
        int id = body[1] & 0xFF;
        if (id >= 0x80) {
            return body; // a name, as the server sends what the table lacks
        }
        String name = keys.server.name(id);
        if (name == null) {
            throw new PacketException(PacketException.Reason.UNKNOWN_CODE, "server packet number " + id + " is not in this connection's table");
        }
        byte[] message = new byte[body.length + name.length()];
        message[0] = SharedBody.PAIR;
        message[1] = (byte) (0xA0 | name.length()); // the names are short ASCII strings
        for (int i = 0; i < name.length(); i++) {
            message[2 + i] = (byte) name.charAt(i);
        }
        System.arraycopy(body, 2, message, 2 + name.length(), body.length - 2);
        return message;
    }

    /** The packet numbers this end sends with (null in the plain mode). */
    public PacketTable clientTable() {
        return keys.client;
    }

    /** The packet numbers this end receives (null in the plain mode). */
    public PacketTable serverTable() {
        return keys.server;
    }

    @Override
    public String toString() {
        return "keyed client channel (" + keys.mode + ")";
    }
}
