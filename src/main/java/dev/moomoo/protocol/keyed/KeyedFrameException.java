package dev.moomoo.protocol.keyed;

import dev.moomoo.net.websocket.CloseCode;

import java.util.Locale;

/**
 * A client frame the keyed protocol refuses (src/site/keyed-protocol.md, "Refusals"). Its message is
 * one line naming what was wrong, never a key or a mask seed. The connection is closed with
 * {@link Reason#closeCode()}, and the channel's state is as it was before the frame.
 */
public final class KeyedFrameException extends Exception {
    /** What kind of wrong: each one counted apart, all closing the connection. */
    public enum Reason {
        /** The tag is not the HMAC of the body: a frame from someone without this connection's key, or altered. */
        BAD_TAG,
        /** The sequence number is not one more than the last accepted: replayed, reordered or skipped. */
        SEQUENCE,
        /** A packet number this connection's table does not use (a name the client does not send, in the plain mode). */
        UNKNOWN_PACKET,
        /** Too short for a tag and a body, not msgpack, or not an {@code [id, args, seq]} array. */
        MALFORMED;

        /** The close code: the client shows "Could not verify the connection" for every one of them. */
        public int closeCode() {
            return switch (this) {
                case BAD_TAG, SEQUENCE, UNKNOWN_PACKET, MALFORMED -> CloseCode.INVALID_CONNECTION;
            };
        }

        /** The lower-case name, as a metric label. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    KeyedFrameException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The close code the connection gets. */
    public int closeCode() {
        return reason.closeCode();
    }
}
