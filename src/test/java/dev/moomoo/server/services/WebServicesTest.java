package dev.moomoo.server.services;

import dev.moomoo.gateway.JoinGate.Admission;
import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.protocol.JsonReader;
import dev.moomoo.server.PageRequest;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The web services as the v1.9 page calls them (the shapes of the protocol description's server list
 * and join, src/site/keyed-protocol.md): the list, tickets, the account features answered as not
 * available, and the CORS headers on every answer.
 */
class WebServicesTest {
    private final TestClock clock = new TestClock();
    private final JoinTickets tickets = new JoinTickets(clock, Duration.ofSeconds(30), 100, new SecureRandom());
    private List<ListedWorld> listed = List.of(new ListedWorld("eu-west", "main", "main", 3, 40, "Home"));

    private WebServices services(Set<String> origins) {
        return new WebServices(() -> listed, tickets, 2, clock, origins);
    }

    private static PageRequest request(String method, String target, String body, String... headers) throws UnknownHostException {
        List<HttpRequest.Header> h = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            h.add(new HttpRequest.Header(headers[i], headers[i + 1]));
        }
        return new PageRequest(new HttpRequest(method, target, "HTTP/1.1", h, new byte[0]), InetAddress.getByName("192.0.2.7"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(HttpResponse r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> json(HttpResponse r) {
        assertEquals("application/json; charset=utf-8", r.headers().get("Content-Type"));
        return JsonReader.flatObject(text(r));
    }

    private HttpResponse join(WebServices s, String body) throws UnknownHostException {
        return s.handle(request("POST", "/api/join", body, "content-type", "application/json"));
    }

    @Test
    void theServerListIsABareArrayOfThisServersWorld() throws Exception {
        HttpResponse r = services(Set.of()).handle(request("GET", "/api/servers?v=1.28", ""));
        assertEquals(200, r.status());
        assertEquals("application/json; charset=utf-8", r.headers().get("Content-Type"));
        assertEquals("[{\"region\":\"eu-west\",\"name\":\"main\",\"key\":\"main\",\"playerCount\":3,\"playerCapacity\":40,\"regionName\":\"Home\"}]", text(r));
        assertEquals("no-store", r.headers().get("Cache-Control"));
        listed = List.of(new ListedWorld("local", "main", "main", 0, 100, ""));
        assertEquals("[{\"region\":\"local\",\"name\":\"main\",\"key\":\"main\",\"playerCount\":0,\"playerCapacity\":100}]",
                text(services(Set.of()).handle(request("GET", "/api/servers?v=1.28", ""))), "no regionName: the page's own label");
        listed = List.of();
        assertEquals("[]", text(services(Set.of()).handle(request("GET", "/api/servers", ""))), "while stopping: no server");
    }

    @Test
    void joinGivesATicketForTheChosenWorldBoundToTheDevice() throws Exception {
        WebServices s = services(Set.of());
        HttpResponse r = join(s, "{\"captcha\":\"stand-in\",\"did\":\"my-device-id\",\"host\":\"main.eu-west.moomoo.io\"}");
        assertEquals(200, r.status());
        Map<String, Object> answer = json(r);
        assertEquals(Set.of("ticket", "did"), answer.keySet());
        assertEquals("my-device-id", answer.get("did"));
        assertEquals(new Admission.Admitted("my-device-id"), tickets.admit("main", "tk:" + answer.get("ticket")));

        Map<String, Object> fresh = json(join(s, "{\"captcha\":\"stand-in\",\"host\":\"main.eu-west.moomoo.io\"}"));
        assertTrue(((String) fresh.get("did")).matches("[A-Za-z0-9_-]{22}"), "a page without one is given a device id");
    }

    @Test
    void joinRefusesWhatItCannotServeAndAnAddressPastItsRate() throws Exception {
        WebServices s = services(Set.of());
        HttpResponse unknown = join(s, "{\"host\":\"other.eu-west.moomoo.io\"}");
        assertEquals(403, unknown.status());
        assertEquals(Map.of("error", "no such server"), json(unknown));
        HttpResponse bad = s.handle(request("POST", "/api/join", "captcha=1"));
        assertEquals(400, bad.status());
        assertEquals(Map.of("error", "bad request"), json(bad));
        HttpResponse limited = join(s, "{\"host\":\"main.eu-west.moomoo.io\"}");
        assertEquals(429, limited.status(), "two a minute, and two were asked");
        assertEquals(Map.of("error", "slow down"), json(limited));
        assertEquals("*", limited.headers().get("Access-Control-Allow-Origin"), "the page can read the refusal");
        clock.advance(Duration.ofSeconds(30));
        assertEquals(200, join(s, "{\"host\":\"main.eu-west.moomoo.io\"}").status());
        assertEquals(405, s.handle(request("GET", "/api/join", "")).status());
        assertEquals("POST, OPTIONS", s.handle(request("GET", "/api/join", "")).headers().get("Allow"));
        listed = List.of();
        assertEquals(403, join(services(Set.of()), "{\"host\":\"main.eu-west.moomoo.io\"}").status(), "a stopping server issues no ticket");
    }

    @Test
    void theAccountFeaturesAreNotAvailableAndNamesAreFree() throws Exception {
        WebServices s = services(Set.of());
        assertEquals(Map.of(), json(s.handle(request("GET", "/api/name-check?name=bob", ""))));
        assertEquals(Map.of(), json(s.handle(request("GET", "/api/clan-check?name=ab", ""))));
        for (String path : List.of("/api/top?span=week", "/api/profile?name=bob", "/api/clan?name=abc", "/api/friends/allow", "/api/account",
                "/api/clan/mine", "/api/discord/link?code=1", "/api/anything")) {
            HttpResponse r = s.handle(request(path.equals("/api/account") || path.startsWith("/api/clan/") ? "POST" : "GET", path, "{}"));
            assertEquals(404, r.status(), path);
            assertEquals(Map.of("error", "not available on this server"), json(r), path);
        }
    }

    @Test
    void corsHeadersOnEveryAnswerAndAPreflightForJsonPosts() throws Exception {
        WebServices open = services(Set.of());
        HttpResponse preflight = open.handle(request("OPTIONS", "/api/join", "", "origin", "https://elsewhere.example",
                "access-control-request-method", "POST", "access-control-request-headers", "content-type"));
        assertEquals(200, preflight.status());
        assertEquals("*", preflight.headers().get("Access-Control-Allow-Origin"));
        assertTrue(preflight.headers().get("Access-Control-Allow-Methods").contains("POST"));
        assertEquals("Content-Type", preflight.headers().get("Access-Control-Allow-Headers"));
        assertEquals("*", open.handle(request("GET", "/api/servers", "")).headers().get("Access-Control-Allow-Origin"));

        WebServices narrow = services(Set.of("https://play.example"));
        HttpResponse allowed = narrow.handle(request("GET", "/api/servers", "", "origin", "https://play.example"));
        assertEquals("https://play.example", allowed.headers().get("Access-Control-Allow-Origin"));
        assertEquals("Origin", allowed.headers().get("Vary"));
        HttpResponse other = narrow.handle(request("OPTIONS", "/api/join", "", "origin", "https://evil.example"));
        assertNull(other.headers().get("Access-Control-Allow-Origin"), "a browser will not let that origin post");
    }
}
