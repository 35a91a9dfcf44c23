package dev.moomoo.lab.inputs;

import dev.moomoo.game.journal.Arrival;
import dev.moomoo.game.journal.Intake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A replay's joins and leaves: each tick, those the journal recorded in the order it did; an outside
 * client seated from its entry, one of the world's own taken from the world's queue. When the world's
 * queue lacks one the journal has, the replay has already gone another way: that is noted as a
 * mismatch for the replay to report.
 */
final class ReplayIntake implements Intake {
    private final ReplayClients clients;
    private final Map<Door, ArrayDeque<JournalEvent.Passed>> due = new EnumMap<>(Door.class);
    private final List<String> mismatches = new ArrayList<>();

    ReplayIntake(ReplayClients clients) {
        this.clients = clients;
        for (Door door : Door.values()) {
            due.put(door, new ArrayDeque<>());
        }
    }

    /** What the next tick takes in and out. */
    void due(List<JournalEvent.Passed> passed) {
        due.values().forEach(ArrayDeque::clear);
        mismatches.clear();
        for (JournalEvent.Passed p : passed) {
            due.get(p.door()).add(p);
        }
    }

    @Override
    public Arrival next(Door door, Supplier<Arrival> queued) {
        JournalEvent.Passed p = due.get(door).poll();
        if (p == null) {
            return null;
        }
        if (p.client() != null) {
            return new Arrival(clients.client(p.client()), true);
        }
        Arrival own = queued.get();
        if (own == null) {
            mismatches.add("the journal has one of the world's own " + (door == Door.JOIN ? "joins" : "leaves") + " that the replay's world did not make");
        }
        return own;
    }

    /** What went otherwise than recorded in the last tick, or "" when nothing did. */
    String mismatches() {
        return String.join("; ", mismatches);
    }
}
