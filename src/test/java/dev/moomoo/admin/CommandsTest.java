package dev.moomoo.admin;

import dev.moomoo.client.GameClient;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.gateway.PacketTrace;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Every command's happy path and a wrong-argument path, against a running server with two players. */
class CommandsTest {
    @TempDir
    Path dir;
    private AdminFixture fx;
    private GameClient alice;
    private GameClient bob;
    private int a;
    private int b;

    @BeforeEach
    void start() throws IOException {
        fx = new AdminFixture(dir);
        int[] sid = new int[1];
        alice = fx.player("alice", sid);
        a = sid[0];
        bob = fx.player("bob", sid, AdminFixture.REAL_CLIENT);
        b = sid[0];
    }

    @AfterEach
    void stop() throws IOException {
        alice.close();
        bob.close();
        fx.close();
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        String help = fx.run("help");
        for (Commands.Command c : fx.server.commands().table().values()) {
            assertTrue(help.contains(c.usage()), c.name());
        }
        assertEquals("unknown command 'dance' (try help)", fx.run("dance"));
    }

    @Test
    void statusAndPlayers() throws Exception {
        assertTrue(fx.run("status").matches("http://127\\.0\\.0\\.1:\\d+/: players 2/100, connections 2, animals \\d+, tribes 0, tick avg [0-9.]+ ms p50 [0-9.]+ ms p99 [0-9.]+ ms max [0-9.]+ ms \\(budget 111\\.1 ms, \\d+ skipped\\), heap \\d+/\\d+ MB, threads \\d+"),
                fx.run("status"));
        String players = fx.run("players");
        assertTrue(players.contains(a + " alice 127.0.0.1 score 0 at "), players);
        assertTrue(players.contains(b + " bob 127.0.0.1"), players);
    }

    @Test
    void broadcastAndTell() throws Exception {
        fx.run("addbot 2");
        // the bots join in the joins phase of a tick; commands may run before it in the same tick
        assertTrue(Await.until(Duration.ofSeconds(30), () -> fx.onTick(w -> w.clients().size()) == 4));
        assertEquals("sent to 2 player(s) and 2 bot(s)", fx.run("broadcast the server says hi"));
        // alice connected as the own client shows it in its panel; bob as the real client, as a bubble over himself
        assertEquals(new ServerPacket.Chat(-1, "the server says hi"), alice.receiveUntil(ServerPacket.Chat.class));
        assertEquals(new ServerPacket.Chat(b, "the server says hi"), bob.receiveUntil(ServerPacket.Chat.class));
        assertEquals("usage: broadcast <message>", fx.run("broadcast"));

        assertEquals("told " + a, fx.run("tell " + a + " just you"));
        assertEquals(new ServerPacket.Chat(-1, "just you"), alice.receiveUntil(ServerPacket.Chat.class));
        assertEquals("no player with sid 99", fx.run("tell 99 hello"));
        assertTrue(fx.run("tell alice hello").contains("sid must be an integer"));
    }

    @Test
    void grant() throws Exception {
        assertEquals("granted 50 gold to " + a, fx.run("grant " + a + " gold 50"));
        assertEquals(new ServerPacket.Stat("points", 50, true), awaitStat(alice, "points"));
        assertEquals("granted 5 wood to 2 player(s)", fx.run("grant all wood 5"));
        assertEquals(new ServerPacket.Stat("wood", 5, true), awaitStat(bob, "wood"));
        assertTrue(fx.run("grant " + a + " diamonds 5").contains("resource must be wood, food, stone or gold, not 'diamonds'"));
        assertTrue(fx.run("grant " + a + " gold lots").contains("amount must be an integer"));
        assertEquals("usage: grant <sid|all> <wood|food|stone|gold> <amount>", fx.run("grant " + a));
    }

    private static ServerPacket.Stat awaitStat(GameClient c, String prop) throws IOException {
        while (true) {
            ServerPacket.Stat s = c.receiveUntil(ServerPacket.Stat.class);
            if (s.prop().equals(prop) && s.value() != 0) {
                return s;
            }
        }
    }

    @Test
    void tpBotsGathersEveryBotWithinOneViewOfAPoint() throws Exception {
        assertTrue(fx.run("addbot 5").startsWith("adding 5 bot(s)"));
        String reply = "";
        for (int i = 0; i < 100 && !reply.equals("moved 5 bots to around 5000,6000"); i++) {
            reply = fx.run("tp bots 5000 6000"); // the bots join with the next ticks; each run is a tick round trip
        }
        assertEquals("moved 5 bots to around 5000,6000", reply);
        var far = fx.server.world().submit(w -> w.livingPlayers().stream().filter(p -> p.client().isBot())
                .filter(p -> Math.abs(p.x() - 5000) > 1248 || Math.abs(p.y() - 6000) > 702).count()).get(5, TimeUnit.SECONDS);
        assertEquals(0, far, "every bot within one view (1248 x 702 half-extents) of the point");
    }

