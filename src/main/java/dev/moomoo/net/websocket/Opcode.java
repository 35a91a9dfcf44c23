package dev.moomoo.net.websocket;

/** The frame opcodes of RFC 6455 section 5.2 that this server understands. */
public final class Opcode {
    public static final int CONTINUATION = 0x0;
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;

    private Opcode() {
    }

    /** Control frames have the high bit of the opcode set (RFC 6455 section 5.5). */
    public static boolean isControl(int opcode) {
        return (opcode & 0x8) != 0;
    }

    /** Opcodes 3-7 and 0xB-0xF are reserved: receiving one fails the connection. */
    public static boolean isKnown(int opcode) {
        return opcode <= BINARY || (opcode >= CLOSE && opcode <= PONG);
    }
}
