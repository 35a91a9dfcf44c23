package dev.moomoo.lab.inspect;

import dev.moomoo.client.WsClient;
import dev.moomoo.server.InspectorRoutes;
import org.junit.jupiter.api.Test;

import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The inspector's HTTP side over real sockets: off without a token, the sign-in and its cookie, refusals and their limit, the socket's. */
class InspectorHttpTest {

    @Test
    void withoutAnAdminTokenEverythingIsA404PageThatSaysHowToTurnItOn() throws IOException {
        try (InspectServer s = new InspectServer("")) {
            for (String path : new String[] {"/inspect", "/inspect/inspect.js", "/inspect/recordings"}) {
                String r = s.get(path);
                assertTrue(r.startsWith("HTTP/1.1 404 "), path + ": " + r);
                assertTrue(r.contains("text/html") && r.contains("--admin-token="), "the page says how to turn it on: " + r);
            }
            assertTrue(s.post(Inspector.LOGIN, "token=").startsWith("HTTP/1.1 404 "), "no sign-in, even with the empty token");
            try (WsClient c = s.socket()) {
                assertTrue(c.readHead().startsWith("HTTP/1.1 404 "));
            }
        }
    }

    @Test
    void theSignInIsAFormThatPostsTheTokenNotAnAddressThatCarriesIt() throws IOException {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN)) {
            String page = s.get("/inspect");
            assertTrue(page.startsWith("HTTP/1.1 200 "), page);
            assertTrue(page.contains("<form method=\"post\" action=\"/inspect/login\"") && page.contains("type=\"password\" name=\"token\""), page);
            assertTrue(page.contains("type=\"checkbox\" name=\"changes\""), "changes are asked for with a checkbox");
            assertTrue(page.contains("Cache-Control: no-store") && page.contains("frame-ancestors 'none'"), page);
            assertFalse(s.get("/inspect?token=" + InspectServer.TOKEN).contains("inspect.js"), "a token in the address signs nobody in");
        }
    }

    @Test
    void theRightTokenGivesASessionCookieForTheInspectorOnlyThatScriptsAndOtherSitesCannotUse() throws IOException {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN)) {
            String r = s.post(Inspector.LOGIN, "token=" + InspectServer.TOKEN);
            assertTrue(r.startsWith("HTTP/1.1 303 ") && r.contains("Location: /inspect\r\n"), r);
            String[] cookie = InspectServer.setCookie(r);
            assertTrue(cookie[0].length() > InspectSessions.COOKIE.length() + 40, "a long random id: " + cookie[0]);
            assertFalse(cookie[0].contains(InspectServer.TOKEN), "the cookie is not the token");
            assertTrue(cookie[1].contains("; HttpOnly"), cookie[1]);
            assertTrue(cookie[1].contains("; SameSite=Strict"), cookie[1]);
            assertTrue(cookie[1].contains("; Path=/inspect"), cookie[1]);
            assertTrue(cookie[1].contains("; Max-Age="), "it expires: " + cookie[1]);
            String app = s.get("/inspect", "Cookie: " + cookie[0]);
            assertTrue(app.startsWith("HTTP/1.1 200 ") && app.contains("/inspect/inspect.js"), "signed in, the inspector itself: " + app);
            String other = InspectServer.setCookie(s.post(Inspector.LOGIN, "token=" + InspectServer.TOKEN))[0];
            assertNotEquals(cookie[0], other, "each sign-in gets its own session");
            String out = s.exchange("POST " + Inspector.LOGOUT + " HTTP/1.1\r\nHost: x\r\nCookie: " + cookie[0] + "\r\nContent-Length: 0\r\n\r\n");
            assertTrue(out.contains("Max-Age=0"), "signing out clears the cookie: " + out);
            assertFalse(s.get("/inspect", "Cookie: " + cookie[0]).contains("inspect.js"), "and ends the session");
        }
    }

    @Test
    void aWrongTokenIsRefusedWithA403PageAndAfterFiveAMinuteEvenTheRightOneWaits() throws IOException {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN)) {
            for (int i = 0; i < InspectorRoutes.FAILURES_PER_MINUTE; i++) {
                String r = s.post(Inspector.LOGIN, "token=guess" + i);
                assertTrue(r.startsWith("HTTP/1.1 403 ") && r.contains("text/html") && r.contains("not the admin token"), r);
                assertFalse(r.contains("Set-Cookie"), r);
            }
            String limited = s.post(Inspector.LOGIN, "token=" + InspectServer.TOKEN);
            assertTrue(limited.startsWith("HTTP/1.1 429 ") && limited.contains("Retry-After: "), "the address waits, right token or not: " + limited);
            assertFalse(limited.contains("Set-Cookie"), limited);
        }
    }

    /** The server's limit with a clock that stands still: nothing refills while a test runs. */
    private static Inspector.SignInLimit frozenLimit() {
        return InspectorRoutes.signInLimit(InstantSource.fixed(Instant.parse("2026-12-05T12:00:00Z")));
    }

    @Test
    void wrongTokensPostedAtOnceFromOneAddressGetAtMostTheLimitCheckedAndTheRestA429() throws Exception {
        int posts = 20; // under the setting max-connections-per-ip (32), so that all are open at once
        Inspector.SignInLimit limit = frozenLimit();
        // The worst order: every post has been to the limit before any token is compared.
        CountDownLatch allAsked = new CountDownLatch(posts);
        Inspector.SignInLimit everyoneAsksFirst = new Inspector.SignInLimit() {
            @Override
            public boolean reserve(InetAddress address) {
                boolean mayTry = limit.reserve(address);
                allAsked.countDown();
                try {
                    allAsked.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return mayTry;
            }

            @Override
            public void giveBack(InetAddress address) {
                limit.giveBack(address);
            }
        };
        try (InspectServer s = new InspectServer(InspectServer.TOKEN, everyoneAsksFirst);
             ExecutorService threads = Executors.newFixedThreadPool(posts)) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                String body = "token=guess" + i;
                answers.add(threads.submit(() -> s.post(Inspector.LOGIN, body).lines().findFirst().orElse("")));
            }
            Map<String, Integer> statuses = new TreeMap<>();
            for (Future<String> a : answers) {
                statuses.merge(a.get(30, TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(Map.of("HTTP/1.1 403 Forbidden", InspectorRoutes.FAILURES_PER_MINUTE,
                    "HTTP/1.1 429 Too Many Requests", posts - InspectorRoutes.FAILURES_PER_MINUTE), statuses);
        }
        assertFalse(limit.reserve(InetAddress.getLoopbackAddress()), "the address's tries are spent");
    }

    @Test
    void theRightTokenDoesNotCountAgainstTheLimit() throws Exception {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN, frozenLimit())) {
            for (int i = 0; i < 3 * InspectorRoutes.FAILURES_PER_MINUTE; i++) {
                s.signIn(false);
            }
            for (int i = 0; i < InspectorRoutes.FAILURES_PER_MINUTE; i++) {
                assertTrue(s.post(Inspector.LOGIN, "token=guess" + i).startsWith("HTTP/1.1 403 "), "wrong token " + i);
            }
            assertTrue(s.post(Inspector.LOGIN, "token=guess").startsWith("HTTP/1.1 429 "));
        }
    }

    @Test
    void aSignInFromAnotherSitesPageIsRefused() throws IOException {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN)) {
            String r = s.post(Inspector.LOGIN, "token=" + InspectServer.TOKEN, "Origin: http://evil.example");
            assertTrue(r.startsWith("HTTP/1.1 403 "), r);
        }
    }

    @Test
    void theSocketIsRefusedWithoutTheCookieWithAStaleOneAndFromAnotherOrigin() throws IOException {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN)) {
            try (WsClient c = s.socket()) {
                assertTrue(c.readHead().startsWith("HTTP/1.1 403 "), "no cookie");
            }
            try (WsClient c = s.socket("Cookie: " + InspectSessions.COOKIE + "=made-up")) {
                assertTrue(c.readHead().startsWith("HTTP/1.1 403 "), "a session id nobody was given");
            }
            String cookie = s.signIn(false);
            try (WsClient c = s.socket(cookie, "Origin: http://evil.example")) {
                assertTrue(c.readHead().startsWith("HTTP/1.1 403 "), "another site's page, with the cookie");
            }
            try (WsClient c = s.socket(cookie, "Origin: http://127.0.0.1")) {
                assertTrue(c.readHead().startsWith("HTTP/1.1 101 "), "the inspector's own page");
            }
        }
    }

    @Test
    void theSocketAlsoKeepsToAllowedOrigins() throws IOException {
        try (InspectServer s = new InspectServer(InspectServer.TOKEN, "allowed-origins", "https://moomoo.example")) {
            String cookie = s.signIn(false);
            try (WsClient c = s.socket(cookie)) {
                assertTrue(c.readHead().startsWith("HTTP/1.1 403 "), "an allow-list needs an Origin on it, as the game's socket does");
            }
            try (WsClient c = s.socket(cookie, "Origin: https://moomoo.example")) {
                assertTrue(c.readHead().startsWith("HTTP/1.1 101 "));
            }
        }
    }

    @Test
    void theFormIsReadAsTheBrowserSendsIt() {
        assertEquals("a b&c", Inspector.form("token=a+b%26c&changes=on").get("token"));
        assertEquals("on", Inspector.form("token=a+b%26c&changes=on").get("changes"));
        assertEquals("first", Inspector.form("token=first&token=second").get("token"));
        assertNull(Inspector.form("token=%zz").get("token"), "a malformed escape is left out");
    }

    @Test
    void theGameServerServesItOnItsPortWithItsAdminToken() throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "admin-token", InspectServer.TOKEN,
                "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "ban-file", "", "animals", "none", "console", "false"));
        try (GameServer game = GameServer.start(ServerConfig.defaults(settings)); WsClient c = WsClient.tcp(game.port(), 5000)) {
            c.write("GET /inspect HTTP/1.1\r\nHost: x\r\n\r\n");
            String r = c.readResponse();
            assertTrue(r.startsWith("HTTP/1.1 200 ") && r.contains("action=\"/inspect/login\""), r);
        }
    }
}
