package dev.moomoo.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the transport, read by tests now and by the metrics endpoint later. */
public final class ServerStats {
    private final dev.moomoo.net.session.ConnectionThreads threads = new dev.moomoo.net.session.ConnectionThreads();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder handshakes = new LongAdder();
    private final ConcurrentHashMap<Integer, LongAdder> handshakeFailures = new ConcurrentHashMap<>();

    /** The virtual threads serving sockets, counted while they run. */
    public dev.moomoo.net.session.ConnectionThreads threads() {
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

    public long acceptedCount() {
        return accepted.sum();
    }

    public long refusedCount() {
        return refused.sum();
    }

    public long handshakeCount() {
        return handshakes.sum();
    }

    /** Failures so far by HTTP status, sorted. */
    public java.util.SortedMap<Integer, Long> handshakeFailures() {
        java.util.SortedMap<Integer, Long> out = new java.util.TreeMap<>();
        handshakeFailures.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long handshakeFailures(int status) {
        LongAdder a = handshakeFailures.get(status);
        return a == null ? 0 : a.sum();
    }
}
