package dev.moomoo.net.websocket;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Enforces the rules of RFC 6455 over the frames that {@link FrameReader} decodes, and assembles
 * fragments into messages. Every violation is a {@link WebSocketException} with the close code the
 * RFC asks for. Sizes are checked before anything is allocated for a payload.
 */
public final class MessageAssembler {
    private static final byte[] EMPTY = new byte[0];

    private final FrameReader reader;
    private final int maxFramePayload;
    private final int maxMessageSize;

    /** The opcode of the fragmented message in progress, or -1 when none is. */
    private int messageOpcode = -1;
    private byte[] message = EMPTY;
    private int messageLength;
    private Utf8Validator utf8;

    public MessageAssembler(FrameReader reader, int maxFramePayload, int maxMessageSize) {
        this.reader = reader;
        this.maxFramePayload = maxFramePayload;
        this.maxMessageSize = maxMessageSize;
    }

    /**
     * Reads frames until a whole data message or a control frame is complete.
     *
     * @throws EOFException when the peer closes TCP (before or inside a frame)
     */
    public Inbound next() throws IOException, WebSocketException {
        while (true) {
            FrameHeader h = reader.readHeader();
            if (h == null) {
                throw new EOFException("peer closed the connection without a Close frame");
            }
            try {
                checkHeader(h);
            } catch (WebSocketException e) {
                throw h.opcode() == Opcode.CLOSE ? e.inPeerClose() : e;
            }
            if (Opcode.isControl(h.opcode())) {
                return readControl(h);
            }
            Inbound message = readData(h);
            if (message != null) {
                return message;
            }
        }
    }

    private void checkHeader(FrameHeader h) throws WebSocketException {
        // 5.1: "The server MUST close the connection upon receiving a frame that is not masked."
        if (!h.masked()) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "client frame not masked");
        }
        // 5.2: RSV bits "MUST be 0 unless an extension is negotiated"; none is.
        if (h.rsv() != 0) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "reserved bits set without an extension");
        }
        if (!Opcode.isKnown(h.opcode())) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "reserved opcode " + h.opcode());
        }
        // 5.2: "the most significant bit MUST be 0" and "the minimal number of bytes MUST be used".
        if (h.length() < 0) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "negative 64-bit payload length");
        }
        if (h.lengthNotMinimal()) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "payload length not minimally encoded");
        }
        if (Opcode.isControl(h.opcode())) {
            // 5.5: "All control frames MUST have a payload length of 125 bytes or less and MUST NOT be fragmented."
            if (!h.fin()) {
                throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "fragmented control frame");
            }
            if (h.length() > 125) {
                throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "control frame payload over 125 bytes");
            }
            return;
        }
        if (h.opcode() == Opcode.CONTINUATION && messageOpcode < 0) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "continuation frame without a message to continue");
        }
        if (h.opcode() != Opcode.CONTINUATION && messageOpcode >= 0) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "new data frame while a fragmented message is unfinished");
        }
        if (h.length() > maxFramePayload) {
            throw new WebSocketException(CloseCode.MESSAGE_TOO_BIG, "frame of " + h.length() + " bytes over the limit of " + maxFramePayload);
        }
        if (messageLength + h.length() > maxMessageSize) {
            throw new WebSocketException(CloseCode.MESSAGE_TOO_BIG, "message over the limit of " + maxMessageSize + " bytes");
        }
    }

    private Inbound readControl(FrameHeader h) throws IOException, WebSocketException {
        byte[] payload = h.length() == 0 ? EMPTY : new byte[(int) h.length()];
        readFully(payload, 0, payload.length, null);
        return switch (h.opcode()) {
            case Opcode.PING -> new Inbound.Ping(payload);
            case Opcode.PONG -> new Inbound.Pong(payload);
            default -> {
                try {
                    yield parseClose(payload);
                } catch (WebSocketException e) {
                    throw e.inPeerClose();
                }
            }
        };
    }

    private static Inbound.Close parseClose(byte[] payload) throws WebSocketException {
        if (payload.length == 0) {
            return new Inbound.Close(CloseCode.NO_STATUS, "");
        }
        if (payload.length == 1) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "close payload of one byte");
        }
        int code = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
        if (!CloseCode.isValidOnWire(code)) {
            throw new WebSocketException(CloseCode.PROTOCOL_ERROR, "invalid close code " + code);
        }
        if (!Utf8Validator.isValid(payload, 2, payload.length)) {
            throw new WebSocketException(CloseCode.INVALID_PAYLOAD, "close reason is not valid UTF-8");
        }
        return new Inbound.Close(code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8));
    }

    /** Reads one data frame; returns the message when it was the last fragment, else null. */
    private Inbound readData(FrameHeader h) throws IOException, WebSocketException {
        int length = (int) h.length();
        if (h.opcode() != Opcode.CONTINUATION) {
            messageOpcode = h.opcode();
            if (messageOpcode == Opcode.TEXT) {
                utf8 = utf8 == null ? new Utf8Validator() : utf8;
                utf8.reset();
            }
        }
        boolean text = messageOpcode == Opcode.TEXT;
        if (h.fin() && messageLength == 0) {
            // The common case, a message in one frame: read it straight into an array of its size.
            byte[] data = length == 0 ? EMPTY : new byte[length];
            readFully(data, 0, length, text ? utf8 : null);
            return finish(data, length);
        }
        ensureCapacity(messageLength + length);
        readFully(message, messageLength, length, text ? utf8 : null);
        messageLength += length;
        if (!h.fin()) {
            return null;
        }
        byte[] data = Arrays.copyOf(message, messageLength);
        message = EMPTY;
        messageLength = 0;
        return finish(data, data.length);
    }

    private Inbound finish(byte[] data, int length) throws WebSocketException {
        int opcode = messageOpcode;
        messageOpcode = -1;
        if (opcode == Opcode.BINARY) {
            return new Inbound.Binary(data);
        }
        if (!utf8.isComplete()) {
            throw new WebSocketException(CloseCode.INVALID_PAYLOAD, "text message ends inside a UTF-8 sequence");
        }
        return new Inbound.Text(new String(data, 0, length, StandardCharsets.UTF_8));
    }

    private void ensureCapacity(int needed) {
        if (needed > message.length) {
            int grown = (int) Math.min(maxMessageSize, Math.max(needed, Math.max(256L, message.length * 2L)));
            message = Arrays.copyOf(message, grown);
        }
    }

    /** Reads a payload piece by piece, checking text as each piece arrives so bad UTF-8 fails fast. */
    private void readFully(byte[] dst, int off, int len, Utf8Validator validator) throws IOException, WebSocketException {
        int end = off + len;
        while (off < end) {
            int n = reader.readPayload(dst, off, end - off);
            if (validator != null && validator.feed(dst, off, off + n) >= 0) {
                throw new WebSocketException(CloseCode.INVALID_PAYLOAD, "text is not valid UTF-8");
            }
            off += n;
        }
    }
}
