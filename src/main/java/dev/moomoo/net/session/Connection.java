package dev.moomoo.net.session;

import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.WebSocketException;

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
    private final AtomicBoolean socketClosed = new AtomicBoolean();
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile long pingSentNanos;
    /** The close code this side sent or echoed; 1006 until then. */
    private volatile int closeCode = CloseCode.ABNORMAL;
    private volatile Object attachment;
    /** When our Close was queued (System.nanoTime), or 0. */
    private volatile long closingSinceNanos;

    Connection(Socket socket, String path, Outbox outbox) {
        this.socket = socket;
        this.path = path;
        this.outbox = outbox;
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

    public boolean isClosing() {
        return outbox.isClosing();
    }

    /**
     * Starts the closing handshake: what is queued goes out, then a Close frame with {@code code},
     * then the connection waits a bounded time for the peer's Close and closes TCP. Idempotent.
     */
    public void close(int code, String reason) {
        if (outbox.finish(Frames.close(code, reason))) {
            closeCode = code;
            closingSinceNanos = System.nanoTime();
        }
    }

    /** When the closing handshake began, or 0 while the connection is open. */
    long closingSinceNanos() {
        return closingSinceNanos;
    }

    /** The one place where a protocol violation becomes a Close frame. */
    void fail(WebSocketException e) {
        close(e.closeCode(), e.reason());
    }

    /** Answers the peer's Close by echoing its code (RFC 6455 section 5.5.1), if we have not closed already. */
    void echoClose(int peerCode) {
        outbox.markCloseReceived();
        close(peerCode, "");
    }

    /** Closes TCP now without a closing handshake: the peer is dead or must be cut off. Idempotent. */
    public void abort() {
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
