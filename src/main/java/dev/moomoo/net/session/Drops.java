package dev.moomoo.net.session;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Connections the server ended, counted by reason. Any thread. */
public final class Drops {
    private final LongAdder[] counts = new LongAdder[DropReason.values().length];

    public Drops() {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
    }

    void count(DropReason reason) {
        counts[reason.ordinal()].increment();
    }

    public long of(DropReason reason) {
        return counts[reason.ordinal()].sum();
    }

    /** Every reason with its count, zeros included (stable metric series). */
    public Map<DropReason, Long> all() {
        Map<DropReason, Long> out = new EnumMap<>(DropReason.class);
        for (DropReason r : DropReason.values()) {
            out.put(r, counts[r.ordinal()].sum());
        }
        return out;
    }
}
