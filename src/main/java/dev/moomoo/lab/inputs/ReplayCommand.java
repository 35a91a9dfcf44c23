package dev.moomoo.lab.inputs;

import dev.moomoo.config.SubcommandArgs;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/** {@code moomoo-server replay-inputs <journal>}: re-simulates an input journal and says whether every tick matched. */
public final class ReplayCommand {
    private ReplayCommand() {
    }

    static final String USAGE = """
            usage: moomoo-server replay-inputs <journal>
            Builds a world from an input journal's seed and settings, feeds it the recorded inputs tick by tick
            and compares each tick's state digest with the recorded one (src/site/input-journal.md).
            Exit status: 0 every tick matched, 1 a tick diverged (it is named), 2 a bad file or option.""";

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return switch (SubcommandArgs.oneFile(args, Set.of(), "journal", USAGE, out, err)) {
            case SubcommandArgs.OneFile.Exit(int status) -> status;
            case SubcommandArgs.OneFile.Read(SubcommandArgs _, Path file) -> read(file, out, err);
        };
    }

    /** Replays the journal {@code file}; returns the exit status. */
    private static int read(Path file, PrintStream out, PrintStream err) {
        try (InputStream in = Files.newInputStream(file); JournalReader reader = new JournalReader(in)) {
            return switch (InputReplay.run(reader)) {
                case InputReplay.Outcome.Clean clean -> {
                    out.println(file + ": " + clean.ticks() + " ticks of world " + reader.header().world()
                            + " replayed, every state digest matched (the recording ended: " + clean.endReason() + ")");
                    yield 0;
                }
                case InputReplay.Outcome.Diverged diverged -> {
                    out.println(file + ": diverged at tick " + diverged.tick() + ": " + diverged.what());
                    yield 1;
                }
            };
        } catch (JournalException e) {
            err.println("error: " + file + ": " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            return 2;
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
