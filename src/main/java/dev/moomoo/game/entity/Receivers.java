package dev.moomoo.game.entity;

import java.util.BitSet;

/**
 * The players (by sid) that were sent something and still hold it: an object they were sent with
 * {@code H} and not told of its removal, a shot they were sent with {@code X} (only they get its
 * {@code Y}). Kept by the systems that send those packets; a player that leaves is taken off, so that a
 * new player under its sid is not taken for it.
 *
 * <p>It is a bit set itself rather than holding one: every object on the map has one, and a wrapper
 * would cost each of them 16 bytes more (BENCHMARKS.md section 9 measures the heap per building).
 * Callers use the methods below, which say what a bit means.
 */
public final class Receivers extends BitSet {

    /** Whether the player of {@code sid} was sent it and holds it. */
    public boolean has(int sid) {
        return get(sid);
    }

    /** The player of {@code sid} was sent it. */
    public void add(int sid) {
        set(sid);
    }

    /** The player of {@code sid} holds it no more. */
    public void remove(int sid) {
        clear(sid);
    }

    /** The first sid at or after {@code from} of a player that holds it, or -1. */
    public int next(int from) {
        return nextSetBit(from);
    }

    /** Adds these sids to {@code into}. */
    public void addTo(BitSet into) {
        into.or(this);
    }

    /** Nobody holds it any more. */
    @Override
    public void clear() {
        super.clear();
    }
}
