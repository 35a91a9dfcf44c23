package dev.moomoo.net.session;

import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Opcode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;

/**
 * What one connection's writer has still to send, and the state of its closing handshake.
 *
 * <p>Three lanes, taken in this order: control frames (pongs, pings), data frames in order, and one
 * "latest" slot for per-tick state that a newer tick replaces instead of queueing behind. A full
 * control lane refuses the keep-alive's ping but makes room for a pong (see {@link #offerPong}). After
 * {@link #finish} accepts a Close frame, no data is taken any more than what was queued before it, and
 * nothing at all after it: RFC 6455 section 5.5.1, an endpoint sends nothing after its Close.
 *
 * <p>Data frames queued inside a {@link WriterWakeups} burst wake the writer when the burst ends; all
 * others wake it at once.
 *
 * <p>With a {@link FrameSealer} ({@link #sealWith}), every data frame queued after it, and the per-tick
 * update, is sealed as the writer takes it: the order of sealing is the order on the wire, whichever
 * thread queued the frame, and an update a newer one replaced was never sealed.
 *
 * <p>Guarded by its own monitor ({@code synchronized} no longer pins virtual threads since JDK 24).
 * The queues are created on first use so that an idle connection holds no arrays.
 */
public final class Outbox {
    /** What happened to an offered frame. */
    public enum Offer { ACCEPTED, FULL, CLOSED }

    /** Most control frames queued at once: pongs to the peer's pings, and the keep-alive's own pings. */
    private static final int MAX_CONTROL = 32;

    private final int maxFrames;
    private final int maxBytes;
    private ArrayDeque<byte[]> control;
    private ArrayDeque<byte[]> data;
    private int dataBytes;
    /** The per-tick update's frame, {@code latest[0..latestLength)}; the array is reused from tick to tick. */
    private byte[] latest;
    private int latestLength;
    private byte[] closeFrame;
    private boolean closeTaken;
    private boolean closeWritten;
    private boolean closeReceived;
    private boolean aborted;
    /** A {@link WriterWakeups} burst will wake the writer when it ends. */
    private boolean wakeOwed;
    /** Seals the data frames queued after it was set, as they are taken; null: none. */
    private FrameSealer sealer;
    /** Data frames queued before the sealer was set, still to be taken as they are. */
    private int unsealedAhead;
    /** Who watches what is written and replaced (the packet lab). */
    private ConnectionTap tap = ConnectionTap.NONE;

    public Outbox(int maxFrames, int maxBytes) {
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
    }

    /**
     * Queues a data frame, unless the queue is over its frame or byte limit or closing has begun. The
     * byte limit bounds a backlog (a peer that reads too slowly), not one message: a single frame
     * larger than it is taken when nothing else is queued (its size is bounded by the message limits).
     */
    public synchronized Offer offer(byte[] frame) {
        if (closeFrame != null || aborted) {
            return Offer.CLOSED;
        }
        if (data == null) {
            data = new ArrayDeque<>(4);
        }
        if (data.size() >= maxFrames || (dataBytes > 0 && dataBytes + frame.length > maxBytes)) {
            return Offer.FULL;
        }
        data.addLast(frame);
        dataBytes += frame.length;
        wakeWriter();
        return Offer.ACCEPTED;
    }

    /**
     * Sets the per-tick state to send next, a binary frame of {@code payload[0..length)} (copied),
     * replacing one the writer has not taken yet (then the answer is FULL: the client is a tick behind).
     */
    public synchronized Offer offerLatest(byte[] payload, int length) {
        if (closeFrame != null || aborted) {
            return Offer.CLOSED;
        }
        boolean replaced = latestLength > 0;
        if (replaced && tap.isOn()) {
            tap.replaced(payloadOf(latest, 0, latestLength));
        }
        int frameLength = Frames.headerLength(length) + length;
        if (latest == null || latest.length < frameLength) {
            latest = new byte[frameLength + frameLength / 4]; // room for the next tick's to be a little larger
        }
        int header = Frames.writeHeader(latest, Opcode.BINARY, length);
        System.arraycopy(payload, 0, latest, header, length);
        latestLength = frameLength;
        if (!replaced) {
            wakeWriter();
        }
        return replaced ? Offer.FULL : Offer.ACCEPTED;
    }

