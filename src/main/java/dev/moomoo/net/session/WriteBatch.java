package dev.moomoo.net.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of one socket write, filled by {@link Outbox#take} and owned by the connection's writer.
 *
 * <p>A single queued frame is written as it is, without a copy. Several frames, or the per-tick update
 * (which lives in the outbox's reused buffer), are copied into a buffer that the batch keeps while the
 * connection is getting updates, so that a playing connection's steady state allocates nothing. After
 * a write without an update the buffer is let go: an idle connection holds no array.
 */
final class WriteBatch {
    /** Most bytes gathered into one write; a single larger frame is still written whole. */
    static final int MAX_BYTES = 65_536;

    private byte[] single;
    private byte[] buffer;
    private int length;
    private boolean hasUpdate;
    private boolean isClose;
    /** The data messages of this write, for a tap: null unless one watches (an unwatched write records nothing). */
    private List<Tapped> tapped;

    /** One data message of the batch: where its frame starts in {@link #bytes()}, and its frame before sealing (null: not sealed). */
    private record Tapped(int at, byte[] plainFrame) {
    }

    /** Adds a whole frame. */
    void add(byte[] frame) {
        if (single == null && length == 0) {
            single = frame;
            return;
        }
        spillSingle();
        append(frame, 0, frame.length);
    }

    /** Adds the per-tick update's frame, copied from {@code bytes[0..n)}. */
    void addUpdate(byte[] bytes, int n) {
        spillSingle();
        append(bytes, 0, n);
        hasUpdate = true;
    }

    /**
     * Adds the sealed frame of {@code frame[0..n)}, written by {@code sealer} into the batch's buffer;
     * {@code update}: it is the per-tick update (the buffer is then kept, as for {@link #addUpdate}).
     */
    void addSealed(FrameSealer sealer, byte[] frame, int n, boolean update) {
        spillSingle();
        room(sealer.sealedLength(frame, 0, n));
        length += sealer.seal(frame, 0, n, buffer, length);
        hasUpdate |= update;
    }

    /**
     * Notes, when {@code on}, that the data frame just added starts at {@code at}; {@code plainFrame} is
     * that frame before sealing (a whole frame, header and all), or null when it went unsealed.
     */
    void tapped(boolean on, int at, byte[] plainFrame) {
        if (on) {
            if (tapped == null) {
                tapped = new ArrayList<>(4);
            }
            tapped.add(new Tapped(at, plainFrame));
        }
    }

    /** Tells {@code tap} each data message about to be written, as it goes on the wire and as it was before sealing. */
    void tellTap(ConnectionTap tap) {
        if (tapped == null || !tap.isOn()) {
            return;
        }
        byte[] bytes = bytes();
        for (int i = 0; i < tapped.size(); i++) {
            Tapped t = tapped.get(i);
            int end = i + 1 < tapped.size() ? tapped.get(i + 1).at() : length();
            byte[] wire = Outbox.payloadOf(bytes, t.at(), end - t.at());
            tap.written(wire, t.plainFrame() == null ? wire : Outbox.payloadOf(t.plainFrame(), 0, t.plainFrame().length));
        }
    }

    /** Makes this batch the Close frame alone. */
    void setClose(byte[] closeFrame) {
        single = closeFrame;
        isClose = true;
    }

    boolean isEmpty() {
        return single == null && length == 0;
    }

    boolean isClose() {
        return isClose;
    }

    byte[] bytes() {
        return single != null ? single : buffer;
    }

    /** Bytes gathered so far: {@code bytes()[0..length())}. */
    int length() {
        return single != null ? single.length : length;
    }

    /** Empties the batch after its write; keeps the buffer only if it carried an update. */
    void clear() {
        if (!hasUpdate) {
            buffer = null;
        }
        single = null;
        length = 0;
        hasUpdate = false;
        isClose = false;
        tapped = null;
    }

    private void spillSingle() {
        if (single != null) {
            byte[] frame = single;
            single = null;
            append(frame, 0, frame.length);
        }
    }

    private void append(byte[] src, int off, int n) {
        room(n);
        System.arraycopy(src, off, buffer, length, n);
        length += n;
    }

    /** Makes room for {@code n} more bytes in the buffer. */
    private void room(int n) {
        if (buffer == null || length + n > buffer.length) {
            buffer = Arrays.copyOf(buffer == null ? new byte[0] : buffer, Math.max(length + n, Math.min(MAX_BYTES, (length + n) * 5 / 4)));
        }
    }
}
