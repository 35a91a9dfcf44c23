package dev.moomoo.lab.inputs;

import dev.moomoo.game.World;
import dev.moomoo.game.journal.Digest;
import dev.moomoo.protocol.ClientPacket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.*;

/** A recorded session re-simulated: every tick's state digest matches, and a changed input shows at its tick. */
class InputReplayTest {
    private static byte[] journal;
    private static List<TickRecord> ticks;

    @BeforeAll
    static void recordOnce() throws Exception {
        journal = RecordedSession.record();
        ticks = Journals.ticks(journal);
    }

    @Test
    void theSessionReplaysWithEveryTickMatching() throws Exception {
        InputReplay.Outcome outcome = Journals.replay(journal);
        assertEquals(new InputReplay.Outcome.Clean(RecordedSession.TICKS, "stopped"), outcome);
    }

    @Test
    void theJournalHoldsWhatTheSessionDid() {
        assertEquals(RecordedSession.TICKS, ticks.size());
        List<JournalEvent> all = ticks.stream().flatMap(t -> t.events().stream()).toList();
        assertTrue(all.stream().anyMatch(e -> e instanceof JournalEvent.Command c && c.line().equals("grant all wood 200")), "a chat command, as the command ran");
        assertTrue(all.stream().anyMatch(e -> e instanceof JournalEvent.Command c && c.line().equals("addbot 2")));
        assertTrue(all.stream().anyMatch(e -> e instanceof JournalEvent.Refusal r && r.client().id() != null && r.code() == null), "carol's refused updates");
        assertTrue(all.stream().anyMatch(e -> e instanceof JournalEvent.Passed p && p.client() == null), "the bots' joins and carol's drop, as the world's own");
        assertTrue(all.stream().anyMatch(e -> e instanceof JournalEvent.Packet p && p.packet() instanceof ClientPacket.CreateTribe));
        Digest last = ticks.getLast().digest();
        assertEquals(1, last.parts().get(Digest.Section.TRIBES.ordinal()).count(), "alice's tribe stands at the end");
        assertTrue(last.parts().get(Digest.Section.PLAYERS.ordinal()).count() >= 6, "alice, carol's player (dead or gone), the bots: " + last);
    }

    @Test
    void aChangedMoveIsReportedAtTheTickThatTookIt() throws Exception {
        TickRecord changed = ticks.stream()
                .filter(t -> t.tick() > 200 && t.events().stream().anyMatch(e -> e instanceof JournalEvent.Packet p && p.packet() instanceof ClientPacket.Move))
                .findFirst().orElseThrow();
        byte[] edited = Journals.rewrite(journal, t -> t.tick() != changed.tick() ? t : withEvents(t, replaceMoves(t.events())));

        InputReplay.Outcome outcome = Journals.replay(edited);

        InputReplay.Outcome.Diverged diverged = assertInstanceOf(InputReplay.Outcome.Diverged.class, outcome);
        assertEquals(changed.tick(), diverged.tick());
        assertTrue(diverged.what().contains("players"), diverged.what());
    }

    @Test
    void aDroppedCommandIsReportedAtItsTick() throws Exception {
        TickRecord grant = ticks.stream()
                .filter(t -> t.events().stream().anyMatch(e -> e instanceof JournalEvent.Command c && c.line().startsWith("grant")))
                .findFirst().orElseThrow();
        byte[] edited = Journals.rewrite(journal, t -> t.tick() != grant.tick() ? t
                : withEvents(t, t.events().stream().filter(e -> !(e instanceof JournalEvent.Command)).toList()));

        InputReplay.Outcome.Diverged diverged = assertInstanceOf(InputReplay.Outcome.Diverged.class, Journals.replay(edited));

        assertEquals(grant.tick(), diverged.tick());
    }

    @Test
    void aJournalCutBySizeEndsThereAndReplaysCleanToIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        World world = new World("small", RecordedSession.config());
        world.admin().addBots(3);
        try (InputRecorder recorder = InputRecorder.attach(world, false, bytes, 5_000)) {
            for (int i = 0; i < 200; i++) {
                world.tick();
            }
        }
        InputReplay.Outcome.Clean clean = assertInstanceOf(InputReplay.Outcome.Clean.class, Journals.replay(bytes.toByteArray()));
        assertEquals("size limit", clean.endReason());
        assertTrue(clean.ticks() > 0 && clean.ticks() < 200, "ticks " + clean.ticks());
    }

    @Test
    void aWriterThatFallsBehindEndsTheJournalWhereItCouldKeepUp() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CountDownLatch released = new CountDownLatch(1);
        OutputStream stuck = new FilterOutputStream(bytes) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    released.await(); // a disk that does not answer
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
                out.write(b, off, len);
            }
        };
        World world = new World("stuck", RecordedSession.config());
        world.admin().addBots(2);
        InputRecorder recorder = InputRecorder.attach(world, false, stuck, Long.MAX_VALUE);
        // the writer's 64 KB buffer holds about 800 ticks of this world, its queue 270 more
        for (int i = 0; i < 2000 && recorder.endReason() == null; i++) {
            world.tick();
        }
        assertEquals("writer fell behind", recorder.endReason());
        long ticked = world.tickCount();
        world.tick(); // the world goes on, unrecorded
        released.countDown();
        recorder.close();

        InputReplay.Outcome.Clean clean = assertInstanceOf(InputReplay.Outcome.Clean.class, Journals.replay(bytes.toByteArray()));
        assertEquals("writer fell behind", clean.endReason());
        assertEquals(ticked - 1, clean.ticks(), "every tick but the one that found the queue full");
    }

    @Test
    void aWorldThatTickedAlreadyCannotBeRecorded() {
        World world = new World("late", RecordedSession.config());
        world.tick();
        assertThrows(IllegalStateException.class, () -> InputRecorder.attach(world, false, new ByteArrayOutputStream(), 1000));
    }

    private static TickRecord withEvents(TickRecord t, List<JournalEvent> events) {
        return new TickRecord(t.tick(), events, t.digest());
    }

    /** The tick's moves, each turned a quarter turn (a stop becomes a walk east). */
    private static List<JournalEvent> replaceMoves(List<JournalEvent> events) {
        List<JournalEvent> out = new ArrayList<>();
        for (JournalEvent e : events) {
            if (e instanceof JournalEvent.Packet p && p.packet() instanceof ClientPacket.Move m) {
                out.add(new JournalEvent.Packet(p.client(), new ClientPacket.Move(m.angle() == null ? 0.0 : m.angle() + Math.PI / 2)));
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
