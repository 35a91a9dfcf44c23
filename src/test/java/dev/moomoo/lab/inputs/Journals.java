package dev.moomoo.lab.inputs;

import dev.moomoo.game.World;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The test helper that makes a recorded bug a regression test: put the journal under
 * {@code src/test/resources/journals/} and assert it replays clean (src/site/input-journal.md, "A
 * recording as a test"). Also reads, replays and rewrites journals for the format's own tests.
 */
public final class Journals {
    private Journals() {
    }

    /** Asserts that the journal at {@code resource} on the test class path replays with every tick matching; returns its ticks. */
    public static long assertReplaysClean(String resource) throws IOException, JournalException {
        try (InputStream in = Journals.class.getResourceAsStream(resource)) {
            assertNotNull(in, "no journal " + resource + " on the test class path");
            try (JournalReader reader = new JournalReader(in)) {
                InputReplay.Outcome outcome = InputReplay.run(reader);
                return assertInstanceOf(InputReplay.Outcome.Clean.class, outcome, resource + ": " + outcome).ticks();
            }
        }
    }

    /**
     * Ticks {@code world} once, first waiting while {@code recorder}'s writer is more than half its queue
     * behind: a test ticks flat out where a world ticks 9 times a second, and on a busy machine the writer
     * would fall behind, which ends a journal by design.
     */
    static void tickPaced(World world, InputRecorder recorder) {
        while (recorder.backlog() > InputRecorder.QUEUED_TICKS / 2) {
            Thread.yield();
        }
        world.tick();
    }

    static InputReplay.Outcome replay(byte[] journal) throws IOException, JournalException {
        try (JournalReader reader = new JournalReader(new ByteArrayInputStream(journal))) {
            return InputReplay.run(reader);
        }
    }

    static List<TickRecord> ticks(byte[] journal) throws IOException, JournalException {
        List<TickRecord> out = new ArrayList<>();
        try (JournalReader reader = new JournalReader(new ByteArrayInputStream(journal))) {
            TickRecord t;
            while ((t = reader.next()) != null) {
                out.add(t);
            }
            assertEquals("stopped", reader.endReason());
        }
        return out;
    }

    /** The journal written again with each tick passed through {@code edit}. */
    static byte[] rewrite(byte[] journal, UnaryOperator<TickRecord> edit) throws IOException, JournalException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JournalEncoder encoder = new JournalEncoder(bytes);
        try (JournalReader reader = new JournalReader(new ByteArrayInputStream(journal))) {
            encoder.header(reader.header());
            TickRecord t;
            while ((t = reader.next()) != null) {
                encoder.tick(edit.apply(t));
            }
            encoder.end(reader.endReason());
        }
        return bytes.toByteArray();
    }
}