    /**
     * Whether the latest-state slot holds an update the writer has not taken. Only the thread that
     * offers updates fills the slot, so for it the answer can only go stale towards false.
     */
    public synchronized boolean updatePending() {
        return latestLength > 0;
    }

    /** Wakes the writer now, or, inside a {@link WriterWakeups} burst, once the burst ends. Caller holds the monitor. */
    private void wakeWriter() {
        WriterWakeups burst = WriterWakeups.current();
        if (burst == null) {
            notifyAll();
        } else if (!wakeOwed) {
            wakeOwed = true;
            burst.owe(this);
        }
    }

    /** The wake a burst owed this outbox's writer. */
    synchronized void wakeOwed() {
        wakeOwed = false;
        notifyAll();
    }

    /** Whether a burst still owes the writer a wake (for tests). */
    synchronized boolean isWakeOwed() {
        return wakeOwed;
    }

    /**
     * Queues a pong ahead of data. With the control lane full, it takes the place of the newest pong
     * not yet sent, so that the lane stays bounded and the newest ping is always answered: RFC 6455
     * section 5.5.3 lets an endpoint that has not yet sent the pongs of earlier pings answer only the
     * most recent one, never leave that one unanswered. Returns false once closing has begun (nothing
     * follows a Close).
     */
    public synchronized boolean offerPong(byte[] frame) {
        if (closeFrame != null || aborted) {
            return false;
        }
        ArrayDeque<byte[]> lane = controlLane();
        if (lane.size() >= MAX_CONTROL) {
            makeRoomForPong(lane);
        }
        lane.addLast(frame);
        notifyAll();
        return true;
    }

    /**
     * Queues the keep-alive's ping ahead of data; with the control lane full, or once closing has begun,
     * it is not queued (false), so the keep-alive does not wait for its answer.
     */
    public synchronized boolean offerPing(byte[] frame) {
        if (closeFrame != null || aborted) {
            return false;
        }
        ArrayDeque<byte[]> lane = controlLane();
        if (lane.size() >= MAX_CONTROL) {
            return false;
        }
        lane.addLast(frame);
        notifyAll();
        return true;
    }

    /** The control lane, made on first use. Caller holds the monitor. */
    private ArrayDeque<byte[]> controlLane() {
        if (control == null) {
            control = new ArrayDeque<>(2);
        }
        return control;
    }

    /**
     * Takes one frame out of a full control lane to make room for a pong: the newest pong not yet sent
     * (the new one answers a later ping). Only a lane holding nothing but the keep-alive's pings has
     * none; then the oldest of those alike pings goes, which the keep-alive does not miss: a pong is
     * queued just after the peer was heard, and hearing it ended the wait for a ping's answer.
     * Caller holds the monitor.
     */
    private static void makeRoomForPong(ArrayDeque<byte[]> lane) {
        for (Iterator<byte[]> newestFirst = lane.descendingIterator(); newestFirst.hasNext(); ) {
            if (Frames.opcode(newestFirst.next()) == Opcode.PONG) {
                newestFirst.remove();
                return;
            }
        }
        lane.pollFirst();
    }

    /**
     * From now on, the data frames queued after this call and the per-tick update are sealed by
     * {@code sealer} as the writer takes them (those queued before go as they are: a protocol's
     * greeting). Set once, before the connection's frames start to depend on each other.
     */
    public synchronized void sealWith(FrameSealer sealer) {
        if (this.sealer != null) {
            throw new IllegalStateException("a connection is sealed by one sealer");
        }
        this.sealer = sealer;
        this.unsealedAhead = data == null ? 0 : data.size();
    }

    /** Lets {@code tap} see the updates replaced before they were sent, and what {@link #take} hands the writer. */
    synchronized void tapWith(ConnectionTap tap) {
        this.tap = tap;
    }

