package dev.moomoo.protocol;

import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Opcode;

import dev.moomoo.protocol.ServerPacket.PlayerState;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;

/**
 * Server packets to and from msgpack {@code [code, [args...]]}, in the codes and shapes of one
 * {@link Profile}. Encoding is the server's; decoding is for the clients this project writes (tests,
 * load generator), and is as strict as the server's.
 */
public final class ServerCodec {
    private final Profile profile;
    private final CodeTable codes;
    /** Whether the profile's {@code a} is the record's own, which {@link #encodeUpdate} writes. */
    private final boolean ownUpdateShape;

    public ServerCodec(Profile profile) {
        this.profile = profile;
        this.codes = profile.codes();
        this.ownUpdateShape = profile.shape(ServerKind.UPDATE_PLAYERS) == ServerKind.UPDATE_PLAYERS.shape;
    }

    public Profile profile() {
        return profile;
    }

    /** One reusable update encoder per thread that encodes updates (the tick thread, in practice). */
    private static final ThreadLocal<UpdateEncoder> UPDATE_ENCODERS = ThreadLocal.withInitial(UpdateEncoder::new);
    /**
     * One reusable buffer per platform thread that encodes other packets (the tick thread, in
     * practice): a frame costs one array, itself. A virtual thread (a connection's reader, encoding its
     * greeting) gets a buffer of its own for the call: a thread-local would stay with every connection.
     */
    private static final ThreadLocal<MsgpackBuffer> BUFFERS = ThreadLocal.withInitial(() -> new MsgpackBuffer(true));

    /** The msgpack bytes of {@code packet}. */
    public byte[] encode(ServerPacket packet) {
        return written(packet).toByteArray();
    }

    /**
     * The whole WebSocket frame of {@code packet}, the only array it allocates besides the packet's
     * argument list (none for {@code a} and {@code H}, which are written straight into the buffer).
     */
    public byte[] frame(ServerPacket packet) {
        MsgpackBuffer b = written(packet);
        return Frames.encode(Opcode.BINARY, b.buffer(), 0, b.length());
    }

    /** This thread's buffer, holding {@code packet}'s bytes until its next use. */
    private MsgpackBuffer written(ServerPacket packet) {
        MsgpackBuffer b = buffer();
        ServerKind kind = packet.kind();
        b.start(codeOf(kind));
        profile.shape(kind).write(packet, b);
        return b;
    }

    /** This thread's reused buffer, or one of its own for a virtual thread (see {@link #BUFFERS}). */
    private static MsgpackBuffer buffer() {
        return Thread.currentThread().isVirtual() ? new MsgpackBuffer(true) : BUFFERS.get();
    }

    /** The code of {@code kind}; a packet its profile lacks is never to be written (the gateway leaves it out). */
    private String codeOf(ServerKind kind) {
        String code = codes.serverCode(kind);
        if (code == null) {
            throw new IllegalArgumentException("profile " + profile + " has no server packet " + kind);
        }
        return code;
    }

    /**
     * The msgpack bytes of the {@code a} update of {@code players}, in this thread's reused encoder:
     * valid until the thread encodes its next update. Allocates nothing once the buffer has grown.
     */
    public UpdateEncoder encodeUpdate(List<PlayerState> players) {
        if (!ownUpdateShape) {
            throw new IllegalStateException("profile " + profile + " shapes 'a' its own way: send its updates through its shape");
        }
        UpdateEncoder e = Thread.currentThread().isVirtual() ? new UpdateEncoder() : UPDATE_ENCODERS.get();
        e.encode(codeOf(ServerKind.UPDATE_PLAYERS), players);
        return e;
    }

