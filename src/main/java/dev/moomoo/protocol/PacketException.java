package dev.moomoo.protocol;

import java.util.Locale;

/**
 * A message that is not a valid packet: the message is one line naming what was wrong; the reason
 * and, once known, the packet's code say where it went wrong, for counting refusals.
 */
public final class PacketException extends Exception {
    /** What kind of wrong, coarse enough to count. */
    public enum Reason {
        /** Not msgpack, bytes after it, or beyond the size and depth limits. */
        MALFORMED,
        /** Valid msgpack, but not a {@code [code, [args...]]} pair. */
        NOT_A_PACKET,
        /** A code the table does not have. */
        UNKNOWN_CODE,
        /** Too few or too many arguments for the code. */
        ARITY,
        /** An argument of the wrong type or out of range. */
        ARGUMENT;

        /** The lower-case name, as a metric label. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String code;

    public PacketException(String message) {
        this(Reason.MALFORMED, message);
    }

    public PacketException(Reason reason, String message) {
        this(reason, message, null);
    }

    private PacketException(Reason reason, String message, String code) {
        super(message, null, false, false);
        this.reason = reason;
        this.code = code;
    }

    public Reason reason() {
        return reason;
    }

    /** The packet code the message carried, or null when it had none or an unknown one. */
    public String code() {
        return code;
    }

    /** The same refusal, known to be about a packet with {@code code}. */
    PacketException forCode(String code) {
        return new PacketException(reason, getMessage(), code);
    }
}
