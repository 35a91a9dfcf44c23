package dev.moomoo.lab;

import dev.moomoo.protocol.Json;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A msgpack message written as one line of JSON, keeping what the bytes say about each number: an
 * integer as an integer, a float always with a point or an exponent ({@code 7.0}, never {@code 7}),
 * and a float32 as the float it is ({@code 1.57}, not its double widening {@code 1.5700000524520874}).
 * NaN and the infinities, which JSON lacks, become the strings {@code "NaN"}, {@code "Infinity"}.
 * For the text trace and the lab's other readers of raw frames; the codec's shapes are not needed.
 */
public final class MsgpackJson {
    private static final int MAX_DEPTH = 64;

    private final byte[] bytes;
    private final StringBuilder out = new StringBuilder(64);
    private int at;

    private MsgpackJson(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The whole value {@code message} holds, as JSON; throws IllegalArgumentException when it is not one msgpack value. */
    public static String of(byte[] message) {
        MsgpackJson m = new MsgpackJson(message);
        m.value(0);
        m.end();
        return m.out.toString();
    }

    /**
     * Element {@code index} of the array {@code message} holds (the arguments of {@code [code, args]},
     * {@code [name, args]} and {@code [id, args, seq]} are element 1), as JSON; throws
     * IllegalArgumentException when the message is not such an array.
     */
    public static String element(byte[] message, int index) {
        MsgpackJson m = new MsgpackJson(message);
        int n = m.arrayHeader();
        if (index >= n) {
            throw new IllegalArgumentException("an array of " + n + " has no element " + index);
        }
        for (int i = 0; i < index; i++) {
            m.value(0);
        }
        m.out.setLength(0);
        m.value(0);
        return m.out.toString();
    }

    private void end() {
        if (at != bytes.length) {
            throw new IllegalArgumentException((bytes.length - at) + " byte(s) after the value");
        }
    }

    private int arrayHeader() {
        int b = u8();
        if ((b & 0xF0) == 0x90) {
            return b & 0x0F;
        }
        return switch (b) {
            case 0xDC -> (int) unsigned(2);
            case 0xDD -> (int) unsigned(4);
            default -> throw new IllegalArgumentException("not an array");
        };
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH);
        }
        int b = u8();
        if (b <= 0x7F) {
            out.append(b);
        } else if (b >= 0xE0) {
            out.append((byte) b);
        } else if ((b & 0xE0) == 0xA0) {
            string(b & 0x1F);
        } else if ((b & 0xF0) == 0x90) {
            array(b & 0x0F, depth);
        } else if ((b & 0xF0) == 0x80) {
            map(b & 0x0F, depth);
        } else {
            tagged(b, depth);
        }
    }

    private void tagged(int b, int depth) {
        switch (b) {
            case 0xC0 -> out.append("null");
            case 0xC2 -> out.append("false");
            case 0xC3 -> out.append("true");
            case 0xC4, 0xC5, 0xC6 -> binary((int) unsigned(1 << (b - 0xC4)));
            case 0xCA -> floating(Float.intBitsToFloat((int) unsigned(4)), true);
            case 0xCB -> floating(Double.longBitsToDouble(unsigned(8)), false);
            case 0xCC, 0xCD, 0xCE -> out.append(unsigned(1 << (b - 0xCC)));
            case 0xCF -> out.append(Long.toUnsignedString(unsigned(8)));
            case 0xD0 -> out.append((byte) unsigned(1));
            case 0xD1 -> out.append((short) unsigned(2));
            case 0xD2 -> out.append((int) unsigned(4));
            case 0xD3 -> out.append(unsigned(8));
            case 0xD9, 0xDA, 0xDB -> string((int) unsigned(1 << (b - 0xD9)));
            case 0xDC, 0xDD -> array((int) unsigned(b == 0xDC ? 2 : 4), depth);
            case 0xDE, 0xDF -> map((int) unsigned(b == 0xDE ? 2 : 4), depth);
            default -> throw new IllegalArgumentException(String.format("type byte 0x%02x is not read here (an extension, or never used)", b));
        }
    }

    private void floating(double v, boolean float32) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            out.append(Json.write(Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity"));
        } else {
            out.append(float32 ? Float.toString((float) v) : Double.toString(v));
        }
    }

    private void string(int n) {
        out.append(Json.write(new String(bytes, at, need(n), StandardCharsets.UTF_8)));
        at += n;
    }

    /** Binary data, which JSON lacks: as a string of its hex digits. */
    private void binary(int n) {
        out.append('"').append(HexFormat.of().formatHex(bytes, at, at + need(n))).append('"');
        at += n;
    }

    private void array(int n, int depth) {
        out.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            value(depth + 1);
        }
        out.append(']');
    }

    /** A map: JSON keys are strings, so a key of another type is written as the string of its JSON. */
    private void map(int n, int depth) {
        out.append('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            int keyAt = out.length();
            value(depth + 1);
            if (out.charAt(keyAt) != '"') {
                String key = out.substring(keyAt);
                out.setLength(keyAt);
                out.append(Json.write(key));
            }
            out.append(':');
            value(depth + 1);
        }
        out.append('}');
    }

    private int u8() {
        need(1);
        return bytes[at++] & 0xFF;
    }

    private long unsigned(int n) {
        need(n);
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (bytes[at++] & 0xFF);
        }
        return v;
    }

    /** Checks that {@code n} more bytes are there; returns {@code n}. */
    private int need(int n) {
        if (n < 0 || at + n > bytes.length) {
            throw new IllegalArgumentException("ends early: " + n + " byte(s) wanted at " + at + " of " + bytes.length);
        }
        return n;
    }
}
