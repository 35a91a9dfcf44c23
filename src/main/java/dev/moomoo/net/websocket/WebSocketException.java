package dev.moomoo.net.websocket;

/**
 * A violation that fails the WebSocket connection (RFC 6455 section 7.1.7). It carries the close
 * code to send; {@code Connection#fail} is the one place that turns it into a Close frame.
 */
public final class WebSocketException extends Exception {
    private final int closeCode;

    public WebSocketException(int closeCode, String reason) {
        super(reason, null, false, false);
        this.closeCode = closeCode;
    }

    public int closeCode() {
        return closeCode;
    }

    /** The reason sent in the Close frame: the message, which is short plain ASCII by construction. */
    public String reason() {
        return getMessage();
    }
}
