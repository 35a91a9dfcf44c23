package dev.moomoo.gateway;

import java.nio.charset.StandardCharsets;

/**
 * The packet code of an encoded server message without decoding it: the string that opens its msgpack
 * array ({@code [code, args]}, or {@code [name, args]} before a keyed connection seals it). For the
 * packet lab's OUT frames, which the writer sees as bytes only.
 */
final class MessageCode {
    private MessageCode() {
    }

    /** The code, or null when {@code message} does not open with an array whose first element is a string. */
    static String of(byte[] message) {
        if (message.length < 2) {
            return null;
        }
        int head = message[0] & 0xFF;
        int at = switch (head) {
            case 0xDC -> 3; // array 16
            case 0xDD -> 5; // array 32
            default -> (head & 0xF0) == 0x90 ? 1 : -1; // fixarray
        };
        if (at < 0 || at >= message.length) {
            return null;
        }
        int str = message[at] & 0xFF;
        int length;
        int from;
        if ((str & 0xE0) == 0xA0) { // fixstr
            length = str & 0x1F;
            from = at + 1;
        } else if (str == 0xD9 && at + 1 < message.length) { // str 8
            length = message[at + 1] & 0xFF;
            from = at + 2;
        } else {
            return null;
        }
        return from + length <= message.length ? new String(message, from, length, StandardCharsets.UTF_8) : null;
    }
}
