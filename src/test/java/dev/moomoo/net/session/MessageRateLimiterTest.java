package dev.moomoo.net.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MessageRateLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenOnePerPeriod() {
        MessageRateLimiter limiter = new MessageRateLimiter(10, 20, 0);
        for (int i = 0; i < 20; i++) {
            assertTrue(limiter.tryAcquire(0), "token " + i + " of the burst");
        }
        assertFalse(limiter.tryAcquire(0), "the 21st at once");
        assertFalse(limiter.tryAcquire(SECOND / 10 - 1), "just before the next token is due");
        assertTrue(limiter.tryAcquire(SECOND / 10), "one token after a tenth of a second");
        assertFalse(limiter.tryAcquire(SECOND / 10));
    }

    @Test
    void refillsNoFurtherThanTheBurst() {
        MessageRateLimiter limiter = new MessageRateLimiter(10, 5, 0);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryAcquire(0));
        }
        long later = 100 * SECOND;
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.tryAcquire(later), "token " + i + " after a long quiet");
        }
        assertFalse(limiter.tryAcquire(later), "a long quiet saves up no more than the burst");
    }

    @Test
    void zeroMeansNoLimit() {
        MessageRateLimiter limiter = new MessageRateLimiter(0, 1, 0);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(limiter.tryAcquire(0));
        }
    }

    @Test
    void acquireWaitsForTheNextToken() throws InterruptedException {
        MessageRateLimiter limiter = new MessageRateLimiter(50, 1);
        limiter.acquire();
        long start = System.nanoTime();
        limiter.acquire();
        long waited = System.nanoTime() - start;
        assertTrue(waited >= SECOND / 50 - 1_000_000L, "waited " + waited + " ns for a token due in 20 ms");
    }
}
