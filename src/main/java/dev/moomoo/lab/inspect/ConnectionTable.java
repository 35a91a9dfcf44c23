package dev.moomoo.lab.inspect;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.protocol.ClientKind;
import dev.moomoo.protocol.Profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one inspector page knows of every connection, gathered from the frames it reads: who it is (its
 * world, sid, player, profile, the name it spawned with, its address), how old it is, and its packets
 * and bytes per second each way, and what its outbox replaced or dropped. At most {@link #MAX_ROWS}
 * connections; one that closed is kept {@link #CLOSED_KEPT_NANOS} so the page sees it end. A page that
 * fell behind may never see a connection's CLOSED frame, so a row with no frame for {@link #IDLE_KEPT_NANOS}
 * goes too, and a new connection when the table is full takes the place of the row heard from longest
 * ago. Times are the frames' own {@link LabFrame#nanos()}. The page's pump thread only.
 */
public final class ConnectionTable {
    static final int MAX_ROWS = 10_000;
    static final long CLOSED_KEPT_NANOS = 30_000_000_000L;
    static final long IDLE_KEPT_NANOS = 60_000_000_000L;

    private final Function<String, String> addresses;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    /** Counts of one direction: totals, and the totals at the last {@link #json} call. */
    private static final class Counts {
        long packets;
        long bytes;
        long packetsBefore;
        long bytesBefore;

        void add(int size) {
            packets++;
            bytes += size;
        }

        Map<String, Object> rate(double seconds) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pps", Math.round((packets - packetsBefore) / seconds));
            m.put("bps", Math.round((bytes - bytesBefore) / seconds));
            packetsBefore = packets;
            bytesBefore = bytes;
            return m;
        }
    }

    private static final class Row {
        final String id;
        final long firstNanos;
        /** The nanos of its newest frame. */
        long lastNanos;
        String world = "";
        String player = "";
        String profile = "";
        String name = "";
        String address = "";
        int sid = -1;
        final Counts in = new Counts();
        final Counts out = new Counts();
        long refused;
        long replaced;
        long dropped;
        long closedNanos;
        String closeReason;

        Row(String id, long firstNanos) {
            this.id = id;
            this.firstNanos = firstNanos;
            this.lastNanos = firstNanos;
        }
    }

    /** {@code addresses} tells a connection's address by its id ("" when it cannot). */
    ConnectionTable(Function<String, String> addresses) {
        this.addresses = addresses;
    }

    /**
     * The address a frame tells, for a connection the lookup did not know: an OPENED frame carries it as
     * its reason, and a player key other than a device's begins with it (src/site/architecture.md,
     * "The packet lab"); "" otherwise.
     */
    static String addressIn(LabFrame f) {
        if (f.kind() == LabFrame.Kind.OPENED && f.reason() != null) {
            return f.reason();
        }
        return addressOfPlayer(f.player());
    }

    /** The address at the head of a player key ({@code <address>/<name>}); "" for a device's key, or none. */
    public static String addressOfPlayer(String player) {
        int slash = player == null ? -1 : player.indexOf('/');
        return slash > 0 && !player.startsWith("device:") ? player.substring(0, slash) : "";
    }

    void count(LabFrame f) {
        Row r = rows.get(f.connectionId());
        if (r == null) {
            if (rows.size() >= MAX_ROWS) {
                evictLongestQuiet();
            }
            r = new Row(f.connectionId(), f.nanos());
            r.address = addresses.apply(f.connectionId());
            rows.put(r.id, r);
        }
        r.lastNanos = Math.max(r.lastNanos, f.nanos());
        r.world = f.world();
        r.player = f.player().isEmpty() ? r.player : f.player();
        if (r.address.isEmpty()) {
            r.address = addressIn(f);
        }
        r.profile = f.profile().isEmpty() ? r.profile : f.profile();
        r.sid = f.sid() >= 0 ? f.sid() : r.sid;
        Counts counts = f.direction() == LabFrame.Direction.IN ? r.in : r.out;
        switch (f.kind()) {
            case FRAME -> {
                counts.add(f.wire().length);
                nameFrom(r, f);
            }
            case REFUSED -> {
                counts.add(f.wire().length);
                r.refused++;
            }
            case REPLACED -> r.replaced++;
            case DROPPED -> r.dropped++;
            case OPENED -> {
            }
            case CLOSED -> {
                r.closedNanos = f.nanos();
                r.closeReason = f.reason();
            }
        }
    }

    /** Makes room for one more row: the one whose newest frame is the oldest goes. */
    private void evictLongestQuiet() {
        Row quietest = null;
        for (Row r : rows.values()) {
            if (quietest == null || r.lastNanos < quietest.lastNanos) {
                quietest = r;
            }
        }
        rows.remove(quietest.id);
    }

    /** The name a player spawned with, read from its spawn request. */
    private static void nameFrom(Row r, LabFrame f) {
        Profile profile = FrameJson.profile(f.profile());
        if (f.direction() != LabFrame.Direction.IN || profile == null || f.code() == null
                || profile.codes().clientKind(f.code()) != ClientKind.SPAWN) {
            return;
        }
        if (FrameJson.fields(f) instanceof Map<?, ?> args && args.get("spawn") instanceof Map<?, ?> spawn && spawn.get("name") instanceof String name) {
            r.name = name;
        }
    }

    /**
     * Every connection as the page lists it, with its rates over the {@code seconds} since the last call;
     * forgets those closed long ago, and those with no frame for long (their close may have been missed).
     */
    List<Map<String, Object>> json(long nowNanos, double seconds) {
        rows.values().removeIf(r -> r.closedNanos != 0 && nowNanos - r.closedNanos > CLOSED_KEPT_NANOS
                || nowNanos - r.lastNanos > IDLE_KEPT_NANOS);
        List<Map<String, Object>> list = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id);
            m.put("world", r.world);
            m.put("sid", r.sid);
            m.put("name", r.name);
            m.put("player", r.player);
            m.put("address", r.address);
            m.put("profile", r.profile);
            m.put("age", (nowNanos - r.firstNanos) / 1_000_000_000L);
            m.put("in", r.in.rate(seconds));
            m.put("out", r.out.rate(seconds));
            m.put("refused", r.refused);
            m.put("replaced", r.replaced);
            m.put("dropped", r.dropped);
            m.put("closed", r.closedNanos == 0 ? null : r.closeReason == null ? "" : r.closeReason);
            list.add(m);
        }
        return list;
    }
}
