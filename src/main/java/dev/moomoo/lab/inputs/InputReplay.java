package dev.moomoo.lab.inputs;

import dev.moomoo.admin.Commands;
import dev.moomoo.game.World;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-simulates a journal (src/site/input-journal.md, "Replaying"): a world built from its name, seed
 * and settings, its bots queued as they were, then tick by tick the recorded inputs handed in where the
 * tick takes them (command lines to the tasks, packets to the inboxes, joins and leaves to the intake,
 * refusals to the sinks), the tick run, and its digest compared with the recorded one. Stops at the
 * first tick that differs. Runs on the calling thread, which becomes the replayed world's tick thread.
 */
public final class InputReplay {
    private InputReplay() {
    }

    /** How a replay came out. */
    public sealed interface Outcome {
        /** Every tick's digest matched. */
        record Clean(long ticks, String endReason) implements Outcome {
        }

        /** Tick {@code tick} ended otherwise than recorded; {@code what} says how (one line). */
        record Diverged(long tick, String what) implements Outcome {
        }
    }

    /** Replays the journal {@code reader} reads; a damaged file shows as a {@link JournalException}. */
    public static Outcome run(JournalReader reader) throws IOException, JournalException {
        JournalHeader header = reader.header();
        World world = new World(header.world(), header.config());
        ReplayClients clients = new ReplayClients();
        ReplayIntake intake = new ReplayIntake(clients);
        world.intake(intake);
        if (header.chatCommands()) {
            // the live chat listener took every line starting with "/"; what it ran is in the journal as commands
            world.chatListener((client, text) -> text.startsWith("/"));
        }
        Commands commands = new Commands(new ReplayAdminContext(world));
        world.admin().addBots(header.botsAtStart());
        TickRecord record;
        long ticks = 0;
        while ((record = reader.next()) != null) {
            hand(record, world, clients, intake, commands);
            world.tick();
            ticks = record.tick();
            String differences = record.digest().differences(world.digest());
            String what = String.join("; ", nonEmpty(intake.mismatches(), differences.isEmpty() ? "" : "recorded against replayed: " + differences));
            if (!what.isEmpty()) {
                return new Outcome.Diverged(record.tick(), what);
            }
        }
        return new Outcome.Clean(ticks, reader.endReason());
    }

    private static List<String> nonEmpty(String... texts) {
        return Arrays.stream(texts).filter(s -> !s.isEmpty()).toList();
    }

    /** Hands the tick's recorded inputs to where the tick will take them. */
    private static void hand(TickRecord record, World world, ReplayClients clients, ReplayIntake intake, Commands commands) {
        if (world.tickCount() + 1 != record.tick()) {
            throw new IllegalStateException("the replay is at tick " + world.tickCount() + ", the journal at " + record.tick());
        }
        List<JournalEvent.Passed> passed = new ArrayList<>();
        List<JournalEvent.Refusal> refusals = new ArrayList<>();
        for (JournalEvent event : record.events()) {
            switch (event) {
                case JournalEvent.Command c -> commands.execute(c.line());
                case JournalEvent.Packet p -> clients.client(p.client()).inbox().offer(p.packet());
                case JournalEvent.Passed p -> passed.add(p);
                case JournalEvent.Refusal r -> refusals.add(r);
            }
        }
        intake.due(passed);
        clients.refusals(refusals);
    }
}
