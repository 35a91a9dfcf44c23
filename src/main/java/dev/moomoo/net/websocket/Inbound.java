package dev.moomoo.net.websocket;

/** What {@link MessageAssembler} hands up: a whole data message, or one control frame. */
public sealed interface Inbound {
    record Text(String text) implements Inbound {
    }

    record Binary(byte[] data) implements Inbound {
    }

    record Ping(byte[] payload) implements Inbound {
    }

    record Pong(byte[] payload) implements Inbound {
    }

    /** A Close frame; {@code code} is {@link CloseCode#NO_STATUS} when the frame had no payload. */
    record Close(int code, String reason) implements Inbound {
    }
}
