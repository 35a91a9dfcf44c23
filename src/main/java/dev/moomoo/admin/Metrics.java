package dev.moomoo.admin;

import dev.moomoo.game.tick.TickStats;
import dev.moomoo.gateway.GatewayStats;
import dev.moomoo.gateway.ProfileWire;
import dev.moomoo.net.session.Drops;
import dev.moomoo.protocol.ClientKind;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.CodeTable;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerKind;
import dev.moomoo.protocol.keyed.KeyedFrameException;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/** The {@code /metrics} page in the Prometheus text exposition format (version 0.0.4). */
public final class Metrics {
    /** What the page reads from. */
    /** @param wires every protocol profile's side of the gateway: its codes and counters */
    public record Sources(TransportCounts server, List<ProfileWire> wires, StaffDesk staff, TickStats ticks, Drops drops,
                          IntSupplier connections, IntSupplier players,
                          IntSupplier openSockets) {
    }

    private final Sources s;

    public Metrics(Sources sources) {
        this.s = sources;
    }

    public String render() {
        StringBuilder out = new StringBuilder(8192);
        gauge(out, "moomoo_connections", "Open WebSocket connections.", s.connections().getAsInt());
        gauge(out, "moomoo_sockets", "Accepted sockets not yet closed (handshaking, HTTP or WebSocket).", s.openSockets().getAsInt());
        gauge(out, "moomoo_connection_threads", "Virtual threads serving sockets (one per socket while its request head is read, two per WebSocket: the session, which reads, and its writer).", s.server().threads().live());
        gauge(out, "moomoo_players", "Living players.", s.players().getAsInt());
        counter(out, "moomoo_accepted_total", "Sockets accepted.", s.server().acceptedCount());
        counter(out, "moomoo_refused_total", "Sockets refused before their request was read: 503 server full, 429 too many from one address.", s.server().refusedCount());
        counter(out, "moomoo_handshakes_total", "WebSocket handshakes completed.", s.server().handshakeCount());
        header(out, "moomoo_handshake_failures_total", "Requests answered with an HTTP error, by status.", "counter");
        s.server().handshakeFailures().forEach((status, n) ->
                out.append("moomoo_handshake_failures_total{status=\"").append(status).append("\"} ").append(n).append('\n'));

        TickStats.Histogram h = s.ticks().histogram();
        counter(out, "moomoo_ticks_total", "Game ticks run.", h.count());
        counter(out, "moomoo_ticks_skipped_total", "Ticks dropped because the loop fell behind.", s.ticks().skippedTicks());
        header(out, "moomoo_tick_duration_seconds", "Time to run one tick.", "histogram");
        long cumulative = 0;
        for (int i = 0; i < TickStats.BUCKETS_MILLIS.length; i++) {
            cumulative += h.counts()[i];
            out.append("moomoo_tick_duration_seconds_bucket{le=\"").append(number(TickStats.BUCKETS_MILLIS[i] / 1000)).append("\"} ")
                    .append(cumulative).append('\n');
        }
        cumulative += h.counts()[TickStats.BUCKETS_MILLIS.length];
        out.append("moomoo_tick_duration_seconds_bucket{le=\"+Inf\"} ").append(cumulative).append('\n');
        out.append("moomoo_tick_duration_seconds_sum ").append(number(h.sumSeconds())).append('\n');
        out.append("moomoo_tick_duration_seconds_count ").append(cumulative).append('\n');

        header(out, "moomoo_packets_total", "Game packets by protocol profile, direction and code.", "counter");
        byKind(out, "moomoo_packets_total", GatewayStats::packetsIn, GatewayStats::packetsOut);
        header(out, "moomoo_packet_bytes_total", "Game packet bytes by protocol profile, direction and code (a sealed v1.9 frame as it was encoded for all).", "counter");
        byKind(out, "moomoo_packet_bytes_total", GatewayStats::bytesIn, GatewayStats::bytesOut);
        header(out, "moomoo_packets_left_out_total", "Packets not sent to a connection because its protocol profile has no such packet.", "counter");
        for (ProfileWire w : s.wires()) {
            for (ServerKind k : ServerKind.values()) {
                if (!w.profile().sends(k)) {
                    out.append("moomoo_packets_left_out_total{profile=\"").append(w.profile().name()).append("\",kind=\"")
                            .append(k.name().toLowerCase(Locale.ROOT)).append("\"} ").append(w.stats().leftOut(k)).append('\n');
                }
            }
        }
        counter(out, "moomoo_packet_violations_total", "Messages that did not decode as a packet.", sum(GatewayStats::violations));
        header(out, "moomoo_packets_refused_total", "Messages refused, by protocol profile, the packet code they carried (none: no known code) and the reason.", "counter");
        for (ProfileWire w : s.wires()) {
            for (ClientKind k : ClientKind.values()) {
                refusals(out, w, w.profile().codes().clientCode(k), k.name(), w.stats().refusals(k));
            }
            refusals(out, w, "", "none", w.stats().refusals(null));
        }
        header(out, "moomoo_keyed_frames_refused_total", "v1.9 client frames their connection's keys refused (each closed it with 4001), by reason.", "counter");
        GatewayStats v19 = stats(Profile.V19);
        for (KeyedFrameException.Reason r : KeyedFrameException.Reason.values()) {
            out.append("moomoo_keyed_frames_refused_total{reason=\"").append(r.label()).append("\"} ").append(v19.keyedRefusals(r)).append('\n');
        }
        header(out, "moomoo_telemetry_flags_total", "v1.9 telemetry packets (T) by the flag they carried (other: a bit this server does not know).", "counter");
        for (int i = 0; i <= ClientPacket.Telemetry.FLAGS.size(); i++) {
            int flag = i < ClientPacket.Telemetry.FLAGS.size() ? ClientPacket.Telemetry.FLAGS.get(i) : 0;
            out.append("moomoo_telemetry_flags_total{flag=\"").append(TELEMETRY_FLAGS.get(i)).append("\"} ").append(v19.telemetryFlag(flag)).append('\n');
        }
        counter(out, "moomoo_reports_total", "Reports and staff verdicts filed from the v1.9 report menu.", s.staff().reports());
        header(out, "moomoo_admin_menu_ignored_total", "v1.9 admin-menu actions not done: from a player who is not an admin, or with no command that does them.", "counter");
        out.append("moomoo_admin_menu_ignored_total{reason=\"not_admin\"} ").append(s.staff().menusFromNonAdmins()).append('\n');
        out.append("moomoo_admin_menu_ignored_total{reason=\"no_command\"} ").append(s.staff().menusWithoutCommand()).append('\n');
        counter(out, "moomoo_violation_closes_total", "Connections closed for undecodable packets.", sum(GatewayStats::violationCloses));
        counter(out, "moomoo_inbox_overflows_total", "Connections closed because their inbox was full.", sum(GatewayStats::inboxOverflows));
        header(out, "moomoo_connections_dropped_total", "Connections the server ended (closed or cut), by reason; each is also logged at debug level.", "counter");
        s.drops().all().forEach((reason, n) ->
                out.append("moomoo_connections_dropped_total{reason=\"").append(reason.label()).append("\"} ").append(n).append('\n'));

        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        header(out, "jvm_memory_used_bytes", "JVM memory in use.", "gauge");
        out.append("jvm_memory_used_bytes{area=\"heap\"} ").append(heap.getUsed()).append('\n');
        out.append("jvm_memory_used_bytes{area=\"nonheap\"} ").append(nonHeap.getUsed()).append('\n');
        header(out, "jvm_memory_committed_bytes", "JVM memory committed.", "gauge");
        out.append("jvm_memory_committed_bytes{area=\"heap\"} ").append(heap.getCommitted()).append('\n');
        out.append("jvm_memory_committed_bytes{area=\"nonheap\"} ").append(nonHeap.getCommitted()).append('\n');
        gauge(out, "jvm_memory_max_bytes", "JVM heap limit.", heap.getMax());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        gauge(out, "jvm_threads_platform", "Live platform threads.", threads.getThreadCount());
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        header(out, name, help, "gauge");
        out.append(name).append(' ').append(value).append('\n');
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        header(out, name, help, "counter");
        out.append(name).append(' ').append(value).append('\n');
    }

