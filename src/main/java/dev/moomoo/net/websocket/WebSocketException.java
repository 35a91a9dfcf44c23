package dev.moomoo.net.websocket;

/**
 * A violation that fails the WebSocket connection (RFC 6455 section 7.1.7). It carries the close
 * code to send; {@code Connection#fail} is the one place that turns it into a Close frame.
 */
public final class WebSocketException extends Exception {
    private final int closeCode;
    private final boolean inPeerClose;

    public WebSocketException(int closeCode, String reason) {
        this(closeCode, reason, false);
    }

    private WebSocketException(int closeCode, String reason, boolean inPeerClose) {
        super(reason, null, false, false);
        this.closeCode = closeCode;
        this.inPeerClose = inPeerClose;
    }

    /** The same violation, found in the peer's Close frame. */
    public WebSocketException inPeerClose() {
        return new WebSocketException(closeCode, getMessage(), true);
    }

    /**
     * Whether the violation was in a Close frame of the peer's: the peer has closed its side, so once
     * our Close has gone out the closing handshake is complete (RFC 6455 5.5.1, 7.1.1) and TCP can be
     * closed at once, with no wait for a Close the peer has already sent.
     */
    public boolean isInPeerClose() {
        return inPeerClose;
    }

    public int closeCode() {
        return closeCode;
    }

    /** The reason sent in the Close frame: the message, which is short plain ASCII by construction. */
    public String reason() {
        return getMessage();
    }
}
