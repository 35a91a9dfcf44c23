package dev.moomoo.gateway;

import dev.moomoo.protocol.ClientKind;
import dev.moomoo.protocol.ServerKind;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Packet counters of the gateway, by kind and direction. Any thread. */
public final class GatewayStats {
    private final LongAdder[] packetsIn = adders(ClientKind.values().length);
    private final LongAdder[] bytesIn = adders(ClientKind.values().length);
    private final LongAdder[] packetsOut = adders(ServerKind.values().length);
    private final LongAdder[] bytesOut = adders(ServerKind.values().length);
    private final LongAdder violations = new LongAdder();
    /** Refused messages by reason, per client kind (the last row: no known kind). */
    private final Map<String, LongAdder>[] refusals = refusalRows();
    private final LongAdder violationCloses = new LongAdder();
    private final LongAdder inboxOverflows = new LongAdder();

    private static LongAdder[] adders(int n) {
        LongAdder[] a = new LongAdder[n];
        for (int i = 0; i < n; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }

    void received(ClientKind kind, int bytes) {
        packetsIn[kind.ordinal()].increment();
        bytesIn[kind.ordinal()].add(bytes);
    }

    void sent(ServerKind kind, int bytes) {
        packetsOut[kind.ordinal()].increment();
        bytesOut[kind.ordinal()].add(bytes);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, LongAdder>[] refusalRows() {
        Map<String, LongAdder>[] rows = new Map[ClientKind.values().length + 1];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new ConcurrentHashMap<>();
        }
        return rows;
    }

    /** A message refused for {@code reason} (a fixed label), about a packet of {@code kind} or of none known. */
    void refused(ClientKind kind, String reason) {
        refusals[kind == null ? refusals.length - 1 : kind.ordinal()].computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    /** Refused messages of {@code kind} (null: of no known kind) by reason. */
    public Map<String, Long> refusals(ClientKind kind) {
        Map<String, Long> out = new TreeMap<>();
        refusals[kind == null ? refusals.length - 1 : kind.ordinal()].forEach((r, n) -> out.put(r, n.sum()));
        return out;
    }

    void violation() {
        violations.increment();
    }

    void violationClose() {
        violationCloses.increment();
    }

    void inboxOverflow() {
        inboxOverflows.increment();
    }

    public long packetsIn(ClientKind kind) {
        return packetsIn[kind.ordinal()].sum();
    }

    public long bytesIn(ClientKind kind) {
        return bytesIn[kind.ordinal()].sum();
    }

    public long packetsOut(ServerKind kind) {
        return packetsOut[kind.ordinal()].sum();
    }

    public long bytesOut(ServerKind kind) {
        return bytesOut[kind.ordinal()].sum();
    }

    public long violations() {
        return violations.sum();
    }

    public long violationCloses() {
        return violationCloses.sum();
    }

    public long inboxOverflows() {
        return inboxOverflows.sum();
    }
}