    @Test
    void animalAddsOneOfTheNineKindsAtAPoint() throws Exception {
        String reply = fx.run("animal wolf 3000 4000");
        assertTrue(reply.matches("added wolf \\d+ at 3000,4000"), reply);
        int sid = Integer.parseInt(reply.split(" ")[2]);
        var wolf = fx.server.world().submit(w -> w.animals().stream().filter(a -> a.sid() == sid).findFirst().orElseThrow())
                .get(5, TimeUnit.SECONDS);
        assertEquals(300, wolf.health(), "a wolf has 300 (src/site/rules.md#animals)");
        assertTrue(fx.run("animal MOOSTAFA 7000 7000").startsWith("added moostafa "), "any case");
        assertTrue(fx.run("animal dragon 1 2").contains("kind must be one of cow (0), pig (1), bull (2), bully (3), wolf (4), quack (5), "
                + "moostafa (6), treasure (7), moofie (8), boar (9), yeti (10), crabking (11), sheep (12), crab (13), crabling (14), not 'dragon'"));
        assertTrue(fx.run("animal cow 99999 2").contains("within the map"));
        assertEquals("usage: animal <kind|type> <x> <y> | animal <kind|type> at <sid>", fx.run("animal cow 1"));
        assertTrue(fx.run("animal 13 5000 5000").matches("added crab \\d+ at 5000,5000"), "a crab by its type id, the console's only");
        assertTrue(fx.run("animal crabling 5000 5000").startsWith("added crabling "));
        assertEquals("no living player with sid 99", fx.run("animal yeti at 99"));
    }

    @Test
    void spawnAndDespawn() throws Exception {
        String reply = fx.run("spawn rock 1000 2000 85");
        assertTrue(reply.matches("spawned rock \\d+ at 1000,2000"), reply);
        int id = Integer.parseInt(reply.split(" ")[2]);
        WorldObject o = fx.server.world().submit(w -> w.object(id)).get(5, TimeUnit.SECONDS);
        assertEquals(1000, o.x());
        assertEquals(85, o.scale());
        assertTrue(fx.run("spawn cactus 1 2").contains("type must be tree, bush, rock or gold"));
        assertTrue(fx.run("spawn tree here 2").contains("x must be a number"));
        assertTrue(fx.run("spawn tree 99999 2").contains("within the map"));
        assertEquals("removed object " + id, fx.run("despawn " + id));
        assertEquals("no object with id " + id, fx.run("despawn " + id));
        assertTrue(fx.run("despawn x").contains("object id must be an integer"));
    }

    @Test
    void scatterBuildingsForALoadTest() throws Exception {
        int before = fx.server.world().submit(w -> w.allObjects().size()).get(5, TimeUnit.SECONDS);
        assertEquals("scattered 40 building(s) of 1 kind(s)", fx.run("scatter 17 40"));
        assertEquals("scattered 44 building(s) of 20 kind(s)", fx.run("scatter all 44"), "the 23 items but the 3 foods");
        int after = fx.server.world().submit(w -> w.allObjects().size()).get(5, TimeUnit.SECONDS);
        assertEquals(before + 84, after);
        assertTrue(fx.run("scatter 0 5").contains("item 0 (apple) is food: it is eaten, not built"));
        assertTrue(fx.run("scatter 23 5").contains("item index must be"));
        assertEquals("usage: scatter <item index|all> <count>", fx.run("scatter 3"));
    }

    /** src/site/rules.md#older-clients: over the socket, the real (v1.8) client on / is sent a boar as a bull, the own client as itself. */
    @Test
    void aBoarBesideThemIsABoarToTheOwnClientAndABullToTheRealClient() throws Exception {
        assertTrue(fx.run("animal boar at " + b).startsWith("added boar "));
        assertTrue(fx.run("tp " + a + " " + fx.onTick(w -> Math.round(w.playerBySid(b).x())) + " "
                + fx.onTick(w -> Math.round(w.playerBySid(b).y()))).startsWith("moved "));
        assertEquals(2, firstAnimalType(bob), "type 2, the bull: v1.8 has no boar");
        assertEquals(9, firstAnimalType(alice), "type 9, the boar");
    }

