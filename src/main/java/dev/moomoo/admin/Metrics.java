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
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/**
 * The {@code /metrics} page in the Prometheus text exposition format (version 0.0.4). What the port
 * counts (sockets, handshakes, drops, memory) is the server's and has no world; what a world counts
 * (players, ticks, packets, its staff's desk) carries the label {@code world} with the world's name, each
 * family's samples of every world under the family's one header.
 */
public final class Metrics {
    /** What the page reads from: the port's counters, and each world's. */
    public record Sources(TransportCounts server, Drops drops, IntSupplier connections, IntSupplier openSockets, List<WorldSources> worlds) {
        public Sources {
            worlds = List.copyOf(worlds);
        }
    }

    /**
     * One world's counters.
     *
     * @param wires every protocol profile's side of the world's gateway: its codes and counters
     */
    public record WorldSources(String name, List<ProfileWire> wires, StaffDesk staff, TickStats ticks, IntSupplier players) {
        /** The world's label, first of a sample's labels. */
        String label() {
            return "world=\"" + escape(name) + "\"";
        }

        GatewayStats stats(Profile profile) {
            for (ProfileWire w : wires) {
                if (w.profile() == profile) {
                    return w.stats();
                }
            }
            throw new IllegalStateException("no wire of " + profile);
        }

        long sum(ToLongFunction<GatewayStats> counter) {
            long sum = 0;
            for (ProfileWire w : wires) {
                sum += counter.applyAsLong(w.stats());
            }
            return sum;
        }
    }

    /** The telemetry flags' labels, in the order of {@link ClientPacket.Telemetry#FLAGS}, then any other. */
    private static final List<String> TELEMETRY_FLAGS = List.of("userscript", "socket_hook", "renderer_hook", "debugger", "other");

    private final Sources s;

    public Metrics(Sources sources) {
        this.s = sources;
    }

    public String render() {
        StringBuilder out = new StringBuilder(8192 * (1 + s.worlds().size()));
        gauge(out, "moomoo_connections", "Open WebSocket connections.", s.connections().getAsInt());
        gauge(out, "moomoo_sockets", "Accepted sockets not yet closed (handshaking, HTTP or WebSocket).", s.openSockets().getAsInt());
        gauge(out, "moomoo_connection_threads", "Virtual threads serving sockets (one per socket while its request head is read, two per WebSocket: the session, which reads, and its writer).", s.server().threads().live());
        perWorld(out, "moomoo_players", "Living players.", "gauge", w -> w.players().getAsInt());
        counter(out, "moomoo_accepted_total", "Sockets accepted.", s.server().acceptedCount());
        counter(out, "moomoo_refused_total", "Sockets refused before their request was read: 503 server full, 429 too many from one address.", s.server().refusedCount());
        counter(out, "moomoo_handshakes_total", "WebSocket handshakes completed.", s.server().handshakeCount());
        header(out, "moomoo_handshake_failures_total", "Requests answered with an HTTP error, by status.", "counter");
        s.server().handshakeFailures().forEach((status, n) ->
                out.append("moomoo_handshake_failures_total{status=\"").append(status).append("\"} ").append(n).append('\n'));

        perWorld(out, "moomoo_ticks_total", "Game ticks run.", "counter", w -> w.ticks().histogram().count());
        perWorld(out, "moomoo_ticks_skipped_total", "Ticks dropped because the loop fell behind.", "counter", w -> w.ticks().skippedTicks());
        header(out, "moomoo_tick_duration_seconds", "Time to run one tick.", "histogram");
        for (WorldSources w : s.worlds()) {
            histogram(out, w);
        }

        header(out, "moomoo_packets_total", "Game packets by protocol profile, direction and code.", "counter");
        eachWorld((w, l) -> byKind(out, "moomoo_packets_total", w, GatewayStats::packetsIn, GatewayStats::packetsOut));
        header(out, "moomoo_packet_bytes_total", "Game packet bytes by protocol profile, direction and code (a sealed v1.9 frame as it was encoded for all).", "counter");
        eachWorld((w, l) -> byKind(out, "moomoo_packet_bytes_total", w, GatewayStats::bytesIn, GatewayStats::bytesOut));
        header(out, "moomoo_packets_left_out_total", "Packets not sent to a connection because its protocol profile has no such packet.", "counter");
        eachWorld((w, l) -> {
            for (ProfileWire p : w.wires()) {
                for (ServerKind k : ServerKind.values()) {
                    if (!p.profile().sends(k)) {
                        out.append("moomoo_packets_left_out_total{").append(l).append(",profile=\"").append(p.profile().name()).append("\",kind=\"")
                                .append(k.name().toLowerCase(Locale.ROOT)).append("\"} ").append(p.stats().leftOut(k)).append('\n');
                    }
                }
            }
        });
        perWorld(out, "moomoo_packet_violations_total", "Messages that did not decode as a packet.", "counter", w -> w.sum(GatewayStats::violations));
        header(out, "moomoo_packets_refused_total", "Messages refused, by protocol profile, the packet code they carried (none: no known code) and the reason.", "counter");
        eachWorld((w, l) -> {
            for (ProfileWire p : w.wires()) {
                for (ClientKind k : ClientKind.values()) {
                    refusals(out, l, p, p.profile().codes().clientCode(k), k.name(), p.stats().refusals(k));
                }
                refusals(out, l, p, "", "none", p.stats().refusals(null));
            }
        });
        header(out, "moomoo_keyed_frames_refused_total", "v1.9 client frames their connection's keys refused (each closed it with 4001), by reason.", "counter");
        eachWorld((w, l) -> {
            for (KeyedFrameException.Reason r : KeyedFrameException.Reason.values()) {
                out.append("moomoo_keyed_frames_refused_total{").append(l).append(",reason=\"").append(r.label()).append("\"} ")
                        .append(w.stats(Profile.V19).keyedRefusals(r)).append('\n');
            }
        });
        header(out, "moomoo_telemetry_flags_total", "v1.9 telemetry packets (T) by the flag they carried (other: a bit this server does not know).", "counter");
        eachWorld((w, l) -> {
            for (int i = 0; i <= ClientPacket.Telemetry.FLAGS.size(); i++) {
                int flag = i < ClientPacket.Telemetry.FLAGS.size() ? ClientPacket.Telemetry.FLAGS.get(i) : 0;
                out.append("moomoo_telemetry_flags_total{").append(l).append(",flag=\"").append(TELEMETRY_FLAGS.get(i)).append("\"} ")
                        .append(w.stats(Profile.V19).telemetryFlag(flag)).append('\n');
            }
        });
        perWorld(out, "moomoo_reports_total", "Reports and staff verdicts filed from the v1.9 report menu.", "counter", w -> w.staff().reports());
        header(out, "moomoo_admin_menu_ignored_total", "v1.9 admin-menu actions not done: from a player who is not an admin, or with no command that does them.", "counter");
        eachWorld((w, l) -> {
            out.append("moomoo_admin_menu_ignored_total{").append(l).append(",reason=\"not_admin\"} ").append(w.staff().menusFromNonAdmins()).append('\n');
            out.append("moomoo_admin_menu_ignored_total{").append(l).append(",reason=\"no_command\"} ").append(w.staff().menusWithoutCommand()).append('\n');
        });
        perWorld(out, "moomoo_violation_closes_total", "Connections closed for undecodable packets.", "counter", w -> w.sum(GatewayStats::violationCloses));
        perWorld(out, "moomoo_inbox_overflows_total", "Connections closed because their inbox was full.", "counter", w -> w.sum(GatewayStats::inboxOverflows));
        header(out, "moomoo_connections_dropped_total", "Connections the server ended (closed or cut), by reason; each is also logged at debug level.", "counter");
        s.drops().all().forEach((reason, n) ->
                out.append("moomoo_connections_dropped_total{reason=\"").append(reason.label()).append("\"} ").append(n).append('\n'));
        jvm(out);
        return out.toString();
    }

