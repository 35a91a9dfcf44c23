package dev.moomoo.server;

import dev.moomoo.admin.TransportCounts;
import dev.moomoo.net.session.ConnectionThreads;

import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the transport, read by tests and by the metrics page. */
public final class ServerStats implements TransportCounts {
    private final ConnectionThreads threads = new ConnectionThreads();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder handshakes = new LongAdder();
    private final ConcurrentHashMap<Integer, LongAdder> handshakeFailures = new ConcurrentHashMap<>();

    /** The virtual threads serving sockets, counted while they run. */
    @Override
    public ConnectionThreads threads() {
        return threads;
    }

    void accepted() {
        accepted.increment();
    }

    void refused() {
        refused.increment();
    }

    void handshakeCompleted() {
        handshakes.increment();
    }

    void handshakeFailed(int status) {
        handshakeFailures.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    @Override
    public long acceptedCount() {
        return accepted.sum();
    }

    @Override
    public long refusedCount() {
        return refused.sum();
    }

    @Override
    public long handshakeCount() {
        return handshakes.sum();
    }

    /** Failures so far by HTTP status, sorted. */
    @Override
    public SortedMap<Integer, Long> handshakeFailures() {
        SortedMap<Integer, Long> out = new TreeMap<>();
        handshakeFailures.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long handshakeFailures(int status) {
        LongAdder a = handshakeFailures.get(status);
        return a == null ? 0 : a.sum();
    }
}
