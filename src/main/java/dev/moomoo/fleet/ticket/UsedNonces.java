package dev.moomoo.fleet.ticket;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The nonces of the signed tickets a game server has let in, each remembered until its ticket can no
 * longer be shown (its expiry plus the allowed clock skew), so that no ticket opens two sockets. At most
 * {@code max} are remembered: while that many are, a new one is refused rather than an old one
 * forgotten, since forgetting would let its ticket in again. Any thread.
 */
final class UsedNonces {
    /** What {@link #use} found. */
    enum Use {
        FIRST, REPLAYED, FULL
    }

    private record Remembered(String nonce, Instant until) {
    }

    private final int max;
    private final Map<String, Instant> until = new HashMap<>();
    private final PriorityQueue<Remembered> byExpiry = new PriorityQueue<>((a, b) -> a.until().compareTo(b.until()));

    UsedNonces(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("room for one nonce at least");
        }
        this.max = max;
    }

    /** Remembers {@code nonce} until {@code forgetAt} if it was not used before and there is room; {@code now} forgets the ones past theirs. */
    synchronized Use use(String nonce, Instant forgetAt, Instant now) {
        while (!byExpiry.isEmpty() && !byExpiry.peek().until().isAfter(now)) {
            until.remove(byExpiry.poll().nonce());
        }
        if (until.containsKey(nonce)) {
            return Use.REPLAYED;
        }
        if (until.size() >= max) {
            return Use.FULL;
        }
        until.put(nonce, forgetAt);
        byExpiry.add(new Remembered(nonce, forgetAt));
        return Use.FIRST;
    }

    synchronized int remembered() {
        return until.size();
    }
}
