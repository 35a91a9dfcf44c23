package dev.moomoo.net.websocket;

import java.nio.charset.StandardCharsets;

/**
 * Encodes server frames (never masked, always FIN) into one array holding header and payload, so a
 * frame is written with a single call and the same bytes can be sent to many connections.
 */
public final class Frames {
    private Frames() {
    }

    public static byte[] binary(byte[] payload) {
        return encode(Opcode.BINARY, payload, 0, payload.length);
    }

    public static byte[] ping(byte[] payload) {
        return encode(Opcode.PING, payload, 0, payload.length);
    }

    public static byte[] pong(byte[] payload) {
        return encode(Opcode.PONG, payload, 0, payload.length);
    }

    /**
     * A Close frame. {@link CloseCode#NO_STATUS} gives an empty payload; the reason is cut so that
     * the payload stays within the 125 bytes a control frame may carry, without splitting a character.
     */
    public static byte[] close(int code, String reason) {
        if (code == CloseCode.NO_STATUS) {
            return encode(Opcode.CLOSE, new byte[0], 0, 0);
        }
        byte[] text = reason == null ? new byte[0] : reason.getBytes(StandardCharsets.UTF_8);
        int textLength = Math.min(text.length, 123);
        while (textLength > 0 && textLength < text.length && (text[textLength] & 0xC0) == 0x80) {
            textLength--;
        }
        byte[] payload = new byte[2 + textLength];
        payload[0] = (byte) (code >> 8);
        payload[1] = (byte) code;
        System.arraycopy(text, 0, payload, 2, textLength);
        return encode(Opcode.CLOSE, payload, 0, payload.length);
    }

    /** Header and payload of one unmasked final frame. */
    public static byte[] encode(int opcode, byte[] payload, int off, int len) {
        byte[] frame = new byte[headerLength(len) + len];
        int headerLength = writeHeader(frame, opcode, len);
        System.arraycopy(payload, off, frame, headerLength, len);
        return frame;
    }

    /** The opcode of an encoded frame: the low four bits of its first byte (RFC 6455 section 5.2). */
    public static int opcode(byte[] frame) {
        return frame[0] & 0x0F;
    }

    /** Bytes of the header of an unmasked frame with a {@code len}-byte payload: 2, 4 or 10. */
    public static int headerLength(int len) {
        return len < 126 ? 2 : len <= 0xFFFF ? 4 : 10;
    }

    /** Bytes of the header of the unmasked frame encoded at {@code frame[offset..]} (as this class writes it): 2, 4 or 10. */
    public static int headerLength(byte[] frame, int offset) {
        int len7 = frame[offset + 1] & 0x7F;
        return len7 < 126 ? 2 : len7 == 126 ? 4 : 10;
    }

    /** Writes the header of an unmasked final frame at the start of {@code dst}; returns its length. */
    public static int writeHeader(byte[] dst, int opcode, int len) {
        return writeHeader(dst, 0, opcode, len);
    }

    /** Writes the header of an unmasked final frame at {@code dst[at..]}; returns its length. */
    public static int writeHeader(byte[] dst, int at, int opcode, int len) {
        dst[at] = (byte) (0x80 | opcode);
        if (len < 126) {
            dst[at + 1] = (byte) len;
            return 2;
        }
        if (len <= 0xFFFF) {
            dst[at + 1] = 126;
            dst[at + 2] = (byte) (len >> 8);
            dst[at + 3] = (byte) len;
            return 4;
        }
        dst[at + 1] = 127;
        long l = len;
        for (int i = 0; i < 8; i++) {
            dst[at + 2 + i] = (byte) (l >>> (56 - 8 * i));
        }
        return 10;
    }
}
