package dev.moomoo.game.journal;

/**
 * The journal the tick reports to now, shared by the systems that see an input (the joins phase, the
 * input handler, the delivery): {@link TickJournal#NONE} until one is attached. Tick thread.
 */
public final class JournalSlot {
    private TickJournal journal = TickJournal.NONE;

    public TickJournal get() {
        return journal;
    }

    public void attach(TickJournal journal) {
        this.journal = journal;
    }
}
