package dev.moomoo.server.services;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** The join rate per address: a minute's allowance at once, refilled evenly; IPv6 by its /64; a bounded memory. */
class AddressRateTest {
    private final TestClock clock = new TestClock();

    private static InetAddress ip(String address) throws UnknownHostException {
        return InetAddress.getByName(address);
    }

    @Test
    void anAddressGetsItsMinutesAllowanceAtOnceThenOneEveryShareOfAMinute() throws Exception {
        AddressRate rate = new AddressRate(clock, 3, 100);
        InetAddress a = ip("192.0.2.1");
        assertTrue(rate.tryTake(a));
        assertTrue(rate.tryTake(a));
        assertTrue(rate.tryTake(a));
        assertFalse(rate.tryTake(a), "the fourth in the same instant");
        assertTrue(rate.tryTake(ip("192.0.2.2")), "another address has its own");
        clock.advance(Duration.ofSeconds(19));
        assertFalse(rate.tryTake(a), "a third of a minute has not passed");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(rate.tryTake(a), "one more after 20 s");
        assertFalse(rate.tryTake(a));
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 3; i++) {
            assertTrue(rate.tryTake(a), "refilled, but to the allowance only");
        }
        assertFalse(rate.tryTake(a));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64() throws Exception {
        AddressRate rate = new AddressRate(clock, 2, 100);
        assertTrue(rate.tryTake(ip("2001:db8:1:2::1")));
        assertTrue(rate.tryTake(ip("2001:db8:1:2:ffff::9")));
        assertFalse(rate.tryTake(ip("2001:db8:1:2:abcd::1")), "the same /64");
        assertTrue(rate.tryTake(ip("2001:db8:1:3::1")), "the next /64 is someone else");
    }

    @Test
    void theAddressesRememberedAreBounded() throws Exception {
        AddressRate rate = new AddressRate(clock, 2, 2);
        assertTrue(rate.tryTake(ip("192.0.2.1")));
        assertTrue(rate.tryTake(ip("192.0.2.2")));
        assertFalse(rate.tryTake(ip("192.0.2.3")), "a third address while both others still count");
        assertEquals(2, rate.remembered());
        clock.advance(Duration.ofSeconds(30));
        assertTrue(rate.tryTake(ip("192.0.2.3")), "the others refilled and are forgotten");
        assertEquals(1, rate.remembered());
    }

    @Test
    void hasLeftAsksWithoutCountingForALimitOnFailuresOnly() throws Exception {
        AddressRate rate = new AddressRate(clock, 2, 100);
        InetAddress a = ip("192.0.2.1");
        for (int i = 0; i < 5; i++) {
            assertTrue(rate.hasLeft(a), "asking takes nothing");
        }
        assertTrue(rate.tryTake(a));
        assertTrue(rate.tryTake(a));
        assertFalse(rate.hasLeft(a), "both taken");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(rate.hasLeft(a), "one refilled");
    }
}
