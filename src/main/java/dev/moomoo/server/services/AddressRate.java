package dev.moomoo.server.services;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often one client address may ask for something (a join ticket, a failed sign-in to the inspector): {@code perMinute} a minute, all of
 * them at once at most (a bucket of that many that refills evenly over a minute). An IPv6 address counts
 * by its /64, the block one subscriber gets, so a client cannot dodge the rate by changing its last bits.
 * The addresses remembered are bounded by {@code maxAddresses}. A new address takes the place of the one
 * asked about longest ago only once that one's allowance has refilled whole (forgetting it then gives it
 * nothing back); while none has, every address the full table cannot hold shares one more allowance of
 * {@code perMinute}. So cycling through more addresses than the table holds buys no tries: it is what
 * keeps the inspector's sign-in limited however many addresses an attacker has. Any thread.
 */
public final class AddressRate {
    private static final long MINUTE_MILLIS = 60_000;

    private final InstantSource clock;
    private final int perMinute;
    private final int maxAddresses;
    /** In the order they were last asked about, the oldest first. */
    private final Map<Key, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true);
    /** The allowance shared by the addresses a full table cannot hold. */
    private final Bucket overflow;

    /** An address, or an IPv6 address's first 64 bits. */
    private record Key(byte[] bytes) {
        static Key of(InetAddress address) {
            byte[] b = address.getAddress();
            return new Key(address instanceof Inet6Address ? Arrays.copyOf(b, 8) : b);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    /** What is left of an address's allowance, as it stood at {@code atMillis}. */
    private static final class Bucket {
        double left;
        long atMillis;

        Bucket(double left, long atMillis) {
            this.left = left;
            this.atMillis = atMillis;
        }
    }

    public AddressRate(InstantSource clock, int perMinute, int maxAddresses) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.maxAddresses = maxAddresses;
        this.overflow = new Bucket(perMinute, clock.millis());
    }

    /**
     * Counts one request from {@code address}; false when it is over its rate (the request is then not
     * counted). Checking and counting are one step, so that requests at once from one address never pass
     * together more than its allowance.
     */
    public synchronized boolean tryTake(InetAddress address) {
        long now = clock.millis();
        Bucket bucket = bucketOf(Key.of(address), now);
        refill(bucket, now);
        if (bucket.left < 1) {
            return false;
        }
        bucket.left -= 1;
        return true;
    }

    /**
     * Gives back one request {@link #tryTake taken} from {@code address} that turned out not to count (for a
     * limit on failures only: a try is taken before the attempt and given back when it succeeds).
     */
    public synchronized void giveBack(InetAddress address) {
        Bucket bucket = buckets.getOrDefault(Key.of(address), overflow);
        bucket.left = Math.min(perMinute, bucket.left + 1);
    }

    /**
     * {@code key}'s bucket: its own, a new one (in the place of the address asked about longest ago, when the
     * table is full and that one's allowance has refilled whole), or the shared {@link #overflow} (lock held).
     */
    private Bucket bucketOf(Key key, long now) {
        Bucket own = buckets.get(key);
        if (own != null) {
            return own;
        }
        if (buckets.size() >= maxAddresses) {
            Map.Entry<Key, Bucket> eldest = buckets.entrySet().iterator().next();
            refill(eldest.getValue(), now);
            if (eldest.getValue().left < perMinute) {
                return overflow;
            }
            buckets.remove(eldest.getKey());
        }
        Bucket fresh = new Bucket(perMinute, now);
        buckets.put(key, fresh);
        return fresh;
    }

    /** Addresses remembered now. */
    synchronized int remembered() {
        return buckets.size();
    }

    private void refill(Bucket b, long now) {
        long elapsed = Math.max(0, now - b.atMillis);
        b.left = Math.min(perMinute, b.left + (double) elapsed * perMinute / MINUTE_MILLIS);
        b.atMillis = now;
    }
}
