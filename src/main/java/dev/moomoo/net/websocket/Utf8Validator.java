package dev.moomoo.net.websocket;

/**
 * Checks UTF-8 (RFC 3629) one byte at a time, keeping its state between calls, so that a text
 * message split over frames and reads fails at the first byte that cannot start or continue a
 * well-formed sequence: overlong forms, surrogates and code points above U+10FFFF included.
 */
public final class Utf8Validator {
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    /** Feeds bytes {@code [from, to)}; returns the index of the first invalid byte, or -1. */
    public int feed(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (pending == 0) {
                if (b < 0x80) {
                    continue;
                }
                if (!startSequence(b)) {
                    return i;
                }
            } else {
                if (b < low || b > high) {
                    return i;
                }
                low = 0x80;
                high = 0xBF;
                pending--;
            }
        }
        return -1;
    }

    /** Whether the bytes so far end on a character boundary. */
    public boolean isComplete() {
        return pending == 0;
    }

    public void reset() {
        pending = 0;
        low = 0x80;
        high = 0xBF;
    }

    private boolean startSequence(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            if (b == 0xE0) {
                low = 0xA0; // no overlong three-byte forms
            } else if (b == 0xED) {
                high = 0x9F; // no UTF-16 surrogates
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            if (b == 0xF0) {
                low = 0x90; // no overlong four-byte forms
            } else if (b == 0xF4) {
                high = 0x8F; // nothing above U+10FFFF
            }
        } else {
            return false;
        }
        return true;
    }

    /** Whether all of {@code bytes} is well-formed UTF-8. */
    public static boolean isValid(byte[] bytes, int from, int to) {
        Utf8Validator v = new Utf8Validator();
        return v.feed(bytes, from, to) < 0 && v.isComplete();
    }
}
