package dev.moomoo.net.session;

/**
 * Where a connection's bytes are told to whoever watches them (the packet lab: the gateway implements
 * it with the connection's world and player). Each call hands over arrays of the caller's own making,
 * which the tap keeps; callers (but that of {@link #closed}) ask {@link #isOn()} first and make nothing while it is false, so an
 * unwatched connection pays one volatile read per message. Called on the connection's reader and writer,
 * and on whichever thread offers to its outbox; an implementation must never block.
 */
public interface ConnectionTap {
    /** The tap of a connection nobody watches. */
    ConnectionTap NONE = new ConnectionTap() {
        @Override
        public boolean isOn() {
            return false;
        }

        @Override
        public void written(byte[] wire, byte[] plain) {
        }

        @Override
        public void replaced(byte[] plain) {
        }

        @Override
        public void ignored(byte[] wire, String reason) {
        }

        @Override
        public void closed(int code, String reason) {
        }
    };

    /** Whether anything watches: the one check made before the bytes are copied. */
    boolean isOn();

    /**
     * The writer is writing one data message now: its payload as it goes on the wire, and as it was
     * before the connection's {@link FrameSealer} sealed it (the same array when it was not sealed).
     */
    void written(byte[] wire, byte[] plain);

    /** The per-tick update {@code plain} (a payload, never sealed) was replaced by a newer one before the writer took it: it is never sent. */
    void replaced(byte[] plain);

    /** A message the reader completed but did not hand to the endpoint (it came after the server's Close), and why. */
    void ignored(byte[] wire, String reason);

    /**
     * The connection ended: the close code it ended with (1006 without a Close frame) and the Close
     * frame's text. Called once for every connection, watched or not (it copies nothing), so that the
     * tap can let go of what it kept about the connection.
     */
    void closed(int code, String reason);
}
