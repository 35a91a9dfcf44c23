package dev.moomoo.server;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.session.Endpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the port serves: plain HTTP handlers by exact path, WebSocket endpoints by exact path, and an
 * optional WebSocket endpoint for every other path (the MooMoo.io client connects on any path).
 */
public final class Routes {
    private final Map<String, Function<PageRequest, HttpResponse>> pages = new LinkedHashMap<>();
    private final Map<String, Endpoint> sockets = new LinkedHashMap<>();
    private Endpoint anyPathSocket;
    private java.util.function.Predicate<java.net.InetAddress> admission = address -> true;

    public Routes page(String path, Function<PageRequest, HttpResponse> handler) {
        pages.put(path, handler);
        return this;
    }

    public Routes socket(String path, Endpoint endpoint) {
        sockets.put(path, endpoint);
        return this;
    }

    /** The endpoint for upgrades on any path that has no endpoint of its own. */
    public Routes socketOnAnyPath(Endpoint endpoint) {
        anyPathSocket = endpoint;
        return this;
    }

    /** Which client addresses may be served at all (a ban list); others get 403. */
    public Routes admission(java.util.function.Predicate<java.net.InetAddress> allowed) {
        admission = allowed;
        return this;
    }

    boolean admits(java.net.InetAddress address) {
        return admission.test(address);
    }

    Function<PageRequest, HttpResponse> page(String path) {
        return pages.get(path);
    }

    Endpoint socket(String path) {
        Endpoint e = sockets.get(path);
        return e != null ? e : anyPathSocket;
    }
}