    /** The type of the first animal in the next I that has one. */
    private static int firstAnimalType(GameClient c) throws IOException {
        while (true) {
            ServerPacket.UpdateAnimals i = c.receiveUntil(ServerPacket.UpdateAnimals.class);
            if (!i.animals().isEmpty()) {
                return i.animals().getFirst().type();
            }
        }
    }

    @Test
    void hatGivesAnyWearableHatTheCrabShellIncluded() throws Exception {
        // src/site/rules.md#store: the Crab Shell (hat 61) is never sold; an admin gives it
        assertEquals("gave Crab Shell (hat 61) to " + a, fx.run("hat " + a + " Crab Shell"));
        assertEquals(new ServerPacket.StoreState(0, 61, false), alice.receiveUntil(ServerPacket.StoreState.class), "owned, as after a purchase");
        assertEquals("gave Scout Hat (hat 59) to " + a, fx.run("hat " + a + " 59"));
        assertEquals("gave Sawblade (accessory 16) to " + a, fx.run("accessory " + a + " sawblade"));
        assertTrue(fx.run("hat " + a + " Shame!").contains("no hat 'Shame!' that can be worn"));
        assertEquals("no player with sid 99", fx.run("hat 99 61"));
        assertEquals("usage: hat <sid> <hat id|name>", fx.run("hat " + a));
    }

    @Test
    void teleport() throws Exception {
        assertEquals("moved " + a + " to 500,600", fx.run("tp " + a + " 500 600"));
        Player p = fx.server.world().submit(w -> w.playerBySid(a)).get(5, TimeUnit.SECONDS);
        double[] xy = fx.server.world().submit(w -> new double[] {p.x(), p.y()}).get(5, TimeUnit.SECONDS);
        assertArrayEquals(new double[] {500, 600}, xy, 50); // it may have moved a little since
        assertEquals("usage: tp <sid|bots> <x> <y>", fx.run("tp " + a + " 5"));
        assertEquals("no living player with sid 77", fx.run("tp 77 1 1"));
    }

    @Test
    void theCrabKingsFightAndTheFalls() throws Exception {
        // rules.md#the-crab-king: the default world has the King in its pool; the command wakes it
        assertEquals("the Crab King is awake", fx.run("crabking"));
        assertEquals("usage: crabking (too many arguments)", fx.run("crabking now"));
        assertEquals("the Crab King is awake", fx.run("animal crabking 100 100"), "one King, in its pool: the animal command starts its fight");
        assertEquals("moved " + a + " to The Falls", fx.run("falls " + a));
        Player p = fx.server.world().submit(w -> w.playerBySid(a)).get(5, TimeUnit.SECONDS);
        double[] xy = fx.server.world().submit(w -> new double[] {p.x(), p.y()}).get(5, TimeUnit.SECONDS);
        assertArrayEquals(new double[] {-900, 6760}, xy, 50); // The Falls, in the gorge west of the map
        assertEquals("usage: falls <sid>", fx.run("falls"));
        assertEquals("no living player with sid 77", fx.run("falls 77"));
    }

    @Test
    void kick() throws Exception {
        assertEquals("kicked " + b + " (bob)", fx.run("kick " + b + " be nice"));
        assertEquals(new ServerPacket.Disconnect("be nice"), bob.receiveUntil(ServerPacket.Disconnect.class));
        while (bob.receive() != null) {
            // until the Close
        }
        assertEquals(4001, bob.closeCode());
        assertTrue(fx.run("kick 99").contains("no player with sid 99"));
    }

    @Test
    void banPersistsAndRefusesThenUnban() throws Exception {
        assertEquals("banned 127.0.0.1, 2 connection(s) closed", fx.run("ban " + a));
        assertTrue(Files.readAllLines(fx.banFile).contains("127.0.0.1"));
        assertTrue(new BanList(fx.banFile).isBanned("127.0.0.1"), "a new server reads the ban back");
        assertTrue(fx.get("/").startsWith("HTTP/1.1 403 "), "a banned address is refused");
        assertTrue(fx.run("ban robert!").contains("neither a sid nor an IP address"));
        assertEquals("unbanned 127.0.0.1", fx.run("unban 127.0.0.1"));
        fx.getOk("/"); // served again
        assertEquals("not banned: 127.0.0.1", fx.run("unban 127.0.0.1"));
    }

