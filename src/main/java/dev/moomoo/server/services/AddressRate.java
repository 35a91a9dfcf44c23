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
 * The addresses remembered are bounded: past {@code maxAddresses}, the one asked about longest ago is
 * forgotten (its bucket has had the longest to refill), so that a full table never refuses a new address.
 * Any thread.
 */
public final class AddressRate {
    private static final long MINUTE_MILLIS = 60_000;

    private final InstantSource clock;
    private final int perMinute;
    private final int maxAddresses;
    /** In the order they were last asked about, the oldest first. */
    private final Map<Key, Bucket> buckets;

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
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Bucket> eldest) {
                return size() > AddressRate.this.maxAddresses;
            }
        };
    }

    /**
     * Counts one request from {@code address}; false when it is over its rate (the request is then not
     * counted). Checking and counting are one step, so that requests at once from one address never pass
     * together more than its allowance.
     */
    public synchronized boolean tryTake(InetAddress address) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(Key.of(address), k -> new Bucket(perMinute, now));
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
        Bucket bucket = buckets.get(Key.of(address));
        if (bucket != null) {
            bucket.left = Math.min(perMinute, bucket.left + 1);
        }
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
