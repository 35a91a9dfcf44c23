package dev.moomoo.net.session;

import dev.moomoo.net.http.RequestTarget;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.FrameHeader;
import dev.moomoo.net.websocket.FrameReader;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Inbound;
import dev.moomoo.net.websocket.MessageAssembler;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.net.websocket.WebSocketException;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One upgraded connection from its 101 to its closed socket: a reader, on the thread that runs it, that
 * turns frames into endpoint calls and a writer subtask that drains the outbox, under
 * {@link ConnectionSupervisor}.
 * Registration and the endpoint's {@code onClose} happen exactly once, here.
 */
public final class WebSocketSession {
    private final Connection connection;
    private final InputStream in;
    private final OutputStream out;
    private final Endpoint endpoint;
    private final SessionLimits limits;
    private final ConnectionRegistry registry;
    private final ConnectionThreads threads;
    /** The request target, until the endpoint has seen it. */
    private String requestTarget;

    public WebSocketSession(Socket socket, InputStream in, OutputStream out, String requestTarget, Endpoint endpoint,
                            SessionLimits limits, ConnectionRegistry registry, ConnectionThreads threads) {
        this(socket, in, out, requestTarget, true, endpoint, limits, registry, threads);
    }

    /** {@code originAllowed} false: the upgrade's Origin was not allowed, and the endpoint refuses it itself. */
    public WebSocketSession(Socket socket, InputStream in, OutputStream out, String requestTarget, boolean originAllowed, Endpoint endpoint,
                            SessionLimits limits, ConnectionRegistry registry, ConnectionThreads threads) {
        this.connection = new Connection(socket, RequestTarget.path(requestTarget), new Outbox(limits.outboundQueueFrames(), limits.outboundQueueBytes()),
                registry.drops());
        if (!originAllowed) {
            connection.refuseOrigin();
        }
        this.requestTarget = requestTarget;
        this.in = in;
        this.out = out;
        this.endpoint = endpoint;
        this.limits = limits;
        this.registry = registry;
        this.threads = threads;
    }

    public Connection connection() {
        return connection;
    }

    /** Runs the connection until it is closed; returns after the socket is closed and deregistered. */
    public void run() throws InterruptedException {
        registry.add(connection);
        try {
            String target = requestTarget;
            requestTarget = null; // a query may hold a long token: not kept for the connection's life
            endpoint.onOpen(connection, target);
            // The reader's end stops the writer and closes the socket; the writer's end closes the socket,
            // which ends a read in progress.
            ConnectionSupervisor.Outcome outcome = ConnectionSupervisor.supervise(threads.subtasks(),
                    this::readLoop, connection::abort, this::writeLoop, connection::closeSocket);
            logOutcome(outcome);
        } catch (RuntimeException e) {
            Logger.error(e, "{}: endpoint failed on open", connection);
        } finally {
            connection.abort();
            registry.remove(connection);
            try {
                connection.tap().closed(connection.closeCode(), connection.closeText());
            } catch (RuntimeException e) {
                // the lab's failure must not keep the endpoint from its close: the player would never leave
                Logger.error(e, "{}: the packet lab failed on close", connection);
            }
            try {
                endpoint.onClose(connection, connection.closeCode());
            } catch (RuntimeException e) {
                Logger.error(e, "{}: endpoint failed on close", connection);
            }
        }
    }

    private Void readLoop() throws IOException, InterruptedException {
        FrameReader frames = new FrameReader(in);
        MessageAssembler messages = new MessageAssembler(frames, limits.maxFrameSize(), limits.maxMessageSize());
        MessageRateLimiter limiter = new MessageRateLimiter(limits.messagesPerSecond(), limits.messageBurst());
        MessageRateLimiter controlLimiter = null; // made at the first ping or pong: most peers never send one
        try {
            while (true) {
                Inbound message = messages.next();
                long now = System.nanoTime();
                connection.heard(now);
                limiter.acquire();
                if (message instanceof Inbound.Ping || message instanceof Inbound.Pong) {
                    controlLimiter = checkControlRate(controlLimiter, now);
                }
                switch (message) {
                    case Inbound.Binary b -> deliver(b);
                    case Inbound.Text t -> deliver(t);
                    case Inbound.Ping p -> connection.outbox().offerPong(Frames.pong(p.payload()));
                    case Inbound.Pong ignored -> {
                        // heard() above already cleared the keep-alive's outstanding ping
                    }
                    case Inbound.Close c -> {
                        connection.echoClose(c.code(), c.reason());
                        connection.outbox().awaitCloseWritten(limits.closeTimeoutMillis());
                        return null;
                    }
                }
            }
        } catch (WebSocketException e) {
            Logger.info("{}: protocol violation, closing with {}: {}", connection, e.closeCode(), e.reason());
            if (e.isInPeerClose()) {
                // Both Close frames will have crossed once ours is written: the writer closes TCP then,
                // with nothing more to read.
                connection.outbox().markCloseReceived();
                connection.fail(e);
                connection.outbox().awaitCloseWritten(limits.closeTimeoutMillis());
                return null;
            }
            connection.fail(e);
            drainUntilClose(frames, limiter);
            return null;
        }
    }

