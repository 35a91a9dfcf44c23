package dev.moomoo.server;

import dev.moomoo.client.GameClient;
import dev.moomoo.game.World;
import dev.moomoo.lab.inputs.InputReplay;
import dev.moomoo.lab.inputs.JournalReader;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The setting input-journal records each world of a running server from its first tick, and what it
 * wrote re-simulates with every tick's state digest matching (src/site/input-journal.md): a session
 * with bots, a socket player who moves, hits and chats, and console commands that change the world.
 */
class InputJournalSettingTest {
    @TempDir
    Path state;

    private Map<String, String> settings(String journal) {
        return new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "console", "false", "state-dir", state.toString(),
                "ban-file", "", "input-journal", journal, "bots", "3"));
    }

    @Test
    void aRunningServersJournalReplaysWithEveryTickMatching() throws Exception {
        GameServer server = GameServer.start(ServerConfig.defaults(settings("journals")));
        try (GameClient c = GameClient.connect("127.0.0.1", server.port(), null, Profile.ERA_2, 10_000)) {
            c.receiveUntil(ServerPacket.TribeList.class);
            c.send(new ClientPacket.Spawn("journaled", false, 0));
            int sid = c.receiveUntil(ServerPacket.SetupGame.class).yourSid();
            c.send(new ClientPacket.Move(0.5));
            c.send(new ClientPacket.Attack(true, 1.0));
            c.send(new ClientPacket.Chat("hello journal"));
            server.commands().execute("grant " + sid + " wood 500").get(10, TimeUnit.SECONDS);
            server.commands().execute("addbot 2").get(10, TimeUnit.SECONDS);
            long from = server.world().tickCount();
            // the packets above are drained by ticks after this one: 20 ticks (2.2 s at 9 Hz) leave them all behind
            assertTrue(Await.until(Duration.ofSeconds(30), () -> server.world().tickCount() > from + 20), "the world ticks");
            c.send(new ClientPacket.Move(null));
        } finally {
            server.shutdown();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(state.resolve("journals"))) {
            files = listed.toList();
        }
        assertEquals(1, files.size(), "one world, one journal: " + files);
        assertTrue(files.getFirst().getFileName().toString().matches("main-\\d{8}-\\d{6}\\.journal"), files.getFirst().toString());
        try (InputStream in = Files.newInputStream(files.getFirst()); JournalReader reader = new JournalReader(in)) {
            InputReplay.Outcome outcome = InputReplay.run(reader);
            InputReplay.Outcome.Clean clean = assertInstanceOf(InputReplay.Outcome.Clean.class, outcome, outcome.toString());
            assertTrue(clean.ticks() > 20, "ticks replayed: " + clean.ticks());
        }
    }

    @Test
    void aBanInOneWorldKicksTheAddressFromTheOtherAndEachWorldsJournalReplaysWithEveryTickMatching() throws Exception {
        Map<String, String> settings = settings("journals");
        settings.put("worlds", "main:local:normal:10,second:local:normal:10");
        GameServer server = GameServer.start(ServerConfig.defaults(settings));
        try (GameClient inMain = GameClient.connect("127.0.0.1", server.port(), "/", null, Profile.ERA_2, 10_000);
             GameClient inSecond = GameClient.connect("127.0.0.1", server.port(), "/?world=second", null, Profile.ERA_2, 10_000)) {
            for (GameClient c : List.of(inMain, inSecond)) {
                c.receiveUntil(ServerPacket.TribeList.class);
                c.send(new ClientPacket.Spawn("banned", false, 0));
                c.receiveUntil(ServerPacket.SetupGame.class);
                c.send(new ClientPacket.Move(0.5));
            }
            assertTrue(server.commands().execute("ban 127.0.0.1").get(10, TimeUnit.SECONDS).endsWith("2 connection(s) closed"));
            for (GameClient c : List.of(inMain, inSecond)) {
                while (c.receive() != null) {
                    // what each world sent before its Close frame
                }
            }
            for (String world : List.of("main", "second")) {
                World w = server.world(world);
                assertTrue(Await.until(Duration.ofSeconds(30), () -> w.submit(a -> a.clients().stream()
                        .noneMatch(c -> c.address().equals("127.0.0.1"))).orTimeout(5, TimeUnit.SECONDS).join()), world + " let its player go");
                long from = w.tickCount();
                assertTrue(Await.until(Duration.ofSeconds(30), () -> w.tickCount() > from + 5), world + " ticks on without it");
            }
        } finally {
            server.shutdown();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(state.resolve("journals"))) {
            files = listed.sorted().toList();
        }
        assertEquals(2, files.size(), "two worlds, two journals: " + files);
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file); JournalReader reader = new JournalReader(in)) {
                InputReplay.Outcome outcome = InputReplay.run(reader);
                assertInstanceOf(InputReplay.Outcome.Clean.class, outcome, file.getFileName() + ": " + outcome);
            }
        }
    }

    @Test
    void aJournalThatCannotBeWrittenStopsTheStartWithOneLine() throws Exception {
        Files.writeString(state.resolve("taken"), "a file where the directory would be");
        StartFailure e = assertThrows(StartFailure.class, () -> GameServer.start(ServerConfig.defaults(settings("taken"))));
        assertTrue(e.getMessage().startsWith("cannot write the input journal in "), e.getMessage());
    }
}
