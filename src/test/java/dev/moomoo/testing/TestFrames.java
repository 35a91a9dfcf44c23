package dev.moomoo.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds client frames byte by byte with every header field under the test's control: FIN, each RSV
 * bit, any opcode, the length in 7, 16 or 64 bits whether minimal or not, mask bit and key.
 */
public final class TestFrames {
    private boolean fin = true;
    private int rsv;
    private int opcode;
    private byte[] payload = new byte[0];
    private Integer forcedLengthBytes;
    private Long declaredLength;
    private boolean masked = true;
    private int maskKey = 0x37FA213D;

    private TestFrames(int opcode) {
        this.opcode = opcode;
    }

    public static TestFrames frame(int opcode) {
        return new TestFrames(opcode);
    }

    public TestFrames fin(boolean value) {
        fin = value;
        return this;
    }

    public TestFrames rsv(int bits) {
        rsv = bits;
        return this;
    }

    public TestFrames payload(byte[] bytes) {
        payload = bytes;
        return this;
    }

    public TestFrames payload(String text) {
        return payload(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Encode the length in 0 (7-bit), 2 or 8 extra bytes, minimal or not. */
    public TestFrames lengthBytes(int n) {
        forcedLengthBytes = n;
        return this;
    }

    /** Declare a length other than the payload's (the payload bytes still follow as given). */
    public TestFrames declaredLength(long length) {
        declaredLength = length;
        return this;
    }

    public TestFrames masked(boolean value) {
        masked = value;
        return this;
    }

    public TestFrames maskKey(int key) {
        maskKey = key;
        return this;
    }

    public boolean isFin() {
        return fin;
    }

    public int rsvBits() {
        return rsv;
    }

    public int opcodeValue() {
        return opcode;
    }

    public boolean isMasked() {
        return masked;
    }

    /** The payload as given, before masking. */
    public byte[] payloadBytes() {
        return payload.clone();
    }

    public byte[] bytes() {
        long length = declaredLength != null ? declaredLength : payload.length;
        int lengthBytes = forcedLengthBytes != null ? forcedLengthBytes : length < 126 ? 0 : length <= 0xFFFF ? 2 : 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | (rsv << 4) | opcode);
        int maskBit = masked ? 0x80 : 0;
        switch (lengthBytes) {
            case 0 -> out.write(maskBit | (int) length);
            case 2 -> {
                out.write(maskBit | 126);
                out.write((int) (length >> 8) & 0xFF);
                out.write((int) length & 0xFF);
            }
            default -> {
                out.write(maskBit | 127);
                for (int i = 7; i >= 0; i--) {
                    out.write((int) (length >>> (8 * i)) & 0xFF);
                }
            }
        }
        if (masked) {
            for (int i = 3; i >= 0; i--) {
                out.write((maskKey >>> (8 * i)) & 0xFF);
            }
        }
        for (int i = 0; i < payload.length; i++) {
            int k = masked ? (maskKey >>> (24 - 8 * (i & 3))) & 0xFF : 0;
            out.write((payload[i] ^ k) & 0xFF);
        }
        return out.toByteArray();
    }

    /** Several frames back to back. */
    public static byte[] concat(byte[]... frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            out.writeBytes(f);
        }
        return out.toByteArray();
    }
}
