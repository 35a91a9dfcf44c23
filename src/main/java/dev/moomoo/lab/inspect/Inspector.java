package dev.moomoo.lab.inspect;

import dev.moomoo.lab.LabFeed;
import dev.moomoo.net.http.HttpException;
import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.session.Endpoint;
import dev.moomoo.net.websocket.Handshake;
import org.tinylog.Logger;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The live packet inspector on the game port (README, "The live inspector"): {@code /inspect}, its assets
 * under {@code /inspect/}, its sign-in, its socket {@code /inspect/socket}, and the recordings
 * ({@link RecordingPages}: listed and downloaded by a signed-in page, started, stopped and marked by one
 * that may change things, with a POST from this origin); the server's routes call
 * {@link #page}, {@link #underFolder} and {@link #socket}. Off (404, with a page that says how to turn it
 * on) unless an admin token is set. Signing in posts the token from a form, never in the address; the
 * page then holds a session id in an HttpOnly, SameSite=Strict cookie for {@code /inspect} only. Wrong
 * tokens are limited per address ({@link SignInLimit}). Any thread.
 */
public final class Inspector {
    public static final String PATH = "/inspect";
    public static final String FOLDER = PATH + "/";
    public static final String SOCKET = FOLDER + "socket";
    static final String LOGIN = FOLDER + "login";
    static final String LOGOUT = FOLDER + "logout";
    /** Where the recordings are listed; one is downloaded at {@code RECORDINGS + "/<name>"}. */
    static final String RECORDINGS = FOLDER + "recordings";
    static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    static final int MAX_SESSIONS = 32;

    private final LabFeed feed;
    private final String adminToken;
    private final Set<String> allowedOrigins;
    private final Function<String, String> addresses;
    private final InspectSessions sessions;
    private final SignInLimit failures;
    private final InspectAssets assets = new InspectAssets();
    private final Map<String, Object> layouts = PacketLayouts.json();
    private final RecordingPages recordings;

    /**
     * How many wrong tokens an address may send. A try is reserved before the token is checked, so that
     * sign-ins posted at once cannot all pass the limit before any of them has failed; a right token
     * gives its try back.
     */
    public interface SignInLimit {
        /** Takes one try for {@code address}; false when it has none left now. */
        boolean reserve(InetAddress address);

        /** The try {@code address} reserved brought the right token: it does not count. */
        void giveBack(InetAddress address);
    }

    /**
     * @param feed           what the server's connections send and receive
     * @param adminToken     the setting {@code admin-token}; empty: the inspector is off
     * @param allowedOrigins the setting {@code allowed-origins}, which the socket's Origin must also pass
     * @param addresses      a connection's address by its id, "" when unknown
     * @param failures       the limit on wrong tokens
     * @param desk           the server's recordings and the commands that make them
     */
    public Inspector(LabFeed feed, String adminToken, Set<String> allowedOrigins, Function<String, String> addresses, SignInLimit failures,
                     RecordingDesk desk, InstantSource clock) {
        this.feed = feed;
        this.adminToken = adminToken;
        this.allowedOrigins = Set.copyOf(allowedOrigins);
        this.addresses = addresses;
        this.sessions = new InspectSessions(clock, SESSION_LIFETIME, MAX_SESSIONS, new SecureRandom());
        this.failures = failures;
        this.recordings = new RecordingPages(desk, assets);
    }

    private boolean on() {
        return !adminToken.isEmpty();
    }

    /** {@code GET /inspect}: the inspector for a signed-in page, else the sign-in form. */
    public HttpResponse page(HttpRequest request) {
        if (!on()) {
            return assets.page(404, "off.html");
        }
        return assets.page(200, sessions.of(request) != null ? "index.html" : "signin.html");
    }

