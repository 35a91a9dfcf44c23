package dev.moomoo.server.services;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rate per address: a minute's allowance at once, refilled evenly; IPv6 by its /64; a bounded memory
 * that addresses beyond it share one allowance of, so that many addresses buy no more tries than one.
 */
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
    void aFullTableForgetsTheAddressAskedAboutLongestAgoOnlyOnceItsAllowanceRefilledWhole() throws Exception {
        AddressRate rate = new AddressRate(clock, 2, 2);
        InetAddress first = ip("192.0.2.1");
        InetAddress second = ip("192.0.2.2");
        assertTrue(rate.tryTake(first));
        assertTrue(rate.tryTake(second));
        assertTrue(rate.tryTake(first), "first is now the one asked about last");
        assertFalse(rate.tryTake(first), "and its allowance is spent");

        // second, asked about longest ago, has not refilled: the new addresses share one allowance of 2
        assertTrue(rate.tryTake(ip("192.0.2.3")));
        assertTrue(rate.tryTake(ip("192.0.2.4")));
        for (int i = 5; i < 50; i++) {
            assertFalse(rate.tryTake(ip("192.0.2." + i)), "cycling through addresses buys no tries: " + i);
        }
        assertEquals(2, rate.remembered(), "still two remembered");
        assertFalse(rate.tryTake(first), "nor does it give back first's");

        clock.advance(Duration.ofSeconds(30)); // second is whole again (it spent one), first has one back
        assertTrue(rate.tryTake(ip("192.0.2.60")), "takes second's place, with an allowance of its own");
        assertTrue(rate.tryTake(ip("192.0.2.60")));
        assertFalse(rate.tryTake(ip("192.0.2.60")));
        assertEquals(2, rate.remembered());
        assertTrue(rate.tryTake(first), "first is remembered still, half refilled");
        assertFalse(rate.tryTake(first));
    }

    @Test
    void aTryGivenBackCountsAgainButNeverPastTheAllowance() throws Exception {
        AddressRate rate = new AddressRate(clock, 2, 100);
        InetAddress a = ip("192.0.2.1");
        assertTrue(rate.tryTake(a));
        assertTrue(rate.tryTake(a));
        assertFalse(rate.tryTake(a), "both taken");
        rate.giveBack(a);
        assertTrue(rate.tryTake(a), "the one given back");
        assertFalse(rate.tryTake(a));
        for (int i = 0; i < 5; i++) {
            rate.giveBack(a);
        }
        assertTrue(rate.tryTake(a));
        assertTrue(rate.tryTake(a));
        assertFalse(rate.tryTake(a), "given back five times, two at most are there");
        rate.giveBack(ip("192.0.2.9")); // an address never seen is not remembered for it (what it gives back goes to the shared allowance)
        assertEquals(1, rate.remembered());
    }
}
