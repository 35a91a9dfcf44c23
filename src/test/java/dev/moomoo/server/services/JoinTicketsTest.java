package dev.moomoo.server.services;

import dev.moomoo.gateway.JoinGate.Admission;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** Join tickets: single use, bound to their world and device, good for seconds, bounded in number. */
class JoinTicketsTest {
    private final TestClock clock = new TestClock();
    private final JoinTickets tickets = new JoinTickets(clock, Duration.ofSeconds(30), 3, new SecureRandom());

    private static String token(JoinTickets.Issued issued) {
        return "tk:" + issued.ticket();
    }

    private static void refused(Admission a, String why) {
        assertInstanceOf(Admission.Refused.class, a, why);
        assertTrue(((Admission.Refused) a).reason().contains(why), ((Admission.Refused) a).reason());
    }

    @Test
    void aTicketLetsOneSocketInWithItsDeviceIdAndNoSecond() {
        JoinTickets.Issued issued = tickets.issue("main", "device-0123456789");
        assertEquals("device-0123456789", issued.deviceId(), "the page's own device id is kept");
        assertEquals(new Admission.Admitted("device-0123456789"), tickets.admit("main", token(issued)));
        refused(tickets.admit("main", token(issued)), "unknown join ticket");
        assertEquals(0, tickets.waiting());
    }

    @Test
    void aPageWithoutAWellFormedDeviceIdIsGivenOne() {
        JoinTickets.Issued none = tickets.issue("main", null);
        JoinTickets.Issued odd = tickets.issue("main", "<script>");
        assertTrue(none.deviceId().matches("[A-Za-z0-9_-]{22}"), none.deviceId());
        assertTrue(odd.deviceId().matches("[A-Za-z0-9_-]{22}"), odd.deviceId());
        assertNotEquals(none.deviceId(), odd.deviceId());
        assertNotEquals(none.ticket(), odd.ticket());
        assertEquals(new Admission.Admitted(odd.deviceId()), tickets.admit("main", token(odd)));
        assertFalse(odd.toString().contains(odd.ticket()), "a ticket is never printed: " + odd);
    }

    @Test
    void aTicketIsGoodForItsLifetimeOnly() {
        JoinTickets.Issued early = tickets.issue("main", null);
        JoinTickets.Issued late = tickets.issue("main", null);
        clock.advance(Duration.ofSeconds(29));
        assertInstanceOf(Admission.Admitted.class, tickets.admit("main", token(early)), "29 s of 30");
        clock.advance(Duration.ofSeconds(1));
        refused(tickets.admit("main", token(late)), "join ticket");
        assertEquals(0, tickets.waiting(), "expired tickets are dropped");
    }

    @Test
    void aTicketIsForTheWorldItWasIssuedForAndIsUsedUpByAWrongTry() {
        JoinTickets.Issued issued = tickets.issue("main", null);
        refused(tickets.admit("other", token(issued)), "a join ticket for world main, not other");
        refused(tickets.admit("main", token(issued)), "unknown join ticket");
    }

    @Test
    void pastTheBoundTheOldestTicketIsDropped() {
        JoinTickets.Issued first = tickets.issue("main", null);
        JoinTickets.Issued second = tickets.issue("main", null);
        tickets.issue("main", null);
        JoinTickets.Issued fourth = tickets.issue("main", null);
        assertEquals(3, tickets.waiting());
        refused(tickets.admit("main", token(first)), "unknown join ticket");
        assertInstanceOf(Admission.Admitted.class, tickets.admit("main", token(second)));
        assertInstanceOf(Admission.Admitted.class, tickets.admit("main", token(fourth)));
    }

    @Test
    void whatIsNotATicketIsRefusedSayingWhat() {
        refused(tickets.admit("main", null), "no token");
        refused(tickets.admit("main", ""), "no token");
        refused(tickets.admit("main", "cf:XXXX.turnstile"), "a captcha token without a join ticket");
        refused(tickets.admit("main", "tk:"), "unknown join ticket");
        refused(tickets.admit("main", "tk:guess"), "unknown join ticket");
        refused(tickets.admit("main", "something"), "not a join ticket");
    }
}