    /** Any request under {@code /inspect/} but the socket's, from {@code remote}, with the {@code body} it posted. */
    public HttpResponse underFolder(HttpRequest request, InetAddress remote, byte[] body) {
        if (!on()) {
            return assets.page(404, "off.html");
        }
        String path = request.path();
        String method = request.method();
        if (path.equals(LOGIN) || path.equals(LOGOUT) || path.equals(RecordingPages.WATCH) || RecordingPages.CHANGES.contains(path)) {
            if (!method.equals("POST")) {
                return HttpResponse.text(405, "method not allowed\n").withHeader("Allow", "POST");
            }
            return switch (path) {
                case LOGIN -> login(request, remote, body);
                case LOGOUT -> logout(request);
                case RecordingPages.WATCH -> watch(request, body);
                default -> change(request, path, body);
            };
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return HttpResponse.text(405, "method not allowed\n").withHeader("Allow", "GET, HEAD");
        }
        if (path.equals(RECORDINGS) || path.startsWith(RECORDINGS + "/")) {
            InspectSessions.Session s = sessions.of(request);
            if (s == null) {
                return assets.page(403, "refused.html");
            }
            return path.equals(RECORDINGS) ? recordings.list(s) : recordings.download(path.substring(RECORDINGS.length() + 1));
        }
        return assets.file(path.substring(FOLDER.length()));
    }

    /** A page that asks to watch: any signed-in page of this origin (watching changes nothing in the game), else 403. */
    private HttpResponse watch(HttpRequest request, byte[] body) {
        InspectSessions.Session s = sessions.of(request);
        if (s == null || !sameOrigin(request)) {
            return assets.page(403, "refused.html");
        }
        return recordings.watch(s, form(new String(body, StandardCharsets.UTF_8)));
    }

    /** A request that changes something: a signed-in page of this origin whose sign-in asked for changes, else 403. */
    private HttpResponse change(HttpRequest request, String path, byte[] body) {
        InspectSessions.Session s = sessions.of(request);
        if (s == null || !sameOrigin(request)) {
            return assets.page(403, "refused.html");
        }
        if (!s.mayChange()) {
            return assets.json(403, Map.of("answer", "this page is read-only: sign in again with \"allow changes\" ticked"));
        }
        return recordings.change(s, path, form(new String(body, StandardCharsets.UTF_8)));
    }

    /** {@code POST /inspect/login}, a form of {@code token} and {@code changes} (a checkbox). */
    private HttpResponse login(HttpRequest request, InetAddress remote, byte[] body) {
        if (!sameOrigin(request)) {
            return assets.page(403, "refused.html");
        }
        if (!failures.reserve(remote)) {
            return assets.page(429, "slow.html").withHeader("Retry-After", "60");
        }
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String token = form.getOrDefault("token", "");
        if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8))) {
            return assets.page(403, "refused.html"); // the try it reserved stays taken
        }
        failures.giveBack(remote);
        InspectSessions.Session s = sessions.open(form.containsKey("changes"));
        Logger.info("{} signed in from {}", s, remote.getHostAddress());
        return HttpResponse.text(303, "signed in\n").withHeader("Location", PATH).withHeader("Set-Cookie", sessions.setCookie(s))
                .withHeader("Cache-Control", "no-store");
    }

    private HttpResponse logout(HttpRequest request) {
        InspectSessions.Session s = sessions.of(request);
        if (s != null && sameOrigin(request)) {
            sessions.close(s);
        }
        return HttpResponse.text(303, "signed out\n").withHeader("Location", PATH).withHeader("Set-Cookie", InspectSessions.clearCookie());
    }

    /** The socket of a signed-in page of this origin; refused with 403 otherwise. */
    public Endpoint socket(HttpRequest request) throws HttpException {
        if (!on()) {
            throw new HttpException(404, "the inspector is off: set admin-token");
        }
        InspectSessions.Session s = sessions.of(request);
        if (s == null) {
            throw new HttpException(403, "sign in at " + PATH + " first");
        }
        if (!sameOrigin(request)) {
            throw new HttpException(403, "Origin not allowed");
        }
        return new InspectSocket(sessions, s, feed, addresses, layouts);
    }

    /**
     * Whether a request that acts for a signed-in page comes from that page: its Origin, when the browser
     * sends one, is this host's or one of {@code allowed-origins}. The cookie's SameSite=Strict is the other half.
     */
    private boolean sameOrigin(HttpRequest request) {
        String origin = request.header("origin");
        if (origin == null) {
            return true;
        }
        String host = request.header("host");
        return origin.equals("http://" + host) || origin.equals("https://" + host)
                || (!allowedOrigins.isEmpty() && Handshake.originAllowed(request, allowedOrigins));
    }

    /** An {@code application/x-www-form-urlencoded} body's fields; the first of a name counts. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: that field is left out
            }
        }
        return fields;
    }

    /** Signed-in pages now, for tests and the console. */
    int sessions() {
        return sessions.size();
    }
}
