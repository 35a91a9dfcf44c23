package dev.moomoo.lab.inputs;

import dev.moomoo.game.journal.Digest;

import java.util.List;

/** One tick of a journal: its number, what it consumed in order, and the state it ended in. */
public record TickRecord(long tick, List<JournalEvent> events, Digest digest) {
    public TickRecord {
        events = List.copyOf(events);
    }
}
