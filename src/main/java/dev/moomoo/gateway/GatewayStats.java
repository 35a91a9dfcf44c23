package dev.moomoo.gateway;

import dev.moomoo.protocol.ClientKind;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerKind;
import dev.moomoo.protocol.keyed.KeyedFrameException;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Packet counters of one protocol profile's connections, by kind and direction. Any thread. */
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
    /** Packets its profile lacks, not sent (by server kind). */
    private final LongAdder[] leftOut = adders(ServerKind.values().length);
    /** Client frames the keyed protocol refused, by reason. */
    private final LongAdder[] keyedRefusals = adders(KeyedFrameException.Reason.values().length);
    /** v1.9 telemetry: the flags of every {@code T}, each bit of {@link ClientPacket.Telemetry#FLAGS} on its own, then any other. */
    private final LongAdder[] telemetryFlags = adders(ClientPacket.Telemetry.FLAGS.size() + 1);

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

    /** A packet of {@code kind}, which the profile lacks, was not sent. */
    void packetLeftOut(ServerKind kind) {
        leftOut[kind.ordinal()].increment();
    }

    /** Packets of {@code kind}, which the profile lacks, not sent. */
    public long leftOut(ServerKind kind) {
        return leftOut[kind.ordinal()].sum();
    }

    void keyedRefused(KeyedFrameException.Reason reason) {
        keyedRefusals[reason.ordinal()].increment();
    }

    /** Client frames the keyed protocol refused for {@code reason} (each closed its connection with 4001). */
    public long keyedRefusals(KeyedFrameException.Reason reason) {
        return keyedRefusals[reason.ordinal()].sum();
    }

    /** Counts each flag a {@code T} carries. */
    void telemetry(int flags) {
        int known = 0;
        for (int i = 0; i < ClientPacket.Telemetry.FLAGS.size(); i++) {
            int flag = ClientPacket.Telemetry.FLAGS.get(i);
            known |= flag;
            if ((flags & flag) != 0) {
                telemetryFlags[i].increment();
            }
        }
        if ((flags & ~known) != 0) {
            telemetryFlags[ClientPacket.Telemetry.FLAGS.size()].increment();
        }
    }

    /** The {@code T} packets that carried {@code flag} (one of {@link ClientPacket.Telemetry#FLAGS}), or, for 0, any flag this server does not know. */
    public long telemetryFlag(int flag) {
        int i = ClientPacket.Telemetry.FLAGS.indexOf(flag);
        return telemetryFlags[i < 0 ? ClientPacket.Telemetry.FLAGS.size() : i].sum();
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