    @Test
    void buildShowsTheSavedPagesProtocolModuleAndRollMakesANewOne() throws Exception {
        String id = fx.server.build().buildId();
        assertEquals("serving build " + id, fx.run("build"));
        assertTrue(fx.get("/p/" + id + ".js").startsWith("HTTP/1.1 200 "));
        String rolled = fx.run("build roll");
        String now = fx.server.build().buildId();
        assertNotEquals(id, now);
        assertEquals("rolled: now build " + now + "; pages on build " + id + " are told to reload", rolled);
        assertTrue(fx.get("/p/" + now + ".js").startsWith("HTTP/1.1 200 "));
        assertTrue(fx.get("/p/" + id + ".js").startsWith("HTTP/1.1 404 "), "the old build's module is gone");
        assertEquals("usage: build [roll]: the only option is roll", fx.run("build fly"));
    }

    @Test
    void stopSendsTheRestartNoticeThenStops() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        fx.server.onStopRequested(stopped::countDown);
        assertTrue(fx.run("stop abc").contains("seconds must be an integer"));
        assertEquals(1, stopped.getCount());
        long start = System.nanoTime();
        assertEquals("stopping in 1 s", fx.run("stop 1"));
        assertEquals(new ServerPacket.RestartNotice(1), alice.receiveUntil(ServerPacket.RestartNotice.class));
        assertTrue(stopped.await(10, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(900), "waited the countdown");
    }

    @Test
    void traceToAFileHoldsExactlyTheScriptedPackets() throws Exception {
        Path file = dir.resolve("trace.log");
        assertTrue(fx.run("trace on player " + a + " type 0 file " + file).startsWith("trace on: player "));
        for (int i = 0; i < 3; i++) {
            alice.send(new ClientPacket.Ping());
            alice.receiveUntil(ServerPacket.Pong.class);
        }
        bob.send(new ClientPacket.Ping()); // another connection: not traced
        bob.receiveUntil(ServerPacket.Pong.class);
        assertEquals("trace off; the rest of what it saw is written to " + file + " within " + PacketTrace.STOP_BOUND.toSeconds() + " s",
                fx.run("trace off"), "answered at once, on the tick");
        assertTrue(fx.server.trace().awaitStopped(Duration.ofSeconds(30)), "the file is complete");
        alice.send(new ClientPacket.Ping()); // after the trace: not traced
        alice.receiveUntil(ServerPacket.Pong.class);

        var lines = Files.readAllLines(file);
        assertEquals(6, lines.size(), String.join("\n", lines));
        String id = alice.socket() == null ? "" : fx.server.world().submit(w -> w.playerBySid(a).client().id()).get(5, TimeUnit.SECONDS);
        for (int i = 0; i < 6; i++) {
            TraceReport.Line l = TraceReport.Line.parse(lines.get(i));
            assertEquals(id, l.connection());
            assertEquals(i % 2 == 0 ? "in" : "out", l.direction());
            assertEquals("0", l.code());
            assertEquals(i % 2 == 0 ? 4 : 4, l.bytes()); // ["0", []] is 92 a1 30 90
            assertEquals("frame", l.kind());
            assertEquals("[]", l.detail());
            assertEquals(fx.server.world().name(), l.world());
            assertTrue(l.tick() >= 0, l.toString());
            assertTrue(l.time().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), l.time());
        }
        assertTrue(fx.run("trace maybe").contains("first word must be on or off"));
        assertEquals("trace off", fx.run("trace"));
    }

    @Test
    void traceOnPlayerFollowsThePlayerAcrossAReconnect() throws Exception {
        Path file = dir.resolve("follow.log");
        String first = fx.onTick(w -> w.playerBySid(a).client().id());
        assertTrue(fx.run("trace on player " + a + " type 0 file " + file).contains("player 127.0.0.1/alice"));
        alice.send(new ClientPacket.Ping());
        alice.receiveUntil(ServerPacket.Pong.class);
        alice.close();
        // the same player again: the same address, the same name
        int[] sid = new int[1];
        alice = fx.player("alice", sid);
        String second = fx.onTick(w -> w.playerBySid(sid[0]).client().id());
        assertNotEquals(first, second);
        alice.send(new ClientPacket.Ping());
        alice.receiveUntil(ServerPacket.Pong.class);
        bob.send(new ClientPacket.Ping()); // another player: not traced
        bob.receiveUntil(ServerPacket.Pong.class);
        assertTrue(fx.run("trace off").startsWith("trace off; the rest of what it saw is written to " + file));
        assertTrue(fx.server.trace().awaitStopped(Duration.ofSeconds(30)), "the file is complete");
        assertEquals("trace off", fx.run("trace off"), "nothing was on");

        List<String> connections = Files.readAllLines(file).stream().map(TraceReport.Line::parse).map(TraceReport.Line::connection).toList();
        assertEquals(List.of(first, first, second, second), connections, "ping and pong before and after the reconnect");
    }
}
