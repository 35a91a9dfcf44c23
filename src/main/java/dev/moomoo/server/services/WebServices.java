package dev.moomoo.server.services;

import dev.moomoo.net.websocket.Handshake;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.protocol.Json;
import dev.moomoo.protocol.JsonReader;
import dev.moomoo.server.PageRequest;
import org.tinylog.Logger;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The web services the v1.9 page calls, under {@code /api/} (the page's API base is patched to
 * {@code location.origin + "/api"}): the server list, join tickets, and answers for the account
 * features this server does not have. Every answer carries CORS headers, so a page served from another
 * origin can call them too ({@code allowed-origins} narrows which), and a preflight ({@code OPTIONS})
 * is answered for every path. Any thread.
 */
public final class WebServices {
    public static final String FOLDER = "/api/";
    /** What the page is told of accounts, clans, friends, profiles and top boards. */
    public static final String NOT_AVAILABLE = "not available on this server";
    /** Addresses remembered for the join rate at most (README "Security": a flood from more is met upstream). */
    private static final int RATE_ADDRESSES = 100_000;

    private final Supplier<List<ListedWorld>> worlds;
    private final TicketIssuer tickets;
    private final AddressRate joinRate;
    private final Set<String> allowedOrigins;

    /**
     * Issues the join ticket for a socket to the world listed by {@code key}, bound to the device id the
     * page offered (null: none) when it is of the right form; null when no world of the list has that key.
     */
    @FunctionalInterface
    public interface TicketIssuer {
        JoinTickets.Issued issue(String key, String deviceId);
    }

    /**
     * {@code worlds} is the list as it is now (empty while the server stops: the page then says the
     * server has closed); {@code allowedOrigins} as the setting of that name (empty: any origin).
     */
    public WebServices(Supplier<List<ListedWorld>> worlds, TicketIssuer tickets, int joinsPerMinute, InstantSource clock, Set<String> allowedOrigins) {
        this.worlds = worlds;
        this.tickets = tickets;
        this.joinRate = new AddressRate(clock, joinsPerMinute, RATE_ADDRESSES);
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /**
     * The services of a server's own worlds: a ticket of {@code tickets} for a world of {@code worlds}, which
     * is all its keyed endpoints accept besides signed ones.
     */
    public WebServices(Supplier<List<ListedWorld>> worlds, JoinTickets tickets, int joinsPerMinute, InstantSource clock, Set<String> allowedOrigins) {
        this(worlds, (key, deviceId) -> worlds.get().stream().anyMatch(w -> w.key().equals(key)) ? tickets.issue(key, deviceId) : null,
                joinsPerMinute, clock, allowedOrigins);
    }

    /** The handler of everything under {@link #FOLDER}. */
    public HttpResponse handle(PageRequest r) {
        return handle(r, r.request().path().substring(FOLDER.length() - 1));
    }

    /** Answers {@code r} as the service {@code service} ({@code /servers}, {@code /join}, ...), wherever its path put it. */
    public HttpResponse handle(PageRequest r, String service) {
        String method = r.request().method();
        HttpResponse answer;
        if (method.equals("OPTIONS")) {
            answer = HttpResponse.of(200, "text/plain; charset=utf-8", new byte[0])
                    .withHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                    .withHeader("Access-Control-Allow-Headers", "Content-Type")
                    .withHeader("Access-Control-Max-Age", "600");
        } else {
            answer = switch (service) {
                case "/servers" -> only(method, "GET", () -> json(200, worlds.get().stream().map(ListedWorld::json).toList()));
                case "/join" -> only(method, "POST", () -> join(r));
                // Names and clan names: nothing is reserved here, since there are no accounts.
                case "/name-check", "/clan-check" -> only(method, "GET", () -> json(200, Map.of()));
                default -> json(404, Map.of("error", NOT_AVAILABLE));
            };
        }
        return withCors(r, answer.withHeader("Cache-Control", "no-store"));
    }

    private static HttpResponse only(String method, String allowed, Supplier<HttpResponse> answer) {
        boolean ok = method.equals(allowed) || (allowed.equals("GET") && method.equals("HEAD"));
        return ok ? answer.get() : json(405, Map.of("error", "method not allowed")).withHeader("Allow", allowed + ", OPTIONS");
    }

    /**
     * {@code POST /api/join {captcha, auth, did, host}}: a ticket for the world the page chose ({@code host}
     * is {@code <key>.<region>.<base host>}), bound to the page's device id. There is no captcha to check
     * (the page's Turnstile is a stand-in) and no account: a guest gets a ticket as long as its address
     * keeps to the rate.
     */
    private HttpResponse join(PageRequest r) {
        if (!joinRate.tryTake(r.remote())) {
            return json(429, Map.of("error", "slow down"));
        }
        Map<String, Object> body;
        try {
            body = JsonReader.flatObject(new String(r.body(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return json(400, Map.of("error", "bad request"));
        }
        if (!(body.get("host") instanceof String host)) {
            return json(400, Map.of("error", "bad request"));
        }
        int dot = host.indexOf('.');
        String key = dot < 0 ? host : host.substring(0, dot);
        JoinTickets.Issued issued = tickets.issue(key, body.get("did") instanceof String did ? did : null);
        if (issued == null) {
            return json(403, Map.of("error", "no such server"));
        }
        Logger.debug("{}: {} to world {}", r.remote().getHostAddress(), issued, key);
        return json(200, Map.of("ticket", issued.ticket(), "did", issued.deviceId()));
    }

    /** {@code response} with the CORS headers of every answer here (a page of another origin may read it). */
    public HttpResponse withCors(PageRequest r, HttpResponse response) {
        if (allowedOrigins.isEmpty()) {
            return response.withHeader("Access-Control-Allow-Origin", "*");
        }
        if (Handshake.originAllowed(r.request(), allowedOrigins)) { // the same rule as the sockets'
            response.withHeader("Access-Control-Allow-Origin", r.request().header("origin"));
        }
        return response.withHeader("Vary", "Origin");
    }

    /** {@code value} as a JSON answer. */
    public static HttpResponse json(int status, Object value) {
        return HttpResponse.of(status, "application/json; charset=utf-8", Json.write(value).getBytes(StandardCharsets.UTF_8));
    }
}
