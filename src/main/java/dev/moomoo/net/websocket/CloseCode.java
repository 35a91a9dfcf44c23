package dev.moomoo.net.websocket;

/** Close status codes (RFC 6455 section 7.4) and the rule for which of them a peer may send. */
public final class CloseCode {
    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int PROTOCOL_ERROR = 1002;
    public static final int UNSUPPORTED_DATA = 1003;
    /** Reserved: "no status code was present". Never sent on the wire. */
    public static final int NO_STATUS = 1005;
    /** Reserved: "closed abnormally". Never sent on the wire. */
    public static final int ABNORMAL = 1006;
    public static final int INVALID_PAYLOAD = 1007;
    public static final int POLICY_VIOLATION = 1008;
    public static final int MESSAGE_TOO_BIG = 1009;
    public static final int INTERNAL_ERROR = 1011;
    /** The MooMoo.io client shows "Invalid Connection" for this application code (v1.9: "Could not verify the connection"). */
    public static final int INVALID_CONNECTION = 4001;
    /** The v1.9 client shows "Game updated - please reload": its page's build module is not the server's. */
    public static final int GAME_UPDATED = 4002;
    /** The v1.9 client shows "Please play at moomoo.io": its page's Origin is not allowed. */
    public static final int FOREIGN_ORIGIN = 4004;

    private CloseCode() {
    }

    /**
     * Whether a peer may put {@code code} in a Close frame: the codes defined by RFC 6455 and the
     * IANA registry (1000-1003, 1007-1014) plus the ranges for libraries and applications (3000-4999).
     * 1004, 1005, 1006 and 1015 are reserved and must never appear on the wire.
     */
    public static boolean isValidOnWire(int code) {
        return (code >= 1000 && code <= 1003)
                || (code >= 1007 && code <= 1014)
                || (code >= 3000 && code <= 4999);
    }
}
