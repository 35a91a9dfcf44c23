package dev.moomoo.net.session;

import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.WebSocketException;

import org.tinylog.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One open WebSocket. Any thread may send to it or close it; only its writer subtask writes to the
 * socket and only its reader (the session's own thread) reads from it.
 */
public final class Connection {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final Socket socket;
    private final String path;
    private final Outbox outbox;
    private final Drops drops;
    private final AtomicBoolean socketClosed = new AtomicBoolean();
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile long pingSentNanos;
    /** The close code this side sent or echoed; 1006 until then. */
    private volatile int closeCode = CloseCode.ABNORMAL;
    /** The text of the Close that ended the connection: ours, or the peer's when it closed first; "" until then. */
    private volatile String closeText = "";
    /** Who watches this connection's bytes (the packet lab); {@link ConnectionTap#NONE} until an endpoint sets one. */
    private volatile ConnectionTap tap = ConnectionTap.NONE;
    private volatile Object attachment;
    /** When our Close was queued (System.nanoTime), or 0. */
    private volatile long closingSinceNanos;
    /** Whether the upgrade's Origin was allowed; false only for an endpoint that refuses it itself ({@link Endpoint#refusesForeignOriginItself}). */
    private volatile boolean originAllowed = true;

    Connection(Socket socket, String path, Outbox outbox, Drops drops) {
        this.socket = socket;
        this.path = path;
        this.outbox = outbox;
        this.drops = drops;
    }

    Connection(Socket socket, String path, Outbox outbox) {
        this(socket, path, outbox, new Drops());
    }

    public long id() {
        return id;
    }

    public InetAddress remoteAddress() {
        return socket.getInetAddress();
    }

    /** The request path the client upgraded on. */
    public String path() {
        return path;
    }

    Outbox outbox() {
        return outbox;
    }

    /** Endpoint-specific state (the game's player session, for example). */
    public Object attachment() {
        return attachment;
    }

    public void attach(Object value) {
        attachment = value;
    }

    /** Whether the Origin of the upgrade was allowed (see {@link Endpoint#refusesForeignOriginItself}). */
    public boolean originAllowed() {
        return originAllowed;
    }

    void refuseOrigin() {
        originAllowed = false;
    }

    /** Lets {@code tap} watch this connection's bytes from now on: what its writer writes, its outbox replaces, and how it ends. */
    public void tapWith(ConnectionTap tap) {
        this.tap = tap;
        outbox.tapWith(tap);
    }

    ConnectionTap tap() {
        return tap;
    }

    /** Seals every data frame queued from now on as the writer takes it; see {@link Outbox#sealWith}. */
    public void sealWith(FrameSealer sealer) {
        outbox.sealWith(sealer);
    }

    /** Queues an encoded frame; see {@link Outbox#offer}. */
    public Outbox.Offer send(byte[] frame) {
        return outbox.offer(frame);
    }

    /**
     * Replaces the per-tick state not yet written with a binary message of {@code payload[0..length)},
     * copied; see {@link Outbox#offerLatest}.
     */
    public Outbox.Offer sendUpdate(byte[] payload, int length) {
        return outbox.offerLatest(payload, length);
    }

    /** Whether an update offered earlier still waits, not yet taken by the writer; see {@link Outbox#updatePending}. */
    public boolean updatePending() {
        return outbox.updatePending();
    }

    public boolean isClosing() {
        return outbox.isClosing();
    }

    /**
     * The server ends the connection for {@code why}: what is queued goes out, then a Close frame with
     * {@code code} and {@code reason}, then the connection waits a bounded time for the peer's Close and
     * closes TCP. Logged and counted once; idempotent.
     */
    public void close(DropReason why, int code, String reason) {
        if (startClose(code, reason)) {
            drops.count(why);
            Logger.debug("{}: closing with {} ({}): {}", this, code, why.description(), reason);
        }
    }

    private boolean startClose(int code, String reason) {
        if (outbox.finish(Frames.close(code, reason))) {
            closeCode = code;
            closeText = reason;
            closingSinceNanos = System.nanoTime();
            return true;
        }
        return false;
    }

    /** When the closing handshake began, or 0 while the connection is open. */
    long closingSinceNanos() {
        return closingSinceNanos;
    }

    /** The one place where a protocol violation becomes a Close frame. */
    void fail(WebSocketException e) {
        close(DropReason.PROTOCOL, e.closeCode(), e.reason());
    }

    /** Answers the peer's Close by echoing its code (RFC 6455 section 5.5.1), if we have not closed already; its text is kept for the tap. */
    void echoClose(int peerCode, String peerText) {
        outbox.markCloseReceived();
        if (startClose(peerCode, "")) {
            closeText = peerText;
        }
    }

    /**
     * The server cuts the connection for {@code why}: TCP closed now without a closing handshake (the
     * peer sees 1006), because the peer is dead or must be cut off. Logged and counted once; idempotent.
     */
    public void abort(DropReason why) {
        if (!socketClosed.get()) {
            drops.count(why);
            Logger.debug("{}: cut without a Close ({})", this, why.description());
        }
        abort();
    }

    /** Closes TCP now: the session is over (what started its end was logged and counted then). Idempotent. */
    void abort() {
        outbox.abort();
        closeSocket();
    }

    void closeSocket() {
        if (socketClosed.compareAndSet(false, true)) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the socket is going away either way
            }
        }
    }

    int closeCode() {
        return closeCode;
    }

    String closeText() {
        return closeText;
    }

    void heard(long now) {
        lastHeardNanos = now;
        if (pingSentNanos != 0) {
            pingSentNanos = 0;
        }
    }

    long lastHeardNanos() {
        return lastHeardNanos;
    }

    long pingSentNanos() {
        return pingSentNanos;
    }

    void pingSent(long now) {
        pingSentNanos = now;
    }

    @Override
    public String toString() {
        return "conn#" + id + "(" + socket.getInetAddress().getHostAddress() + ":" + socket.getPort() + ")";
    }
}
