package dev.moomoo.testing;

import java.io.InputStream;
import java.util.Arrays;

/**
 * Delivers a byte array in pieces: every read stops at the next split point, or after
 * {@code maxChunk} bytes. The shape TCP gives a reader, made deterministic.
 */
public class SplitInputStream extends InputStream {
    private final byte[] data;
    private final int[] splits;
    private final int maxChunk;
    private int pos;

    public SplitInputStream(byte[] data, int maxChunk, int... splits) {
        this.data = data;
        this.splits = splits.clone();
        Arrays.sort(this.splits);
        this.maxChunk = maxChunk;
    }

    @Override
    public int read() {
        return pos < data.length ? data[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (pos >= data.length) {
            return -1;
        }
        int end = Math.min(data.length, pos + Math.min(len, maxChunk));
        for (int s : splits) {
            if (s > pos && s < end) {
                end = s;
                break;
            }
        }
        System.arraycopy(data, pos, b, off, end - pos);
        int n = end - pos;
        pos = end;
        return n;
    }

    public int position() {
        return pos;
    }
}
