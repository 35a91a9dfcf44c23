package dev.moomoo.gateway;

import dev.moomoo.lab.replay.Show;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The shows armed for spectators (README, "Replays and spectating"): each for one literal address, in any
 * of its spellings; two minutes at most, on the spectators' clock (a test's own here); eight at once.
 */
class SpectatorsTest {
    private static final Show.Maker NEVER_MADE = (profile, screen) -> {
        throw new AssertionError("no show is made by arming or taking it");
    };
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Spectators spectators = new Spectators(now::get);

    private static InetAddress from(String literal) {
        return InetAddress.ofLiteral(literal);
    }

    @Test
    void aShowIsTakenOnceAndOnlyByItsOwnAddressInWhicheverSpellingItWasNamed() {
        assertEquals("0:0:0:0:0:0:0:1", spectators.arm("::1", "live view of player 3", NEVER_MADE), "IPv6 loopback, written out");
        assertEquals("127.0.0.2", spectators.arm("127.0.0.2", "replay of a.rec.zip", NEVER_MADE));

        assertNull(spectators.take(from("127.0.0.1"), null), "another address is seated as usual");
        assertNull(spectators.take(from("::2"), null));
        assertEquals("live view of player 3", spectators.take(from("0:0:0:0:0:0:0:1"), null).label());
        assertNull(spectators.take(from("::1"), null), "taken once");
        assertEquals("replay of a.rec.zip", spectators.take(from("::ffff:127.0.0.2"), null).label(), "IPv4 as an IPv4-mapped IPv6 peer");
    }

    @Test
    void onlyALiteralAddressIsArmedAHostNameIsNeverLookedUp() {
        for (String notLiteral : List.of("localhost", "example.invalid", "", "127.0.0.256", "::1::2")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spectators.arm(notLiteral, "x", NEVER_MADE), notLiteral);
            assertTrue(e.getMessage().contains("not an IP address"), e.getMessage());
        }
        assertEquals(List.of(), spectators.waiting());
    }

    @Test
    void aShowWaitsTwoMinutesAndIsThenNeitherTakenNorListed() {
        spectators.arm("127.0.0.2", "replay of a.rec.zip", NEVER_MADE);
        now.addAndGet(MINUTE / 2);
        assertEquals(List.of("replay of a.rec.zip waits for the next connection from 127.0.0.2: armed 30 s ago, dropped in 90 s"),
                spectators.waiting());
        now.addAndGet(2 * MINUTE - MINUTE / 2 - 1);
        assertEquals(1, spectators.waiting().size(), "still there a nanosecond before its two minutes");

        now.incrementAndGet();
        assertNull(spectators.take(from("127.0.0.2"), null), "two minutes after it was armed: expired");
        assertEquals(List.of(), spectators.waiting());
    }

    @Test
    void anExpiredShowIsDroppedWhenTakingEvenIfNeverListed() {
        spectators.arm("127.0.0.2", "live view of player 3", NEVER_MADE);
        now.addAndGet(3 * MINUTE);
        assertNull(spectators.take(from("127.0.0.2"), null));
        spectators.arm("127.0.0.2", "live view of player 4", NEVER_MADE);
        assertEquals("live view of player 4", spectators.take(from("127.0.0.2"), null).label(), "the fresh one, not the expired one");
    }

    @Test
    void theNinthShowIsRefusedInOneLineUntilOneIsTakenOrExpires() {
        for (int i = 1; i <= 8; i++) {
            spectators.arm("127.0.0." + i, "show " + i, NEVER_MADE);
            now.addAndGet(MINUTE / 8);
        }
        IllegalStateException full = assertThrows(IllegalStateException.class, () -> spectators.arm("127.0.0.9", "show 9", NEVER_MADE));
        assertFalse(full.getMessage().contains("\n"), "one line: " + full.getMessage());
        assertEquals(8, spectators.waiting().size());

        assertEquals("show 5", spectators.take(from("127.0.0.5"), null).label());
        spectators.arm("127.0.0.9", "show 9", NEVER_MADE);
        assertThrows(IllegalStateException.class, () -> spectators.arm("127.0.0.10", "show 10", NEVER_MADE));

        // show 1 was armed 8 eighths of a minute ago; another minute and it has waited its two
        now.addAndGet(MINUTE);
        spectators.arm("127.0.0.10", "show 10", NEVER_MADE);
        assertNull(spectators.take(from("127.0.0.1"), null), "expired, its place given to show 10");
        assertEquals("show 10", spectators.take(from("127.0.0.10"), null).label());
    }

    @Test
    void aShowArmedForAPageIsTakenOnlyByItsTokenOnceFromAnyAddressAndNeverByAnAddress() {
        String token = spectators.armForPage("replay of a.rec.zip", NEVER_MADE);
        assertTrue(token.matches("[0-9a-f]{32}"), "128 random bits in hex: " + token);
        assertNotEquals(token, spectators.armForPage("live view of player 3", NEVER_MADE), "each page its own token");

        assertNull(spectators.take(from("127.0.0.1"), null), "a socket without the token is seated as usual");
        assertNull(spectators.take(from("127.0.0.1"), token.substring(1) + "0"), "another token takes nothing");
        assertNull(spectators.take(from("127.0.0.1"), ""), "an empty token takes nothing");
        assertEquals("replay of a.rec.zip", spectators.take(from("10.1.2.3"), token).label(), "from any address");
        assertNull(spectators.take(from("10.1.2.3"), token), "once");
        assertEquals(List.of("live view of player 3 waits for the page of its watch link: armed 0 s ago, dropped in 120 s"), spectators.waiting());
    }

    @Test
    void aPageTokenExpiresAndCountsAgainstTheEightLikeAnyShow() {
        String old = spectators.armForPage("show 0", NEVER_MADE);
        for (int i = 1; i < 8; i++) {
            spectators.armForPage("show " + i, NEVER_MADE);
        }
        assertThrows(IllegalStateException.class, () -> spectators.armForPage("show 8", NEVER_MADE));
        assertThrows(IllegalStateException.class, () -> spectators.arm("127.0.0.1", "show 8", NEVER_MADE));
        now.addAndGet(2 * MINUTE);
        assertNull(spectators.take(from("127.0.0.1"), old), "two minutes after it was armed: expired");
        assertEquals(List.of(), spectators.waiting());
    }
}
