package dev.moomoo.lab.inspect;

import dev.moomoo.net.http.HttpRequest;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inspector's signed-in sessions, in memory only (a restart signs everyone out): a random id that
 * the page keeps in a cookie, whether its sign-in asked to change things, and when it expires. At most
 * {@code max} at once: signing in past that forgets the oldest. Any thread.
 */
final class InspectSessions {
    /** The cookie's name; its path is {@link Inspector#PATH}, so it goes nowhere else on the port. */
    static final String COOKIE = "moomoo-inspect";

    /**
     * One signed-in page. {@code label}: who it is in markers and logs ({@code inspect 3}: the third sign-in
     * since the server started), never the secret id. {@code mayChange}: its sign-in asked for changes
     * (starting and stopping recordings, markers).
     */
    record Session(String id, String label, boolean mayChange, long expiresAtMillis) {
        @Override
        public String toString() {
            return label + (mayChange ? " (may change)" : " (read-only)"); // never the id
        }
    }

    private final InstantSource clock;
    private final Duration lifetime;
    private final int max;
    private final SecureRandom random;
    /** In the order they were opened: the first is the oldest. */
    private final Map<String, Session> byId = new LinkedHashMap<>();
    private long signIns;

    InspectSessions(InstantSource clock, Duration lifetime, int max, SecureRandom random) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.max = max;
        this.random = random;
    }

    /** A new session: 32 random bytes, URL-safe base64, unguessable. */
    synchronized Session open(boolean mayChange) {
        forgetExpired();
        while (byId.size() >= max) {
            Iterator<String> oldest = byId.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Session s = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), "inspect " + ++signIns, mayChange,
                clock.millis() + lifetime.toMillis());
        byId.put(s.id(), s);
        return s;
    }

    /** The live session of {@code request}'s cookie, or null. */
    synchronized Session of(HttpRequest request) {
        String id = cookie(request.header("cookie"), COOKIE);
        return id == null ? null : find(id);
    }

    /** The session {@code id} while it lasts, or null. */
    synchronized Session find(String id) {
        Session s = byId.get(id);
        if (s != null && s.expiresAtMillis() <= clock.millis()) {
            byId.remove(id);
            return null;
        }
        return s;
    }

    synchronized void close(Session s) {
        byId.remove(s.id());
    }

    synchronized int size() {
        forgetExpired();
        return byId.size();
    }

    /** The {@code Set-Cookie} value that keeps {@code s} in the page for its lifetime: not for scripts, not sent by other sites. */
    String setCookie(Session s) {
        return COOKIE + "=" + s.id() + "; Path=" + Inspector.PATH + "; HttpOnly; SameSite=Strict; Max-Age=" + lifetime.toSeconds();
    }

    /** The {@code Set-Cookie} value that forgets it. */
    static String clearCookie() {
        return COOKIE + "=; Path=" + Inspector.PATH + "; HttpOnly; SameSite=Strict; Max-Age=0";
    }

    private void forgetExpired() {
        long now = clock.millis();
        byId.values().removeIf(s -> s.expiresAtMillis() <= now);
    }

    /** The value of cookie {@code name} in a {@code Cookie} header ({@code a=1; b=2}), or null. */
    static String cookie(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String pair : header.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                return pair.substring(eq + 1).trim();
            }
        }
        return null;
    }
}
