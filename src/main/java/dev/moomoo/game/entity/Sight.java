package dev.moomoo.game.entity;

import java.util.BitSet;

/**
 * What a player's client was sent of the world: the players it has in view ({@code D} sent, no {@code E}
 * since), the objects it holds ({@code H} sent, not removed since), and where it stood at its last full
 * scan for objects. Kept by the systems that send those packets.
 */
public final class Sight {
    private final BitSet players = new BitSet();
    private final BitSet objects = new BitSet();
    /** Where it stood at its last full scan for objects to send (NaN: never scanned). */
    private double scanX = Double.NaN;
    private double scanY = Double.NaN;

    public boolean hasPlayer(int sid) {
        return players.get(sid);
    }

    public void addPlayer(int sid) {
        players.set(sid);
    }

    /** Takes a player out of view; returns whether it was in. */
    public boolean removePlayer(int sid) {
        if (!players.get(sid)) {
            return false;
        }
        players.clear(sid);
        return true;
    }

    /** The first sid at or after {@code from} of a player in view, or -1. */
    public int nextPlayer(int from) {
        return players.nextSetBit(from);
    }

    public boolean hasObject(int sid) {
        return objects.get(sid);
    }

    public void addObject(int sid) {
        objects.set(sid);
    }

    public void removeObject(int sid) {
        objects.clear(sid);
    }

    /** The first sid at or after {@code from} of an object it holds, or -1. */
    public int nextObject(int from) {
        return objects.nextSetBit(from);
    }

    /** It holds no object any more (it left the world). */
    public void forgetObjects() {
        objects.clear();
    }

    /** One past the highest object sid it holds: how far its set of objects reaches. */
    public int objectsBound() {
        return objects.length();
    }

    /** Whether a full scan for objects is due at ({@code x}, {@code y}): never scanned, or moved more than {@code within} on an axis since. */
    public boolean scanDue(double x, double y, double within) {
        return Double.isNaN(scanX) || Math.abs(x - scanX) > within || Math.abs(y - scanY) > within;
    }

    public void scannedAt(double x, double y) {
        scanX = x;
        scanY = y;
    }

    /** The next scan is a full one (it may now be sent what it could not be before). */
    public void rescan() {
        scanX = Double.NaN;
    }

    /** A new life: only itself in view, and a full scan for objects. */
    void newLife(int ownSid) {
        players.clear();
        players.set(ownSid);
        rescan();
    }

    void forgetPlayers() {
        players.clear();
    }
}
