package dev.moomoo.game.entity;

import java.util.BitSet;

/**
 * The players (by sid) that were sent something and still hold it: an object they were sent with
 * {@code H} and not told of its removal, a shot they were sent with {@code X} (only they get its
 * {@code Y}). Kept by the systems that send those packets; a player that leaves is taken off, so that a
 * new player under its sid is not taken for it.
 */
public final class Receivers {
    private final BitSet sids = new BitSet();

    /** Whether the player of {@code sid} was sent it and holds it. */
    public boolean has(int sid) {
        return sids.get(sid);
    }

    /** The player of {@code sid} was sent it. */
    public void add(int sid) {
        sids.set(sid);
    }

    /** The player of {@code sid} holds it no more. */
    public void remove(int sid) {
        sids.clear(sid);
    }

    /** The first sid at or after {@code from} of a player that holds it, or -1. */
    public int next(int from) {
        return sids.nextSetBit(from);
    }

    /** Adds these sids to {@code into}. */
    public void addTo(BitSet into) {
        into.or(sids);
    }

    /** Nobody holds it any more. */
    public void clear() {
        sids.clear();
    }
}
