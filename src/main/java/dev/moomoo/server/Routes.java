package dev.moomoo.server;

import dev.moomoo.net.http.HttpException;
import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.http.RequestTarget;
import dev.moomoo.net.session.Endpoint;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the port serves: plain HTTP handlers by exact path (or for every path under a folder that has no
 * handler of its own), web services under a folder (any method, a small body read first), WebSocket
 * endpoints by exact path, and an optional WebSocket endpoint for every other path (the MooMoo.io
 * client connects on any path).
 */
public final class Routes {
    private final Map<String, Function<PageRequest, HttpResponse>> pages = new LinkedHashMap<>();
    private final Map<String, Function<PageRequest, HttpResponse>> folders = new LinkedHashMap<>();
    private final Map<String, Function<PageRequest, HttpResponse>> services = new LinkedHashMap<>();
    private final Map<String, Endpoint> sockets = new LinkedHashMap<>();
    private final Map<String, SocketChoice> chosenSockets = new LinkedHashMap<>();
    private final Map<String, Endpoint> socketFolders = new LinkedHashMap<>();
    private Function<HttpRequest, Endpoint> anyPathSocket = request -> null;
    private Predicate<InetAddress> admission = address -> true;

    public Routes page(String path, Function<PageRequest, HttpResponse> handler) {
        pages.put(path, handler);
        return this;
    }

    /**
     * The handler for every path that starts with {@code folder} (which ends in {@code /}) and has no page
     * of its own; the longest matching folder wins. The handler answers 404 for what it does not have.
     */
    public Routes pagesUnder(String folder, Function<PageRequest, HttpResponse> handler) {
        if (!folder.endsWith("/")) {
            throw new IllegalArgumentException("a folder ends in /: " + folder);
        }
        folders.put(folder, handler);
        return this;
    }

    /**
     * The handler of every request, whatever its method, for a path that starts with {@code folder}
     * (which ends in {@code /}): web services, which answer {@code POST} with a body and a CORS
     * preflight ({@code OPTIONS}) themselves. The longest matching folder wins.
     */
    public Routes servicesUnder(String folder, Function<PageRequest, HttpResponse> handler) {
        if (!folder.endsWith("/")) {
            throw new IllegalArgumentException("a folder ends in /: " + folder);
        }
        services.put(folder, handler);
        return this;
    }

    public Routes socket(String path, Endpoint endpoint) {
        sockets.put(path, endpoint);
        return this;
    }

    /** Picks the endpoint of one upgrade from its request, or refuses it with the exception's status. */
    @FunctionalInterface
    public interface SocketChoice {
        Endpoint endpointFor(HttpRequest request) throws HttpException;
    }

    /**
     * The endpoint for upgrades on exactly {@code path}, chosen per upgrade by {@code choice}, which sees
     * the request's headers (a cookie that signs the socket in) and may refuse it with an HTTP status.
     */
    public Routes socketFor(String path, SocketChoice choice) {
        chosenSockets.put(path, choice);
        return this;
    }

    /**
     * The endpoint for upgrades on every path under {@code folder} (which ends in {@code /}) that has no
     * endpoint of its own: the rest of the path names what to connect to (the v1.9 page dials
     * {@code /s/<world>}). The longest matching folder wins.
     */
    public Routes socketsUnder(String folder, Endpoint endpoint) {
        if (!folder.endsWith("/")) {
            throw new IllegalArgumentException("a folder ends in /: " + folder);
        }
        socketFolders.put(folder, endpoint);
        return this;
    }

    /** The endpoint for upgrades on any path that has no endpoint of its own. */
    public Routes socketOnAnyPath(Endpoint endpoint) {
        return socketOnAnyPath(request -> endpoint);
    }

    /**
     * The endpoint for upgrades on any path that has no endpoint of its own, chosen by the request (its
     * query or its Host names a world); null from {@code choice} refuses the upgrade with 404.
     */
    public Routes socketOnAnyPath(Function<HttpRequest, Endpoint> choice) {
        anyPathSocket = choice;
        return this;
    }

    /** Which client addresses may be served at all (a ban list); others get 403. */
    public Routes admission(Predicate<InetAddress> allowed) {
        admission = allowed;
        return this;
    }

    boolean admits(InetAddress address) {
        return admission.test(address);
    }

    /** The page that answers a GET of {@code path}: its own, else the longest folder's; null when none does. */
    public Function<PageRequest, HttpResponse> page(String path) {
        Function<PageRequest, HttpResponse> page = pages.get(path);
        return page != null ? page : underLongest(folders, path);
    }

    /** The web service for {@code path}, or null when it is not under a service folder. */
    Function<PageRequest, HttpResponse> service(String path) {
        return underLongest(services, path);
    }

    /** The endpoint for an upgrade {@code request}, or null when none serves it; refused by its path's {@link SocketChoice}. */
    Endpoint socket(HttpRequest request) throws HttpException {
        String path = RequestTarget.path(request.target());
        SocketChoice choice = chosenSockets.get(path);
        if (choice != null) {
            return choice.endpointFor(request);
        }
        Endpoint e = sockets.get(path);
        if (e == null) {
            e = underLongest(socketFolders, path);
        }
        return e != null ? e : anyPathSocket.apply(request);
    }

    /** What the longest folder of {@code byFolder} that {@code path} is under maps to, or null. */
    private static <T> T underLongest(Map<String, T> byFolder, String path) {
        String longest = null;
        for (String folder : byFolder.keySet()) {
            if (path.startsWith(folder) && (longest == null || folder.length() > longest.length())) {
                longest = folder;
            }
        }
        return longest == null ? null : byFolder.get(longest);
    }
}
