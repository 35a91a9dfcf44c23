package dev.moomoo.lab;

import org.tinylog.Logger;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * The server's one packet tap, for every world: the hooks on the data path hand it {@link LabFrame}s,
 * and it delivers them to its subscriptions (src/site/architecture.md, "The packet lab").
 *
 * <p>Cost: a hook asks {@link #isOn()} (one volatile read) and does nothing more while nobody is
 * subscribed. With subscriptions, a hook copies the bytes, makes the frame and {@link #offer}s it to one
 * lock-free queue bounded by frames and by bytes: what does not fit is counted ({@link #missed()}).
 * One virtual thread drains that queue every millisecond or so (a hook never wakes it: waking a thread
 * per packet would cost the hook more than the rest of its work), tests each subscription's filter and
 * offers the frame to that subscription's own queue, bounded by frames and by bytes (each frame costs
 * {@link #sizeOf} until it is polled, so a subscriber that stops reading holds at most its byte bound
 * however large the frames a client sends); what does not fit there is counted by the subscription.
 * No tick thread, reader or writer ever waits for a subscriber or takes a lock here.
 *
 * <p>Who a frame's {@code player} is: the same key every time the same player connects, so that a view
 * can follow a player across reconnects. A v1.9 socket let in with a join ticket bound to a device is
 * {@code device:<id>} from its first frame; any other connection is {@code <address>/<name>} (its remote
 * address, and the name the server gave it at its spawn) from that spawn on, and "" before it. The
 * hooks tell it to the tap ({@link #identified}), which keeps it for the connection while it is open
 * ({@link #playerOf}), for a command that starts from a connection.
 */
public final class LabTap implements LabFeed, AutoCloseable {
    /** Frames the shared queue holds by default, and its bytes (wire and plain, plus an allowance per frame). */
    public static final int DEFAULT_FRAMES = 65_536;
    public static final long DEFAULT_BYTES = 64L << 20;
    /** Bytes one subscription holds undelivered by default, whatever its frame capacity. */
    public static final long DEFAULT_SUBSCRIPTION_BYTES = 16L << 20;
    /** What one frame costs the byte bound beyond its arrays: the record and its strings, roughly. */
    static final int FRAME_OVERHEAD = 128;

    /** How long the drainer rests when it found the queue empty. */
    private static final long REST_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Queue<LabFrame> queue = new ConcurrentLinkedQueue<>();
    private final int maxFrames;
    private final long maxBytes;
    private final long subscriptionBytes;
    private final AtomicInteger queuedFrames = new AtomicInteger();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicLong missed = new AtomicLong();
    /** Frames accepted into the queue, and frames the drainer has handed on: {@link #awaitDelivered} compares them. */
    private final AtomicLong accepted = new AtomicLong();
    private long delivered;
    private final Object deliveredMonitor = new Object();
    private final List<Tapped> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<String, String> players = new ConcurrentHashMap<>();
    private volatile boolean on;
    private volatile Thread drainer;
    private volatile boolean closed;

    public LabTap() {
        this(DEFAULT_FRAMES, DEFAULT_BYTES);
    }

    /** A tap whose shared queue holds at most {@code maxFrames} frames and {@code maxBytes} bytes. */
    public LabTap(int maxFrames, long maxBytes) {
        this(maxFrames, maxBytes, DEFAULT_SUBSCRIPTION_BYTES);
    }

    /** As {@link #LabTap(int, long)}, each subscription holding at most {@code subscriptionBytes} undelivered bytes. */
    public LabTap(int maxFrames, long maxBytes, long subscriptionBytes) {
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
        this.subscriptionBytes = subscriptionBytes;
    }

    /** Whether anyone is subscribed: the one check a hook makes before doing anything else. */
    public boolean isOn() {
        return on;
    }

    /**
     * Queues {@code frame} for the subscriptions, or counts it as missed when the queue is full by frames
     * or by bytes. Never blocks. Any thread; the frame's arrays are the tap's from now on.
     */
    public void offer(LabFrame frame) {
        long size = sizeOf(frame);
        if (queuedFrames.incrementAndGet() > maxFrames) {
            queuedFrames.decrementAndGet();
            missed.incrementAndGet();
            return;
        }
        if (queuedBytes.addAndGet(size) > maxBytes) {
            queuedBytes.addAndGet(-size);
            queuedFrames.decrementAndGet();
            missed.incrementAndGet();
            return;
        }
        queue.add(frame);
        accepted.incrementAndGet();
    }

    /** What {@code frame} counts against a byte bound: its arrays (one when wire and plain are the same) and {@link #FRAME_OVERHEAD}. */
    static long sizeOf(LabFrame frame) {
        return FRAME_OVERHEAD + frame.wire().length + (frame.plain() == frame.wire() ? 0 : frame.plain().length);
    }

    /** Frames the shared queue could not take, since the tap was made: no subscription saw them. */
    public long missed() {
        return missed.get();
    }

    @Override
    public synchronized Subscription subscribe(Predicate<LabFrame> filter, int capacity) {
        if (closed) {
            throw new IllegalStateException("the tap is closed");
        }
        if (drainer == null) {
            drainer = Thread.ofVirtual().name("lab-tap").start(this::drain);
        }
        Tapped s = new Tapped(filter, capacity);
        subscriptions.add(s);
        on = true;
        LockSupport.unpark(drainer); // it rests without a timeout while nobody subscribes
        return s;
    }

    private synchronized void unsubscribe(Tapped s) {
        subscriptions.remove(s);
        on = !subscriptions.isEmpty();
    }

    /**
     * Waits at most {@code millis} until every frame offered before this call has been handed to the
     * subscriptions (or missed by them); returns whether it was. For a subscriber that must not stop
     * before it has what was seen until now (the text trace's {@code trace off}).
     */
    public boolean awaitDelivered(long millis) throws InterruptedException {
        long target = accepted.get();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (deliveredMonitor) {
            while (delivered < target) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                deliveredMonitor.wait(left);
            }
        }
        return true;
    }

    /** The hooks' word that {@code connectionId} is {@code player} (see the class comment): kept while it is open. */
    public void identified(String connectionId, String player) {
        players.put(connectionId, player);
    }

    /** The connection closed: its player is no longer looked up by it. */
    public void forget(String connectionId) {
        players.remove(connectionId);
    }

    /** The player key of an open connection, or null when it has none yet (or is not open). */
    public String playerOf(String connectionId) {
        return players.get(connectionId);
    }

    /**
     * The drainer: hands each queued frame to the subscriptions whose filter takes it, then rests a
     * millisecond (or, with nobody subscribed, until a subscription comes) and looks again.
     */
    private void drain() {
        while (!closed) {
            long handed = 0;
            for (LabFrame frame; (frame = queue.poll()) != null; handed++) {
                queuedFrames.decrementAndGet();
                queuedBytes.addAndGet(-sizeOf(frame));
                for (Tapped s : subscriptions) {
                    s.consider(frame);
                }
            }
            if (handed > 0) {
                synchronized (deliveredMonitor) {
                    delivered += handed;
                    deliveredMonitor.notifyAll();
                }
            } else if (on) {
                LockSupport.parkNanos(this, REST_NANOS);
            } else {
                LockSupport.park(this);
            }
        }
    }

    /** Stops the drainer; the subscriptions get nothing more. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = drainer;
            subscriptions.clear();
            on = false;
        }
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One subscription: its filter, tested on the drainer, and its own queue bounded by frames and by bytes. */
    private final class Tapped implements Subscription {
        private final Predicate<LabFrame> filter;
        private final BlockingQueue<LabFrame> frames;
        /** The {@link #sizeOf} of the frames queued and not yet polled: only the drainer adds, {@code poll} gives back. */
        private final AtomicLong heldBytes = new AtomicLong();
        private final AtomicLong missed = new AtomicLong();
        private volatile boolean closed;

        Tapped(Predicate<LabFrame> filter, int capacity) {
            this.filter = filter;
            this.frames = new ArrayBlockingQueue<>(capacity);
        }

        /**
         * On the drainer: keeps {@code frame} if the filter takes it and there is room, by frames and by
         * bytes; what has none is counted missed. A failing filter is a bug of its own: logged, the frame skipped.
         */
        void consider(LabFrame frame) {
            boolean wanted;
            try {
                wanted = filter.test(frame);
            } catch (RuntimeException e) {
                Logger.error(e, "a lab subscription's filter failed on a frame; skipped");
                return;
            }
            if (!wanted || closed) {
                return;
            }
            long size = sizeOf(frame);
            // only this thread adds, so the room seen here can only grow before the add
            if (heldBytes.get() + size > subscriptionBytes) {
                missed.incrementAndGet();
                return;
            }
            heldBytes.addAndGet(size);
            if (!frames.offer(frame)) {
                heldBytes.addAndGet(-size);
                missed.incrementAndGet();
            }
        }

        @Override
        public LabFrame poll(long millis) throws InterruptedException {
            if (closed) {
                return null;
            }
            LabFrame f = frames.poll(millis, TimeUnit.MILLISECONDS);
            if (f != null) {
                heldBytes.addAndGet(-sizeOf(f));
            }
            return closed ? null : f;
        }

        @Override
        public long missed() {
            return missed.get();
        }

        @Override
        public void close() {
            closed = true;
            unsubscribe(this);
            frames.clear();
        }
    }
}
