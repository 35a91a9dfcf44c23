package dev.moomoo.protocol;

import java.util.List;

/**
 * Writes the per-tick {@code a} update into one buffer that it keeps and reuses, in the same bytes as
 * the general path ({@link MsgpackBuffer#message}). The update is the hottest encoding there is
 * (every viewer, every tick), so it gets no argument list, no boxing and no intermediate array: the
 * caller copies the bytes once, into the outbox of the connection (whose buffer for the update is
 * reused too) or into a frame.
 *
 * <p>Not thread-safe: {@link ServerCodec} keeps one per thread.
 */
public final class UpdateEncoder {
    private final MsgpackBuffer out = new MsgpackBuffer(true);

    /**
     * Encodes {@code [code, [[13 values per player...]]]}: the handler takes one argument, the flat list.
     * The bytes are {@code buffer()[0, length())}.
     */
    void encode(String code, List<ServerPacket.PlayerState> players) {
        out.reset();
        out.arrayHeader(2);
        out.string(code);
        out.arrayHeader(1);
        out.arrayHeader(players.size() * 13);
        for (int i = 0; i < players.size(); i++) {
            ServerPacket.PlayerState s = players.get(i);
            out.integer(s.sid());
            out.number(s.x());
            out.number(s.y());
            out.number(s.dir());
            out.integer(s.buildIndex());
            out.integer(s.weaponIndex());
            out.integer(s.weaponVariant());
            if (s.team() == null) {
                out.nil();
            } else {
                out.string(s.team());
            }
            out.bool(s.isLeader());
            out.integer(s.skinIndex());
            out.integer(s.tailIndex());
            out.integer(s.iconIndex());
            out.integer(s.zIndex());
        }
    }

    /** The encoded bytes are {@code buffer()[0..length())}, valid until this encoder's next use. */
    public byte[] buffer() {
        return out.buffer();
    }

    public int length() {
        return out.length();
    }
}
