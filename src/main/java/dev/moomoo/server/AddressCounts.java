package dev.moomoo.server;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;

/** How many of something (open sockets, heads being read) each client address holds, under a limit. */
final class AddressCounts {
    private final ConcurrentHashMap<InetAddress, Integer> counts = new ConcurrentHashMap<>();
    private final int limit;

    AddressCounts(int limit) {
        this.limit = limit;
    }

    /** Counts one more for {@code address}, unless it already holds the limit. */
    boolean tryAdd(InetAddress address) {
        if (counts.merge(address, 1, Integer::sum) <= limit) {
            return true;
        }
        release(address);
        return false;
    }

    /** Gives back one that {@link #tryAdd} counted. */
    void release(InetAddress address) {
        counts.computeIfPresent(address, (k, n) -> n == 1 ? null : n - 1);
    }
}
