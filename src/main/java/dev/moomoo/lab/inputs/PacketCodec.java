package dev.moomoo.lab.inputs;

import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;

import java.util.List;

/**
 * A decoded client packet as a journal keeps it: the index of the first protocol profile that has its
 * kind, and the message that profile's codec writes for it. The codec writes numbers exactly (integers
 * as integers, -0.0 and fractions as float64), so the packet read back equals the one the tick took.
 */
final class PacketCodec {
    private final List<ClientCodec> codecs = Profile.ALL.stream().map(ClientCodec::new).toList();

    /** The profile index and message of {@code packet}. */
    Encoded encode(ClientPacket packet) {
        for (int i = 0; i < codecs.size(); i++) {
            ClientCodec codec = codecs.get(i);
            if (codec.profile().codes().has(packet.kind())) {
                return new Encoded(i, codec.encode(packet));
            }
        }
        throw new IllegalArgumentException("no protocol profile has the client packet " + packet.kind());
    }

    ClientPacket decode(int profile, byte[] message) throws JournalException {
        if (profile < 0 || profile >= codecs.size()) {
            throw new JournalException("a packet of protocol profile " + profile + ", which this server does not have");
        }
        try {
            return codecs.get(profile).decode(message);
        } catch (PacketException e) {
            throw new JournalException("a packet this server cannot read: " + e.getMessage());
        }
    }

    record Encoded(int profile, byte[] message) {
    }
}