    /** The payload of the frame {@code frame[offset, offset + length)}, in an array of its own. */
    static byte[] payloadOf(byte[] frame, int offset, int length) {
        return Arrays.copyOfRange(frame, offset + Frames.headerLength(frame, offset), offset + length);
    }

    /** Queues the Close frame after what is queued; returns false when closing had already begun. */
    public synchronized boolean finish(byte[] close) {
        if (closeFrame != null || aborted) {
            return false;
        }
        closeFrame = close;
        notifyAll();
        return true;
    }

    /** Stops the writer now: nothing queued will be sent. */
    public synchronized void abort() {
        aborted = true;
        notifyAll();
    }

    /** Whether a Close frame has been queued (by us, or as the echo of the peer's). */
    public synchronized boolean isClosing() {
        return closeFrame != null || aborted;
    }

    /**
     * Blocks until there is something to write and puts it into {@code batch}: control frames, then
     * data frames in order (up to {@link WriteBatch#MAX_BYTES} together), then the per-tick update; or,
     * once all that went before it is written, the Close frame alone. Returns false when the writer
     * should stop (aborted, or the Close frame has already been handed out).
     */
    public synchronized boolean take(WriteBatch batch) throws InterruptedException {
        while (true) {
            if (aborted || closeTaken) {
                return false;
            }
            byte[] queued;
            while (batch.length() < WriteBatch.MAX_BYTES && (queued = pollControl()) != null) {
                batch.add(queued);
            }
            boolean tapped = tap.isOn();
            while (batch.length() < WriteBatch.MAX_BYTES && (queued = pollData()) != null) {
                int at = batch.length();
                if (sealer == null || unsealedAhead > 0) {
                    unsealedAhead = Math.max(0, unsealedAhead - 1);
                    batch.add(queued);
                    batch.tapped(tapped, at, null);
                } else {
                    batch.addSealed(sealer, queued, queued.length, false);
                    batch.tapped(tapped, at, queued); // a queued frame is never changed: copied off the monitor
                }
            }
            if (latestLength > 0 && closeFrame == null) {
                int at = batch.length();
                if (sealer == null) {
                    batch.addUpdate(latest, latestLength);
                    batch.tapped(tapped, at, null);
                } else {
                    batch.addSealed(sealer, latest, latestLength, true);
                    // the slot is reused by the next tick: its plain bytes are copied now
                    batch.tapped(tapped, at, tapped ? Arrays.copyOf(latest, latestLength) : null);
                }
                latestLength = 0;
            }
            if (!batch.isEmpty()) {
                return true;
            }
            if (closeFrame != null) {
                closeTaken = true;
                batch.setClose(closeFrame);
                return true;
            }
            wait();
        }
    }

    /** The next control frame, or null. Caller holds the monitor. */
    private byte[] pollControl() {
        return control != null ? control.pollFirst() : null;
    }

    /** The next data frame, or null. Caller holds the monitor. */
    private byte[] pollData() {
        byte[] frame = data != null ? data.pollFirst() : null;
        if (frame != null) {
            dataBytes -= frame.length;
        }
        return frame;
    }

    public synchronized void markCloseWritten() {
        closeWritten = true;
        notifyAll();
    }

    public synchronized void markCloseReceived() {
        closeReceived = true;
        notifyAll();
    }

    public synchronized boolean closeReceived() {
        return closeReceived;
    }

    /** Waits up to {@code millis} for our Close frame to be on the wire. */
    public synchronized boolean awaitCloseWritten(long millis) throws InterruptedException {
        return awaitFlag(true, millis);
    }

    /** Waits up to {@code millis} for the peer's Close frame. */
    public synchronized boolean awaitCloseReceived(long millis) throws InterruptedException {
        return awaitFlag(false, millis);
    }

    private boolean awaitFlag(boolean written, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!(written ? closeWritten : closeReceived) && !aborted) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return written ? closeWritten : closeReceived;
    }
}
