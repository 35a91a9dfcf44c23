package dev.moomoo.admin;

import dev.moomoo.net.session.ConnectionThreads;

import java.util.SortedMap;

/**
 * What the metrics page reads of the transport: sockets and handshakes, counted by the server that
 * accepts them. Declared here, on the side that reads it, so that admin does not depend on the server
 * above it.
 */
public interface TransportCounts {
    /** The virtual threads serving sockets, counted while they run. */
    ConnectionThreads threads();

    long acceptedCount();

    long refusedCount();

    long handshakeCount();

    /** Failures so far by HTTP status, sorted. */
    SortedMap<Integer, Long> handshakeFailures();
}
