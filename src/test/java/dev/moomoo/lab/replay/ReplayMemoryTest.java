package dev.moomoo.lab.replay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The replays' memory over the process: reserved by each replay as it starts, refused past the budget, given back once. */
class ReplayMemoryTest {
    private static final long MIB = 1L << 20;

    @Test
    void aReplayThatWouldPassTheBudgetIsRefusedInWordsAndWhatWasReservedComesBackOnce() {
        ReplayMemory memory = new ReplayMemory(100 * MIB);
        Runnable first = memory.reserve(60 * MIB);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> memory.reserve(50 * MIB));
        assertEquals("the replays being shown hold 60 MiB already, and this one needs 50 MiB more than the 100 MiB they may: try again when one ends",
                refused.getMessage());
        assertEquals(60 * MIB, memory.held(), "a refusal reserves nothing");
        Runnable second = memory.reserve(40 * MIB);
        assertEquals(100 * MIB, memory.held(), "up to the budget exactly");

        first.run();
        first.run();
        assertEquals(40 * MIB, memory.held(), "given back once, however often it is run");
        memory.reserve(60 * MIB);
        second.run();
        assertEquals(60 * MIB, memory.held());
    }

    @Test
    void theProcessBudgetIsAQuarterOfTheHeap() {
        long quarter = Runtime.getRuntime().maxMemory() / 4;
        assertThrows(IllegalArgumentException.class, () -> ReplayMemory.PROCESS.reserve(quarter + 1));
        assertEquals(0, ReplayMemory.PROCESS.held());
        Runnable all = ReplayMemory.PROCESS.reserve(quarter); // a count, not memory: nothing is allocated
        assertEquals(quarter, ReplayMemory.PROCESS.held(), "the quarter exactly");
        all.run();
        assertEquals(0, ReplayMemory.PROCESS.held());
    }
}