    /** The telemetry flags' labels, in the order of {@link ClientPacket.Telemetry#FLAGS}, then any other. */
    private static final List<String> TELEMETRY_FLAGS = List.of("userscript", "socket_hook", "renderer_hook", "debugger", "other");

    private GatewayStats stats(Profile profile) {
        for (ProfileWire w : s.wires()) {
            if (w.profile() == profile) {
                return w.stats();
            }
        }
        throw new IllegalStateException("no wire of " + profile);
    }

    private long sum(ToLongFunction<GatewayStats> counter) {
        long sum = 0;
        for (ProfileWire w : s.wires()) {
            sum += counter.applyAsLong(w.stats());
        }
        return sum;
    }

    /** One sample of {@code name} per profile, direction and packet kind the profile has. */
    private void byKind(StringBuilder out, String name, ToLongBiFunction<GatewayStats, ClientKind> in,
                        ToLongBiFunction<GatewayStats, ServerKind> sent) {
        for (ProfileWire w : s.wires()) {
            CodeTable codes = w.profile().codes();
            for (ClientKind k : ClientKind.values()) {
                labelled(out, name, w, "in", codes.clientCode(k), k.name(), in.applyAsLong(w.stats(), k));
            }
            for (ServerKind k : ServerKind.values()) {
                labelled(out, name, w, "out", codes.serverCode(k), k.name(), sent.applyAsLong(w.stats(), k));
            }
        }
    }

    private static void labelled(StringBuilder out, String name, ProfileWire wire, String direction, String code, String kind, long value) {
        if (code == null) {
            return; // a packet the profile does not have
        }
        out.append(name).append("{profile=\"").append(wire.profile().name()).append("\",direction=\"").append(direction)
                .append("\",code=\"").append(escape(code)).append("\",kind=\"").append(kind.toLowerCase(Locale.ROOT)).append("\"} ")
                .append(value).append('\n');
    }

    private static void refusals(StringBuilder out, ProfileWire wire, String code, String kind, Map<String, Long> byReason) {
        if (code == null) {
            return; // a packet the profile does not have
        }
        byReason.forEach((reason, n) -> out.append("moomoo_packets_refused_total{profile=\"").append(wire.profile().name())
                .append("\",code=\"").append(escape(code)).append("\",kind=\"").append(kind.toLowerCase(Locale.ROOT))
                .append("\",reason=\"").append(reason).append("\"} ").append(n).append('\n'));
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
