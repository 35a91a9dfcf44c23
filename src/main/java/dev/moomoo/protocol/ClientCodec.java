package dev.moomoo.protocol;

import java.util.List;

/**
 * Client packets to and from msgpack {@code [code, [args...]]}, in the codes and shapes of one
 * {@link Profile}. Decoding is what the server does with every inbound message; encoding is for the
 * clients this project writes (tests, load generator).
 */
public final class ClientCodec {
    /** How much of an unknown packet code an error message repeats. */
    static final int CODE_IN_ERRORS = 16;

    private final Profile profile;
    private final CodeTable codes;

    public ClientCodec(Profile profile) {
        this.profile = profile;
        this.codes = profile.codes();
    }

    public Profile profile() {
        return profile;
    }

    public ClientPacket decode(byte[] message) throws PacketException {
        Object root = MsgpackValues.read(message, MsgpackValues.Limits.CLIENT);
        if (!(root instanceof List<?> pair) || pair.size() != 2) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "message is not a [code, args] pair");
        }
        if (!(pair.get(0) instanceof String code)) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "packet code is not a string");
        }
        if (!(pair.get(1) instanceof List<?> list)) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "packet " + Text.quote(code, CODE_IN_ERRORS) + ": arguments are not an array");
        }
        return decode(code, list);
    }

    /**
     * The packet of {@code code} with the arguments {@code list}, already read from msgpack: what a
     * keyed frame holds once its channel has opened it (src/site/keyed-protocol.md).
     */
    public ClientPacket decode(String code, List<?> list) throws PacketException {
        ClientKind kind = codes.clientKind(code);
        if (kind == null) {
            throw new PacketException(PacketException.Reason.UNKNOWN_CODE, "unknown packet code " + Text.quote(code, CODE_IN_ERRORS));
        }
        try {
            return profile.shape(kind).read(new Args(kind, list));
        } catch (PacketException e) {
            throw e.forCode(code);
        }
    }

    /** The message of {@code packet} as the real client writes it (non-integral numbers as float64). */
    public byte[] encode(ClientPacket packet) {
        return new MsgpackWriter(false).message(code(packet), args(packet));
    }

    /**
     * The positional arguments of {@code packet}, as the real client sends them: an attack always with
     * its angle or nil, an item selected as {@code [index, nil]}, flags of the tribe and store panels
     * as 0 or 1.
     */
    public List<?> args(ClientPacket packet) {
        return profile.shape(packet.kind()).args(packet);
    }

    /** The code of {@code packet} in this codec's profile; a packet the profile lacks has none to be sent with. */
    public String code(ClientPacket packet) {
        String code = codes.clientCode(packet.kind());
        if (code == null) {
            throw new IllegalArgumentException("profile " + profile + " has no client packet " + packet.kind());
        }
        return code;
    }
}
