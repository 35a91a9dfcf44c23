package dev.moomoo.net.websocket;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes frames from a blocking stream. It checks no protocol rule: that is {@link MessageAssembler}'s
 * job. It holds only a 12-byte scratch array so that an idle connection stays cheap, and reads the
 * payload in the pieces the stream delivers so that the caller can validate bytes as they arrive.
 */
public final class FrameReader {
    private final InputStream in;
    private final byte[] scratch = new byte[12];
    private int maskKey;
    private long remaining;
    private long position;

    public FrameReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the next header, or returns null when the stream ends cleanly before its first byte.
     * The payload of the previous frame must have been consumed.
     *
     * @throws EOFException when the stream ends inside a header
     */
    public FrameHeader readHeader() throws IOException {
        if (remaining != 0) {
            throw new IllegalStateException("previous payload not consumed: " + remaining + " bytes left");
        }
        // Both fixed header bytes in one read when the stream has them: one system call, not two.
        int first = in.read(scratch, 0, 2);
        if (first < 0) {
            return null;
        }
        if (first == 1) {
            int second = in.read();
            if (second < 0) {
                throw new EOFException("stream ended inside a frame header");
            }
            scratch[1] = (byte) second;
        }
        int b0 = scratch[0] & 0xFF;
        int b1 = scratch[1] & 0xFF;
        boolean masked = (b1 & 0x80) != 0;
        int len7 = b1 & 0x7F;
        int lengthBytes = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
        int rest = lengthBytes + (masked ? 4 : 0);
        readFully(scratch, rest);
        long length = switch (lengthBytes) {
            case 0 -> len7;
            case 2 -> ((scratch[0] & 0xFF) << 8) | (scratch[1] & 0xFF);
            default -> readLong(scratch);
        };
        int key = masked ? readInt(scratch, lengthBytes) : 0;
        this.maskKey = key;
        this.remaining = Math.max(length, 0);
        this.position = 0;
        return new FrameHeader((b0 & 0x80) != 0, (b0 >> 4) & 0x7, b0 & 0x0F, masked, length, lengthBytes, key);
    }

    /** Payload bytes of the current frame not read yet. */
    public long remaining() {
        return remaining;
    }

    /**
     * Reads at least one and at most {@code len} payload bytes of the current frame into {@code dst},
     * unmasked, and returns how many it read: as many as the stream had ready.
     */
    public int readPayload(byte[] dst, int off, int len) throws IOException {
        int want = (int) Math.min(len, remaining);
        if (want == 0) {
            return 0;
        }
        int n = in.read(dst, off, want);
        if (n < 0) {
            throw new EOFException("stream ended inside a frame payload");
        }
        if (maskKey != 0) {
            unmask(dst, off, n);
        }
        remaining -= n;
        position += n;
        return n;
    }

    /** Reads and discards the rest of the current payload without allocating it. */
    public void skipPayload() throws IOException {
        while (remaining > 0) {
            readPayload(scratch, 0, scratch.length);
        }
    }

    private void unmask(byte[] dst, int off, int n) {
        int key = maskKey;
        long pos = position;
        for (int i = 0; i < n; i++) {
            int shift = 24 - (int) ((pos + i) & 3) * 8;
            dst[off + i] ^= (byte) (key >>> shift);
        }
    }

    private void readFully(byte[] dst, int n) throws IOException {
        int off = 0;
        while (off < n) {
            int r = in.read(dst, off, n - off);
            if (r < 0) {
                throw new EOFException("stream ended inside a frame header");
            }
            off += r;
        }
    }

    private static long readLong(byte[] b) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[i] & 0xFF);
        }
        return v;
    }

    private static int readInt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }
}