    /**
     * The msgpack bytes of one viewer's v1.9 {@code a} update of {@code players}, in this thread's
     * reused encoder (valid until its next update; allocates nothing once the buffer has grown): every
     * player's position, the attributes of those at the rows set in {@code attributeRows}, and the sids
     * {@code hidden[0, hiddenCount)} to hide. What a viewer was sent before is its connection's to
     * remember (src/site/protocol.md, "The v1.9 profile").
     */
    public UpdateEncoder encodeUpdate(List<PlayerState> players, BitSet attributeRows, int[] hidden, int hiddenCount) {
        if ((Shape<?>) profile.shape(ServerKind.UPDATE_PLAYERS) != ServerPacket.UpdatePlayers.V19) {
            throw new IllegalStateException("profile " + profile + " does not send v1.9's 'a'");
        }
        UpdateEncoder e = Thread.currentThread().isVirtual() ? new UpdateEncoder() : UPDATE_ENCODERS.get();
        e.encodeV19(codeOf(ServerKind.UPDATE_PLAYERS), players, attributeRows, hidden, hiddenCount);
        return e;
    }

    /** The whole frame of one viewer's v1.9 {@code I}, hiding the animals {@code hidden[0, hiddenCount)} it saw last and sees no more. */
    public byte[] frameAnimals(ServerPacket.UpdateAnimals packet, int[] hidden, int hiddenCount) {
        MsgpackBuffer b = writtenAnimals(packet, hidden, hiddenCount);
        return Frames.encode(Opcode.BINARY, b.buffer(), 0, b.length());
    }

    /** The msgpack bytes of the v1.9 {@code I} that {@link #frameAnimals} frames. */
    public byte[] encodeAnimals(ServerPacket.UpdateAnimals packet, int[] hidden, int hiddenCount) {
        return writtenAnimals(packet, hidden, hiddenCount).toByteArray();
    }

    private MsgpackBuffer writtenAnimals(ServerPacket.UpdateAnimals packet, int[] hidden, int hiddenCount) {
        if ((Shape<?>) profile.shape(ServerKind.UPDATE_ANIMALS) != ServerPacket.UpdateAnimals.V19) {
            throw new IllegalStateException("profile " + profile + " does not send v1.9's 'I'");
        }
        MsgpackBuffer b = buffer();
        b.start(codeOf(ServerKind.UPDATE_ANIMALS));
        ServerPacket.UpdateAnimals.writeV19(b, packet.animals(), hidden, hiddenCount);
        return b;
    }

    /**
     * The positional arguments of {@code packet}, exactly as the real client's handler for its code takes
     * them (the flat-list packets have ONE argument, the list; see {@code src/site/protocol.md}).
     */
    public List<?> args(ServerPacket packet) {
        return profile.shape(packet.kind()).args(packet);
    }

    /** The code of {@code packet} in this codec's profile (null for a packet the profile lacks). */
    public String code(ServerPacket packet) {
        return codes.serverCode(packet.kind());
    }

    /**
     * The kind of {@code message} read from its code alone, nothing else decoded (for a reader that wants
     * only some kinds of a stream, per message); null when it is no {@code [code, args]} pair with a
     * short code this profile sends.
     */
    public ServerKind kindOf(byte[] message) {
        if (message.length < 2 || message[0] != (byte) 0x92 || (message[1] & 0xe0) != 0xa0) {
            return null; // a pair whose first value is a fixstr: every code is one
        }
        int length = message[1] & 0x1f;
        return message.length < 2 + length ? null : codes.serverKind(new String(message, 2, length, StandardCharsets.UTF_8));
    }

    public ServerPacket decode(byte[] message) throws PacketException {
        Object root = MsgpackValues.read(message, MsgpackValues.Limits.SERVER);
        if (!(root instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String code)
                || !(pair.get(1) instanceof List<?> list)) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "message is not a [code, args] pair");
        }
        ServerKind kind = codes.serverKind(code);
        if (kind == null) {
            throw new PacketException(PacketException.Reason.UNKNOWN_CODE, "unknown server packet code " + Text.quote(code, ClientCodec.CODE_IN_ERRORS));
        }
        return profile.shape(kind).read(new Args(kind, list));
    }
}
