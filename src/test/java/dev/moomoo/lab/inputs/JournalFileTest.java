package dev.moomoo.lab.inputs;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.data.Habitat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The journal as a file: the checked-in recording replays clean, and the {@code replay-inputs} command's answers and exit codes. */
class JournalFileTest {
    private static final String SESSION = "/journals/session.journal";

    @TempDir
    Path dir;

    @Test
    void theCheckedInRecordingReplaysClean() throws Exception {
        assertEquals(RecordedSession.TICKS, Journals.assertReplaysClean(SESSION));
    }

    @Test
    void theCommandSaysEveryTickMatchedAndExitsZero() throws Exception {
        Path file = copyOfSession();
        Run run = run(file.toString());
        assertEquals(0, run.status, run.err);
        assertEquals(file + ": " + RecordedSession.TICKS + " ticks of world journal replayed, every state digest matched (the recording ended: stopped)\n",
                run.out);
    }

    @Test
    void theCommandNamesTheTickThatDivergedAndExitsOne() throws Exception {
        byte[] session = sessionBytes();
        TickRecord tick49 = Journals.ticks(session).get(48);
        byte[] edited = Journals.rewrite(session, t -> t.tick() != 50 ? t : new TickRecord(t.tick(), t.events(), tick49.digest())); // tick 50 claims tick 49's state
        Path file = Files.write(dir.resolve("edited.journal"), edited);
        Run run = run(file.toString());
        assertEquals(1, run.status, run.err);
        assertTrue(run.out.startsWith(file + ": diverged at tick 50: recorded against replayed: players "), run.out);
        assertEquals(1, run.out.lines().count(), run.out);
    }

    @Test
    void aTruncatedJournalIsOneLineAndExitTwo() throws Exception {
        byte[] session = sessionBytes();
        for (int cut : new int[] {3, 20, session.length / 2, session.length - 1}) {
            Path file = Files.write(dir.resolve("cut" + cut + ".journal"), Arrays.copyOf(session, cut));
            Run run = run(file.toString());
            assertEquals(2, run.status, "cut at " + cut + ": " + run.out);
            assertTrue(run.err.startsWith("error: " + file + ": truncated: "), run.err);
            assertEquals(1, run.err.lines().count(), run.err);
        }
    }

    @Test
    void aForeignFileOrAnotherVersionIsOneLineAndExitTwo() throws Exception {
        Path text = Files.writeString(dir.resolve("trace.txt"), "{\"t\":1,\"dir\":\"in\"}\n");
        Run run = run(text.toString());
        assertEquals(2, run.status);
        assertEquals("error: " + text + ": not an input journal (it does not start with MMIJ)\n", run.err);

        byte[] future = sessionBytes();
        future[5] = 2; // the version's low byte
        Path newer = Files.write(dir.resolve("newer.journal"), future);
        run = run(newer.toString());
        assertEquals(2, run.status);
        assertEquals("error: " + newer + ": an input journal of version 2; this server reads version 1\n", run.err);

        run = run(dir.resolve("missing.journal").toString());
        assertEquals(2, run.status);
        assertEquals(1, run.err.lines().count(), run.err);
        assertEquals(2, run().status, "no file named");
    }

    @Test
    void settingsRoundTripEveryComponentTheWorldIsBuiltFrom() throws Exception {
        GameConfig changed = GameConfig.defaults().withObjects(1, 2, 3, 4).withMapSize(9000).withSandbox(true)
                .withAnimals(Map.of("wolf", 3, "cow", 1)).withHabitats(Map.of("sheep", Habitat.SNOW))
                .withMembersOnlyVariants("nobody").withSecretArea(false, false).withCrabKingRespawn(1234.5).withMaxPlayers(7).withSeed(99);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SettingsCodec.write(changed, new DataOutputStream(bytes));
        assertEquals(changed, SettingsCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    private byte[] sessionBytes() throws Exception {
        try (InputStream in = JournalFileTest.class.getResourceAsStream(SESSION)) {
            return in.readAllBytes();
        }
    }

    private Path copyOfSession() throws Exception {
        return Files.write(dir.resolve("session.journal"), sessionBytes());
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReplayCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