    /** Counts one ping or pong against the control-frame rate; returns the limiter (made on first use). */
    private MessageRateLimiter checkControlRate(MessageRateLimiter limiter, long now) throws WebSocketException {
        int rate = limits.controlFramesPerSecond();
        MessageRateLimiter l = limiter != null ? limiter : new MessageRateLimiter(rate, 2 * rate, now);
        if (!l.tryAcquire(now)) {
            throw new WebSocketException(CloseCode.POLICY_VIOLATION, "more than " + rate + " pings and pongs per second");
        }
        return l;
    }

    private void deliver(Inbound message) {
        if (connection.isClosing()) {
            // after our Close, data is read and dropped while we wait for the peer's Close
            ConnectionTap tap = connection.tap();
            if (tap.isOn()) {
                tap.ignored(payloadOf(message), "read after the server's Close: not handed on");
            }
            return;
        }
        try {
            switch (message) {
                case Inbound.Binary b -> endpoint.onBinary(connection, b.data());
                case Inbound.Text t -> endpoint.onText(connection, t.text());
                default -> throw new IllegalArgumentException("not a data message: " + message);
            }
        } catch (RuntimeException e) {
            Logger.error(e, "{}: endpoint failed on a message; closing with 1011", connection);
            connection.close(DropReason.ENDPOINT_ERROR, CloseCode.INTERNAL_ERROR, "internal error");
        }
    }

    /** A data message's payload as it came, in an array of its own. */
    private static byte[] payloadOf(Inbound message) {
        return switch (message) {
            case Inbound.Binary b -> b.data().clone();
            case Inbound.Text t -> t.text().getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("not a data message: " + message);
        };
    }

    /**
     * After we failed the connection, reads frames by their syntax alone and discards them until the
     * peer's Close or EOF; the writer's bounded wait ends this if neither comes. The message rate still
     * applies: a peer flooding us after our Close would otherwise keep this virtual thread, never
     * preempted, on its carrier until the close timeout.
     */
    private void drainUntilClose(FrameReader frames, MessageRateLimiter limiter) throws IOException, InterruptedException {
        frames.skipPayload();
        FrameHeader h;
        while ((h = frames.readHeader()) != null) {
            limiter.acquire();
            frames.skipPayload();
            if (h.opcode() == Opcode.CLOSE) {
                connection.outbox().markCloseReceived();
                return;
            }
        }
    }

    private Void writeLoop() throws IOException, InterruptedException {
        Outbox outbox = connection.outbox();
        WriteBatch batch = new WriteBatch();
        while (outbox.take(batch)) {
            // told before the write, so that a frame is in the lab before its peer can have it
            batch.tellTap(connection.tap());
            out.write(batch.bytes(), 0, batch.length());
            if (batch.isClose()) {
                outbox.markCloseWritten();
                // RFC 6455 7.1.1: after both Close frames the server closes TCP first; if the peer does
                // not answer ours, wait a bounded time and close anyway.
                outbox.awaitCloseReceived(limits.closeTimeoutMillis());
                return null;
            }
            batch.clear();
        }
        return null;
    }

    private void logOutcome(ConnectionSupervisor.Outcome outcome) {
        Throwable failure = outcome.readerFailure() != null ? outcome.readerFailure() : outcome.writerFailure();
        if (failure == null) {
            Logger.debug("{}: closed with {}", connection, connection.closeCode());
        } else if (Disconnects.isExpected(failure)) {
            Logger.debug("{}: disconnected: {}", connection, failure.toString());
        } else {
            Logger.error(failure, "{}: connection failed unexpectedly", connection);
        }
    }
}
