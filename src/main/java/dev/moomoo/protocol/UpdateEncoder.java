package dev.moomoo.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the per-tick {@code a} update as msgpack into one buffer that it keeps and reuses, in exactly
 * the forms {@link MsgpackWriter} chooses (narrowest integers, float32 for the rest). The update is the
 * hottest encoding there is (every viewer, every tick), so it gets no packer, no boxing and no
 * intermediate array: the caller copies the bytes once, into the outbox of the connection (whose
 * buffer for the update is reused too) or into a frame.
 *
 * <p>Not thread-safe: {@link ServerCodec} keeps one per thread.
 */
public final class UpdateEncoder {
    private byte[] buf = new byte[1024];
    private int pos;

    /**
     * Encodes {@code [code, [[13 values per player...]]]}: the handler takes one argument, the flat list.
     * The bytes are {@code buffer()[0, length())}.
     */
    void encode(String code, List<ServerPacket.PlayerState> players) {
        pos = 0;
        arrayHeader(2);
        string(code);
        arrayHeader(1);
        arrayHeader(players.size() * 13);
        for (int i = 0; i < players.size(); i++) {
            ServerPacket.PlayerState s = players.get(i);
            integer(s.sid());
            number(s.x());
            number(s.y());
            number(s.dir());
            integer(s.buildIndex());
            integer(s.weaponIndex());
            integer(s.weaponVariant());
            if (s.team() == null) {
                room(1);
                buf[pos++] = (byte) 0xC0;
            } else {
                string(s.team());
            }
            room(1);
            buf[pos++] = s.isLeader() ? (byte) 0xC3 : (byte) 0xC2;
            integer(s.skinIndex());
            integer(s.tailIndex());
            integer(s.iconIndex());
            integer(s.zIndex());
        }
    }

    /** The encoded bytes are {@code buffer()[0..length())}, valid until this encoder's next use. */
    public byte[] buffer() {
        return buf;
    }

    public int length() {
        return pos;
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    private void arrayHeader(int n) {
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

    private void string(String s) {
        if (isAscii(s)) { // the packet code and most team names: written without an intermediate array
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

    /** As msgpack-core's packLong: the narrowest of fixint, (u)int8/16/32/64. */
    private void integer(long v) {
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

    /** As {@link MsgpackWriter}: integral values as integers, the rest as float32 (float64 only when large). */
    private void number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15 && !(d == 0 && 1 / d < 0)) {
            integer((long) d);
        } else if ((float) d == d || Math.abs(d) < 1e7) {
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
