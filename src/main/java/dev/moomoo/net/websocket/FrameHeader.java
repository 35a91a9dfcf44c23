package dev.moomoo.net.websocket;

/**
 * One decoded frame header, exactly as it arrived: no rule has been checked yet.
 *
 * @param fin           the FIN bit
 * @param rsv           the three RSV bits as a number 0-7
 * @param opcode        the 4-bit opcode, known or not
 * @param masked        the MASK bit
 * @param length        the payload length; negative when a 64-bit length had its top bit set
 * @param lengthBytes   how the length was encoded: 0 (7-bit), 2 (16-bit) or 8 (64-bit)
 * @param maskKey       the masking key, big-endian, or 0 when not masked
 */
public record FrameHeader(boolean fin, int rsv, int opcode, boolean masked, long length, int lengthBytes, int maskKey) {
    /** Whether the length used more bytes than it needed, which RFC 6455 section 5.2 forbids. */
    public boolean lengthNotMinimal() {
        return (lengthBytes == 2 && length < 126) || (lengthBytes == 8 && length >= 0 && length <= 0xFFFF);
    }
}