    /** The tick histogram of one world: cumulative buckets, then sum and count. */
    private static void histogram(StringBuilder out, WorldSources w) {
        String l = w.label();
        TickStats.Histogram h = w.ticks().histogram();
        long cumulative = 0;
        for (int i = 0; i < TickStats.BUCKETS_MILLIS.length; i++) {
            cumulative += h.counts()[i];
            out.append("moomoo_tick_duration_seconds_bucket{").append(l).append(",le=\"").append(number(TickStats.BUCKETS_MILLIS[i] / 1000)).append("\"} ")
                    .append(cumulative).append('\n');
        }
        cumulative += h.counts()[TickStats.BUCKETS_MILLIS.length];
        out.append("moomoo_tick_duration_seconds_bucket{").append(l).append(",le=\"+Inf\"} ").append(cumulative).append('\n');
        out.append("moomoo_tick_duration_seconds_sum{").append(l).append("} ").append(number(h.sumSeconds())).append('\n');
        out.append("moomoo_tick_duration_seconds_count{").append(l).append("} ").append(cumulative).append('\n');
    }

    private static void jvm(StringBuilder out) {
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
    }

    /** Runs {@code part} for each world with the world's label. */
    private void eachWorld(BiConsumer<WorldSources, String> part) {
        for (WorldSources w : s.worlds()) {
            part.accept(w, w.label());
        }
    }

    /** A family with one sample per world, labelled with the world alone. */
    private void perWorld(StringBuilder out, String name, String help, String type, ToLongFunction<WorldSources> value) {
        header(out, name, help, type);
        eachWorld((w, l) -> out.append(name).append('{').append(l).append("} ").append(value.applyAsLong(w)).append('\n'));
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

    /** One sample of {@code name} per profile, direction and packet kind the profile has, in one world. */
    private static void byKind(StringBuilder out, String name, WorldSources world, ToLongBiFunction<GatewayStats, ClientKind> in,
                               ToLongBiFunction<GatewayStats, ServerKind> sent) {
        String l = world.label();
        for (ProfileWire w : world.wires()) {
            CodeTable codes = w.profile().codes();
            for (ClientKind k : ClientKind.values()) {
                labelled(out, name, l, w, "in", codes.clientCode(k), k.name(), in.applyAsLong(w.stats(), k));
            }
            for (ServerKind k : ServerKind.values()) {
                labelled(out, name, l, w, "out", codes.serverCode(k), k.name(), sent.applyAsLong(w.stats(), k));
            }
        }
    }

    private static void labelled(StringBuilder out, String name, String world, ProfileWire wire, String direction, String code, String kind, long value) {
        if (code == null) {
            return; // a packet the profile does not have
        }
        out.append(name).append('{').append(world).append(",profile=\"").append(wire.profile().name()).append("\",direction=\"").append(direction)
                .append("\",code=\"").append(escape(code)).append("\",kind=\"").append(kind.toLowerCase(Locale.ROOT)).append("\"} ")
                .append(value).append('\n');
    }

    private static void refusals(StringBuilder out, String world, ProfileWire wire, String code, String kind, Map<String, Long> byReason) {
        if (code == null) {
            return; // a packet the profile does not have
        }
        byReason.forEach((reason, n) -> out.append("moomoo_packets_refused_total{").append(world).append(",profile=\"").append(wire.profile().name())
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
