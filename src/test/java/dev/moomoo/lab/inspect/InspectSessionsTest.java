package dev.moomoo.lab.inspect;

import dev.moomoo.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** The inspector's sessions: random, expiring, bounded in number, found by their cookie. */
class InspectSessionsTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final InstantSource clock = () -> Instant.ofEpochMilli(now.get());

    @Test
    void aSessionLastsItsLifetimeThenIsGone() {
        InspectSessions sessions = new InspectSessions(clock, Duration.ofHours(1), 4, new SecureRandom());
        InspectSessions.Session s = sessions.open(true);
        assertTrue(s.mayChange());
        now.addAndGet(Duration.ofMinutes(59).toMillis());
        assertEquals(s, sessions.find(s.id()));
        now.addAndGet(Duration.ofMinutes(1).toMillis());
        assertNull(sessions.find(s.id()), "expired");
        assertEquals(0, sessions.size());
    }

    @Test
    void pastTheBoundTheOldestIsForgotten() {
        InspectSessions sessions = new InspectSessions(clock, Duration.ofHours(1), 2, new SecureRandom());
        InspectSessions.Session first = sessions.open(false);
        InspectSessions.Session second = sessions.open(false);
        InspectSessions.Session third = sessions.open(false);
        assertNull(sessions.find(first.id()));
        assertNotNull(sessions.find(second.id()));
        assertNotNull(sessions.find(third.id()));
        assertEquals(2, sessions.size());
    }

    @Test
    void idsAreLongRandomAndUnlikeEachOther() {
        InspectSessions sessions = new InspectSessions(clock, Duration.ofHours(1), 1000, new SecureRandom());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String id = sessions.open(false).id();
            assertTrue(id.matches("[A-Za-z0-9_-]{43}"), "32 bytes, URL-safe base64: " + id);
            ids.add(id);
        }
        assertEquals(500, ids.size());
        assertFalse(sessions.open(false).toString().contains(sessions.open(false).id()), "toString never shows an id");
    }

    @Test
    void aSessionIsNamedByItsPlaceAmongTheSignInsNeverByItsId() {
        InspectSessions sessions = new InspectSessions(clock, Duration.ofHours(1), 2, new SecureRandom());
        List<InspectSessions.Session> opened = List.of(sessions.open(true), sessions.open(false), sessions.open(false));
        assertEquals(List.of("inspect 1", "inspect 2", "inspect 3"), opened.stream().map(InspectSessions.Session::label).toList(),
                "numbered on, past the bound that forgot the first");
        for (InspectSessions.Session s : opened) {
            assertFalse(s.label().contains(s.id()) || s.toString().contains(s.id()), s.toString());
        }
        assertEquals("inspect 1 (may change)", opened.getFirst().toString());
    }

    @Test
    void theSessionIsFoundByItsCookieAmongOthers() {
        InspectSessions sessions = new InspectSessions(clock, Duration.ofHours(1), 4, new SecureRandom());
        InspectSessions.Session s = sessions.open(false);
        HttpRequest request = new HttpRequest("GET", "/inspect", "HTTP/1.1",
                List.of(new HttpRequest.Header("cookie", "theme=dark; " + InspectSessions.COOKIE + "=" + s.id() + "; x=1")), new byte[0]);
        assertEquals(s, sessions.of(request));
        assertNull(InspectSessions.cookie("theme=dark", InspectSessions.COOKIE));
        assertNull(InspectSessions.cookie(null, InspectSessions.COOKIE));
    }
}
