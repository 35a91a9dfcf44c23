package dev.moomoo.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A growable buffer that msgpack is written into, kept and reused by its owner, in this server's
 * number convention (src/site/protocol.md): integral numbers as the narrowest msgpack integer, other
 * numbers as float32 (float64 for values float32 cannot come near, or always, for a writer that
 * writes as the browser does). Written by hand, like its reader {@link MsgpackValues}: the server
 * encodes every packet it sends, and a general packer's buffers and copies were the largest part of
 * what a tick allocated.
 *
 * <p>Not thread-safe: one per thread (see {@link ServerCodec}).
 */
public final class MsgpackBuffer {
    private final boolean float32;
    private byte[] buf = new byte[256];
    private int pos;

    /** @param float32 write non-integral numbers as float32 (the server's choice: 5 bytes instead of 9) */
    public MsgpackBuffer(boolean float32) {
        this.float32 = float32;
    }

    /** The bytes written are {@code buffer()[0..length())}, valid until the next write. */
    public byte[] buffer() {
        return buf;
    }

    public int length() {
        return pos;
    }

    /** A copy of what was written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    public MsgpackBuffer reset() {
        pos = 0;
        return this;
    }

    /** Writes {@code [code, args]} from the start of the buffer. */
    public MsgpackBuffer message(String code, List<?> args) {
        start(code);
        value(args);
        return this;
    }

    /** Starts {@code [code, ...]} from the start of the buffer: the argument array is to follow. */
    void start(String code) {
        reset();
        arrayHeader(2);
        string(code);
    }

    /** Any of null, Boolean, Integer, Long, another Number, String, List or Map (string keys), nested. */
    public void value(Object v) {
        switch (v) {
            case null -> nil();
            case Boolean b -> bool(b);
            case Integer i -> integer(i);
            case Long l -> integer(l);
            case Number n -> number(n.doubleValue());
            case String s -> string(s);
            case List<?> list -> {
                arrayHeader(list.size());
                for (int i = 0, n = list.size(); i < n; i++) {
                    value(list.get(i));
                }
            }
            case Map<?, ?> map -> {
                mapHeader(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            }
            default -> throw new IllegalArgumentException("cannot encode " + v.getClass());
        }
    }

    void room(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    public void nil() {
        room(1);
        buf[pos++] = (byte) 0xC0;
    }

    public void bool(boolean b) {
        room(1);
        buf[pos++] = b ? (byte) 0xC3 : (byte) 0xC2;
    }

    public void arrayHeader(int n) {
        room(5);
        if (n < 16) {
            buf[pos++] = (byte) (0x90 | n);
        } else if (n < 65_536) {
            buf[pos++] = (byte) 0xDC;
            short16(n);
        } else {
            buf[pos++] = (byte) 0xDD;
            int32(n);
        }
    }

    public void mapHeader(int n) {
        room(5);
        if (n < 16) {
            buf[pos++] = (byte) (0x80 | n);
        } else if (n < 65_536) {
            buf[pos++] = (byte) 0xDE;
            short16(n);
        } else {
            buf[pos++] = (byte) 0xDF;
            int32(n);
        }
    }

    public void string(String s) {
        if (isAscii(s)) { // packet codes, names and most text: written without an intermediate array
            stringHeader(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        stringHeader(utf8.length);
        System.arraycopy(utf8, 0, buf, pos, utf8.length);
        pos += utf8.length;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The header of a string of {@code n} UTF-8 bytes, with room made for the bytes themselves. */
    private void stringHeader(int n) {
        room(5 + n);
        if (n < 32) {
            buf[pos++] = (byte) (0xA0 | n);
        } else if (n < 256) {
            buf[pos++] = (byte) 0xD9;
            buf[pos++] = (byte) n;
        } else if (n < 65_536) {
            buf[pos++] = (byte) 0xDA;
            short16(n);
        } else {
            buf[pos++] = (byte) 0xDB;
            int32(n);
        }
    }

    /** A string, or nil for null. */
    public void nullableString(String s) {
        if (s == null) {
            nil();
        } else {
            string(s);
        }
    }

    /** An integer, or nil for null. */
    public void nullableInteger(Integer v) {
        if (v == null) {
            nil();
        } else {
            integer(v);
        }
    }

    /** The narrowest of fixint, (u)int8/16/32/64. */
    public void integer(long v) {
        room(9);
        if (v < -(1L << 5)) {
            if (v < -(1L << 31)) {
                buf[pos++] = (byte) 0xD3;
                int64(v);
            } else if (v < -(1L << 15)) {
                buf[pos++] = (byte) 0xD2;
                int32((int) v);
            } else if (v < -(1L << 7)) {
                buf[pos++] = (byte) 0xD1;
                short16((int) v);
            } else {
                buf[pos++] = (byte) 0xD0;
                buf[pos++] = (byte) v;
            }
        } else if (v < (1L << 7)) {
            buf[pos++] = (byte) v;
        } else if (v < (1L << 8)) {
            buf[pos++] = (byte) 0xCC;
            buf[pos++] = (byte) v;
        } else if (v < (1L << 16)) {
            buf[pos++] = (byte) 0xCD;
            short16((int) v);
        } else if (v < (1L << 32)) {
            buf[pos++] = (byte) 0xCE;
            int32((int) v);
        } else {
            buf[pos++] = (byte) 0xCF;
            int64(v);
        }
    }

    /** Integral values as integers (but -0.0), the rest as float32 when this buffer writes float32 and it is near enough, else float64. */
    public void number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15 && !(d == 0 && 1 / d < 0)) {
            integer((long) d);
        } else if (float32 && ((float) d == d || Math.abs(d) < 1e7)) {
            room(5);
            buf[pos++] = (byte) 0xCA;
            int32(Float.floatToRawIntBits((float) d));
        } else {
            room(9);
            buf[pos++] = (byte) 0xCB;
            int64(Double.doubleToRawLongBits(d));
        }
    }

    private void short16(int v) {
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    private void int32(int v) {
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }
}
