package dev.moomoo.net.session;

import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Opcode;

import java.nio.charset.StandardCharsets;

/** Sends every message back as it came: the peer that conformance suites talk to. Off by default. */
public final class EchoEndpoint implements Endpoint {
    @Override
    public void onBinary(Connection connection, byte[] data) {
        reply(connection, Frames.encode(Opcode.BINARY, data, 0, data.length));
    }

    @Override
    public void onText(Connection connection, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        reply(connection, Frames.encode(Opcode.TEXT, bytes, 0, bytes.length));
    }

    private static void reply(Connection connection, byte[] frame) {
        if (connection.send(frame) == Outbox.Offer.FULL) {
            connection.close(DropReason.ECHO_NOT_READ, CloseCode.POLICY_VIOLATION, "client does not read its echoes");
        }
    }
}
