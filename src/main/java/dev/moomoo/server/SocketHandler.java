package dev.moomoo.server;

import dev.moomoo.net.http.HttpBodyReader;
import dev.moomoo.net.http.HttpException;
import dev.moomoo.net.http.HttpHeadReader;
import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.session.ConnectionRegistry;
import dev.moomoo.net.session.Disconnects;
import dev.moomoo.net.session.Endpoint;
import dev.moomoo.net.session.SessionLimits;
import dev.moomoo.net.session.WebSocketSession;
import dev.moomoo.net.websocket.Handshake;
import org.tinylog.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.util.Set;
import java.util.function.Function;

/**
 * What the virtual thread of one accepted socket does: read the request head, then either answer it
 * as HTTP, or complete the WebSocket handshake and hand back the session that serves the socket next.
 */
final class SocketHandler {
    /** The largest body a web service is sent: a join request with its captcha token is well under it. */
    static final int MAX_SERVICE_BODY = 8192;

    private final ServerConfig config;
    private final Routes routes;
    private final ConnectionRegistry registry;
    private final HttpHeadReader headReader;
    private final SessionLimits limits;
    private final ServerStats stats;

    SocketHandler(ServerConfig config, Routes routes, ConnectionRegistry registry, ServerStats stats) {
        this.config = config;
        this.routes = routes;
        this.registry = registry;
        this.stats = stats;
        this.headReader = new HttpHeadReader(new HttpHeadReader.Limits(
                config.maxLineLength(), config.maxHeaderCount(), config.maxHeadBytes(), config.handshakeTimeout().toMillis()));
        this.limits = new SessionLimits(config.maxFrameSize(), config.maxMessageSize(), config.outboundQueueFrames(), config.outboundQueueBytes(),
                config.closeTimeout().toMillis(), config.messagesPerSecond(), config.messageBurst(), config.controlFramesPerSecond());
    }

    /**
     * Reads the request head and answers it: a page, a refusal, or the 101 of a WebSocket upgrade.
     * Returns the WebSocket session that is to serve the socket from now on, or null when the socket is
     * done with (the caller closes it either way). {@code headRead} runs once the head is read or refused.
     */
    WebSocketSession handle(Socket socket, Runnable headRead) throws InterruptedException {
        try {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            HttpRequest request;
            try {
                request = headReader.read(socket, in);
                headRead.run();
            } catch (HttpException e) {
                headRead.run();
                stats.handshakeFailed(e.status());
                Logger.debug("{}: bad request head, answering {}: {}", socket.getRemoteSocketAddress(), e.status(), e.getMessage());
                HttpResponse.error(e).writeTo(out, false);
                return null;
            }
            if (request == null) {
                return null; // connected and left without a byte
            }
            socket.setSoTimeout(0);
            if (!routes.admits(socket.getInetAddress())) {
                stats.handshakeFailed(403);
                HttpResponse.text(403, "banned\n").writeTo(out, false);
                return null;
            }
            if (Handshake.isUpgradeRequest(request)) {
                return upgrade(socket, in, out, request);
            }
            serve(socket, in, out, request);
        } catch (IOException e) {
            if (!Disconnects.isExpected(e)) {
                Logger.warn("{}: I/O error: {}", socket.getRemoteSocketAddress(), e.toString());
            }
        }
        return null;
    }

    /** Completes the handshake and returns the session to run, or answers the refusal and returns null. */
    private WebSocketSession upgrade(Socket socket, InputStream in, OutputStream out, HttpRequest request) throws IOException {
        HttpResponse accept;
        boolean originAllowed = Handshake.originAllowed(request, config.allowedOrigins());
        Endpoint endpoint;
        try {
            endpoint = routes.socket(request);
            if (endpoint == null) {
                throw new HttpException(404, "no WebSocket endpoint at " + request.path());
            }
            // An endpoint that refuses a foreign Origin itself does so after the upgrade, with a close code.
            accept = Handshake.accept(request, endpoint.refusesForeignOriginItself() ? Set.of() : config.allowedOrigins());
        } catch (HttpException e) {
            stats.handshakeFailed(e.status());
            Logger.debug("{}: upgrade refused with {}: {}", socket.getRemoteSocketAddress(), e.status(), e.getMessage());
            HttpResponse.error(e).writeTo(out, false);
            return null;
        }
        accept.writeTo(out, false);
        stats.handshakeCompleted();
        InputStream frames = request.leftover().length == 0 ? in
                : new SequenceInputStream(new ByteArrayInputStream(request.leftover()), in);
        return new WebSocketSession(socket, frames, out, request.target(), originAllowed, endpoint, limits, registry, stats.threads());
    }

    private void serve(Socket socket, InputStream in, OutputStream out, HttpRequest request) throws IOException {
        boolean head = request.method().equals("HEAD");
        Function<PageRequest, HttpResponse> service = routes.service(request.path());
        if (service != null) {
            byte[] body = new byte[0];
            if (request.method().equals("POST")) {
                try {
                    body = HttpBodyReader.read(socket, in, request, MAX_SERVICE_BODY, config.handshakeTimeout().toMillis());
                } catch (HttpException e) {
                    Logger.debug("{}: request body refused with {}: {}", socket.getRemoteSocketAddress(), e.status(), e.getMessage());
                    HttpResponse.error(e).writeTo(out, false);
                    return;
                }
            }
            service.apply(new PageRequest(request, socket.getInetAddress(), body)).writeTo(out, head);
            return;
        }
        if (!head && !request.method().equals("GET")) {
            HttpResponse.text(405, "method not allowed\n").withHeader("Allow", "GET, HEAD").writeTo(out, false);
            return;
        }
        Function<PageRequest, HttpResponse> page = routes.page(request.path());
        HttpResponse response = page == null ? HttpResponse.text(404, "not found\n") : page.apply(new PageRequest(request, socket.getInetAddress()));
        response.writeTo(out, head);
    }
}
