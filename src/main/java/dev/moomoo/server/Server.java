package dev.moomoo.server;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.ConnectionRegistry;
import dev.moomoo.net.session.KeepAlive;
import dev.moomoo.net.session.WebSocketSession;
import dev.moomoo.net.websocket.CloseCode;
import org.tinylog.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listening socket and everything accepted on it. Each accepted socket gets its own virtual
 * thread ({@link SocketHandler}); one more virtual thread runs the {@link KeepAlive} sweeper.
 */
public final class Server implements AutoCloseable {
    private final ServerConfig config;
    private final ServerSocket listener;
    private final ConnectionRegistry registry = new ConnectionRegistry();
    private final ServerStats stats = new ServerStats();
    /** Every accepted socket until its handler returns, WebSocket or not. */
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    /** Open sockets per client address, for max-connections-per-ip. */
    private final AddressCounts perAddress;
    /** Sockets per client address whose request head is still being read, for max-handshakes-per-ip. */
    private final AddressCounts handshaking;
    private final SocketHandler handler;
    private final Thread acceptThread;
    private final Thread keepAliveThread;
    private final Object lifecycle = new Object();
    private volatile boolean stopping;
    private boolean closed;
    private volatile Boolean graceful;

    private Server(ServerConfig config, Routes routes) throws IOException {
        this.config = config;
        this.handler = new SocketHandler(config, routes, registry, stats);
        this.perAddress = new AddressCounts(config.maxConnectionsPerIp());
        this.handshaking = new AddressCounts(config.maxHandshakesPerIp());
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(config.bind(), config.port()), 4096);
        this.acceptThread = Thread.ofPlatform().name("accept").daemon(false).unstarted(this::acceptLoop);
        this.keepAliveThread = Thread.ofVirtual().name("keep-alive")
                .unstarted(new KeepAlive(registry, config.pingInterval(), config.pingTimeout(), config.closeTimeout()));
    }

    /** Binds and starts accepting. */
    public static Server start(ServerConfig config, Routes routes) throws IOException {
        Server server = new Server(config, routes);
        server.acceptThread.start();
        server.keepAliveThread.start();
        Logger.info("listening on {}:{}", config.bind(), server.port());
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    public ServerConfig config() {
        return config;
    }

    public ServerStats stats() {
        return stats;
    }

    /** Open WebSocket connections. */
    public int connectionCount() {
        return registry.size();
    }

    public ConnectionRegistry registry() {
        return registry;
    }

    /** Accepted sockets whose handler thread has not finished (handshaking, HTTP or WebSocket). */
    public int openSocketCount() {
        return sockets.size();
    }

    public boolean isStopping() {
        return stopping;
    }

    private void acceptLoop() {
        while (!stopping) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!stopping) {
                    Logger.error(e, "accept failed");
                }
                continue;
            }
            stats.accepted();
            if (sockets.size() >= config.maxConnections()) {
                refuse(socket, 503, "server full");
                continue;
            }
            InetAddress address = socket.getInetAddress();
            if (!perAddress.tryAdd(address)) {
                refuse(socket, 429, "too many connections from your address");
                continue;
            }
            if (!handshaking.tryAdd(address)) {
                perAddress.release(address);
                refuse(socket, 429, "too many handshakes in progress from your address");
                continue;
            }
            sockets.add(socket);
            stats.threads().sockets().newThread(() -> serve(socket, address)).start();
        }
    }

    /**
     * The start of one admitted socket's life, on its own virtual thread: the request head and its
     * answer. A WebSocket session then continues on a fresh virtual thread and this one ends.
     *
     * <p>Why a fresh thread: a parked virtual thread keeps its frames in stack chunks on the heap, and
     * frames frozen while the head was read stay in the first chunk underneath whatever is frozen later,
     * so a session reading on this thread parks in two chunks, one of them mostly dead space. An idle
     * connection's heap is mostly these chunks (BENCHMARKS.md, section 1).
     */
    private void serve(Socket socket, InetAddress address) {
        HandshakeSlot headDone = new HandshakeSlot(handshaking, address);
        WebSocketSession session = null;
        try {
            session = handler.handle(socket, headDone);
            if (session != null) {
                WebSocketSession upgraded = session;
                stats.threads().sockets().newThread(() -> runSession(upgraded, socket, address)).start();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            session = null; // no session thread took the socket over: this thread lets it go
            Logger.error(e, "handler failed for {}", socket.getRemoteSocketAddress());
        } finally {
            headDone.run();
            if (session == null) {
                release(socket, address);
            }
        }
    }

    /** A WebSocket's whole life after its 101, on its own virtual thread; then the socket's bookkeeping. */
    private void runSession(WebSocketSession session, Socket socket, InetAddress address) {
        try {
            session.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            Logger.error(e, "session failed for {}", socket.getRemoteSocketAddress());
        } finally {
            release(socket, address);
        }
    }

    /** Closes a socket that is done with and gives back its places. */
    private void release(Socket socket, InetAddress address) {
        closeQuietly(socket);
        sockets.remove(socket);
        perAddress.release(address);
        synchronized (lifecycle) {
            lifecycle.notifyAll();
        }
    }

    /**
     * An address's place among the heads being read, given back once: when the head is read or
     * refused, or when the socket ends before that. Only the socket's own thread touches it.
     */
    private static final class HandshakeSlot implements Runnable {
        private final AddressCounts counts;
        private final InetAddress address;
        private boolean released;

        HandshakeSlot(AddressCounts counts, InetAddress address) {
            this.counts = counts;
            this.address = address;
        }

        @Override
        public void run() {
            if (!released) {
                released = true;
                counts.release(address);
            }
        }
    }

    /** Answers {@code status} on a short-lived thread of its own, so the accept loop never writes. */
    private void refuse(Socket socket, int status, String reason) {
        stats.refused();
        stats.threads().sockets().newThread(() -> answerAndClose(socket, status, reason)).start();
    }

    private static void answerAndClose(Socket socket, int status, String reason) {
        try (socket) {
            HttpResponse.text(status, reason + "\n").writeTo(socket.getOutputStream(), false);
        } catch (IOException ignored) {
            // the peer is not ours to serve
        }
    }

    /**
     * Graceful shutdown: stop accepting, send Close 1001 to every connection, wait up to the shutdown
     * grace for them to finish, then cut what is left. Returns whether it was graceful. Idempotent.
     */
    public boolean shutdown() {
        synchronized (lifecycle) {
            if (closed) {
                return Boolean.TRUE.equals(graceful);
            }
            closed = true;
        }
        stopping = true;
        closeQuietly(listener);
        keepAliveThread.interrupt();
        registry.closeAll(CloseCode.GOING_AWAY, "server shutting down");
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        boolean done = awaitNoSockets(deadline);
        if (!done) {
            for (Connection c : registry.connections()) {
                c.abort(DropReason.SHUTDOWN_CUT);
            }
            sockets.forEach(Server::closeQuietly);
            awaitNoSockets(System.nanoTime() + config.closeTimeout().toNanos());
        }
        try {
            acceptThread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        graceful = done;
        if (done) {
            Logger.info("stopped gracefully: every connection closed within {} ms", config.shutdownGrace().toMillis());
        } else {
            Logger.warn("stopped forcefully: {} connection(s) did not close within {} ms and were cut",
                    sockets.size(), config.shutdownGrace().toMillis());
        }
        return done;
    }

    private boolean awaitNoSockets(long deadlineNanos) {
        synchronized (lifecycle) {
            while (!sockets.isEmpty()) {
                long left = (deadlineNanos - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                try {
                    lifecycle.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return sockets.isEmpty();
                }
            }
            return true;
        }
    }

    @Override
    public void close() {
        shutdown();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing during shutdown: nothing useful to do with a failure
        }
    }

}
