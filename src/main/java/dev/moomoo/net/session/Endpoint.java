package dev.moomoo.net.session;

import dev.moomoo.net.websocket.CloseCode;

/**
 * What a WebSocket path does with its connections. Called on the connection's reader thread; a
 * callback must not block for long, because the next frame is not read until it returns.
 */
public interface Endpoint {
    /**
     * The connection is open; frames may be sent. {@code requestTarget} is the path and query the
     * client upgraded on (it is not kept after this call).
     */
    default void onOpen(Connection connection, String requestTarget) {
    }

    void onBinary(Connection connection, byte[] data);

    /**
     * Whether an upgrade whose Origin is not allowed is accepted all the same, for this endpoint to
     * refuse after the upgrade with a close code of its own ({@link Connection#originAllowed()}): a page
     * learns a socket's close code, never the HTTP status of a refused upgrade. By default such an
     * upgrade is refused with 403.
     */
    default boolean refusesForeignOriginItself() {
        return false;
    }

    /** By default text is refused with 1003, as a binary-only protocol should. */
    default void onText(Connection connection, String text) {
        connection.close(DropReason.TEXT_FRAME, CloseCode.UNSUPPORTED_DATA, "text frames are not accepted here");
    }

    /** Called exactly once, after the socket is closed. {@code code} is 1006 if no Close was exchanged. */
    default void onClose(Connection connection, int code) {
    }
}
