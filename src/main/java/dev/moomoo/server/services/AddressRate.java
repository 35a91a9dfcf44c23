package dev.moomoo.server.services;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * How often one client address may ask for something (a join ticket, a failed sign-in to the inspector): {@code perMinute} a minute, all of
 * them at once at most (a bucket of that many that refills evenly over a minute). An IPv6 address counts
 * by its /64, the block one subscriber gets, so a client cannot dodge the rate by changing its last bits.
 * The addresses remembered are bounded: past {@code maxAddresses}, the ones whose bucket has refilled
 * are forgotten, and while none has, a new address is refused. Any thread.
 */
public final class AddressRate {
    private static final long MINUTE_MILLIS = 60_000;

    private final InstantSource clock;
    private final int perMinute;
    private final int maxAddresses;
    private final Map<Key, Bucket> buckets = new HashMap<>();

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
    }

    /** Counts one request from {@code address}; false when it is over its rate (the request is then not counted). */
    public synchronized boolean tryTake(InetAddress address) {
        long now = clock.millis();
        Key key = Key.of(address);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxAddresses && !forgetRefilled(now)) {
                return false;
            }
            bucket = new Bucket(perMinute, now);
            buckets.put(key, bucket);
        }
        refill(bucket, now);
        if (bucket.left < 1) {
            return false;
        }
        bucket.left -= 1;
        return true;
    }

    /**
     * Whether {@code address} has at least one request left now, without counting one: for a limit on
     * failures only, asked before the attempt and {@link #tryTake taken} when it fails.
     */
    public synchronized boolean hasLeft(InetAddress address) {
        Bucket bucket = buckets.get(Key.of(address));
        if (bucket == null) {
            return buckets.size() < maxAddresses || forgetRefilled(clock.millis());
        }
        refill(bucket, clock.millis());
        return bucket.left >= 1;
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

    /** Forgets every address whose bucket is full again; returns whether any was. */
    private boolean forgetRefilled(long now) {
        boolean any = false;
        Iterator<Bucket> it = buckets.values().iterator();
        while (it.hasNext()) {
            Bucket b = it.next();
            refill(b, now);
            if (b.left >= perMinute) {
                it.remove();
                any = true;
            }
        }
        return any;
    }
}
