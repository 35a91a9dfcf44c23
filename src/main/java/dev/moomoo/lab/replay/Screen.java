package dev.moomoo.lab.replay;

/** Where a show's messages go: a spectator's connection. */
public interface Screen {
    /**
     * Shows one message (a payload as the recorded profile writes it, before any keyed sealing); waits
     * while the spectator's queue is full. False when the spectator is gone.
     */
    boolean show(byte[] message) throws InterruptedException;

    /**
     * Tells the spectator where the show is, after what it has shown so far (a client that has no place
     * for server lines is told nothing).
     */
    default void tell(String line) {
    }

    /**
     * Whether the spectator's client draws every kind, hat and variant the game has (the own client, and the
     * v1.9 page); false for the v1.8 client, which a replay re-encoded for it sends stand-ins.
     */
    default boolean drawsAll() {
        return false;
    }
}
