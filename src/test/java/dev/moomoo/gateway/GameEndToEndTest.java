package dev.moomoo.gateway;

import dev.moomoo.client.GameClient;
import dev.moomoo.game.entity.Player;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Two clients speaking the game protocol over real WebSockets to a running server. */
class GameEndToEndTest {
    private GameServer server;

    @BeforeEach
    void start() throws IOException {
        server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1",
                "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none")));
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private GameClient connect() throws IOException {
        return GameClient.connect("127.0.0.1", server.port(), null, Profile.ERA_2, 5000);
    }

    /** Connects, checks io-init and the tribe list come first, spawns, and returns the sid. */
    private int join(GameClient c, String name) throws IOException {
        ServerPacket first = c.receive();
        ServerPacket.IoInit init = assertInstanceOf(ServerPacket.IoInit.class, first, "io-init must be the first packet");
        assertEquals(0, init.mode());
        assertFalse(init.socketId().isEmpty());
        assertInstanceOf(ServerPacket.TribeList.class, c.receive());
        c.send(new ClientPacket.Spawn(name, false, 3));
        int sid = assertInstanceOf(ServerPacket.SetupGame.class, c.receive()).yourSid();
        ServerPacket.AddPlayer me = assertInstanceOf(ServerPacket.AddPlayer.class, c.receive());
        assertTrue(me.isYou());
        assertEquals(sid, me.player().sid());
        assertEquals(init.socketId(), me.player().id());
        assertEquals(name, me.player().name());
        return sid;
    }

    private void teleport(int sid, double x, double y) throws Exception {
        assertTrue(server.world().submit(w -> w.teleport(sid, x, y)).get(5, TimeUnit.SECONDS));
    }

    /** {@link #join}s and then puts the player at {@code x, y}; returns its sid. */
    private int joinAt(GameClient c, String name, double x, double y) throws Exception {
        int sid = join(c, name);
        teleport(sid, x, y);
        return sid;
    }

    /** Receives until an update that contains {@code sid} arrives; returns that player's state. */
    private static ServerPacket.PlayerState awaitState(GameClient c, int sid) throws IOException {
        for (int i = 0; i < 200; i++) {
            if (c.receive() instanceof ServerPacket.UpdatePlayers u) {
                for (ServerPacket.PlayerState s : u.players()) {
                    if (s.sid() == sid) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no update with sid " + sid + " within 200 packets");
    }

    @Test
    void anAnimalInViewArrivesOverTheSocketInIAndATribeInTheListOfALaterClient() throws Exception {
        try (GameClient alice = connect()) {
            int a = joinAt(alice, "alice", 3000, 4000);
            int cow = server.world().submit(w -> w.spawnAnimal(0, 3300, 4000).sid()).get(5, TimeUnit.SECONDS);
            ServerPacket.AnimalState seen = null;
            for (int i = 0; i < 400 && seen == null; i++) {
                if (alice.receive() instanceof ServerPacket.UpdateAnimals u) {
                    seen = u.animals().stream().filter(s -> s.sid() == cow).findFirst().orElse(null);
                }
            }
            assertNotNull(seen, "the cow in an I");
            assertEquals(0, seen.type());
            assertEquals(500, seen.health(), "a cow has 500 (src/site/rules.md#animals)");
            alice.send(new ClientPacket.CreateTribe("cows"));
            assertEquals(new ServerPacket.MyTribe("cows", true), alice.receiveUntil(ServerPacket.MyTribe.class));
            try (GameClient later = connect()) {
                assertInstanceOf(ServerPacket.IoInit.class, later.receive());
                assertEquals(new ServerPacket.TribeList(List.of(new ServerPacket.TribeInfo("cows", a))), later.receive(),
                        "a client that connects after the tribe was founded is sent it first");
            }
        }
    }

    @Test
    void twoPlayersSpawnSeeEachOtherMoveChatPingAndLeave() throws Exception {
        try (GameClient alice = connect(); GameClient bob = connect()) {
            int a = joinAt(alice, "alice", 3000, 4000);
            int b = joinAt(bob, "bob", 3300, 4000);

            ServerPacket.AddPlayer seen = alice.receiveUntil(ServerPacket.AddPlayer.class);
            assertEquals(b, seen.player().sid());
            assertFalse(seen.isYou());
            assertEquals("bob", seen.player().name());
            assertEquals(3300, awaitState(alice, b).x(), 1e-3);

            // Alice walks right; Bob sees her x grow.
            double before = awaitState(bob, a).x();
            alice.send(new ClientPacket.Move(0.0));
            double x = before;
            for (int i = 0; i < 50 && x < before + 100; i++) {
                x = awaitState(bob, a).x();
            }
            assertTrue(x >= before + 100, "bob saw alice move from " + before + " to " + x);
            alice.send(new ClientPacket.Move(null));

            alice.send(new ClientPacket.Chat("hello bob"));
            ServerPacket.Chat chat = bob.receiveUntil(ServerPacket.Chat.class);
            assertEquals(a, chat.sid());
            assertEquals("hello bob", chat.message());

            alice.send(new ClientPacket.Ping());
            alice.receiveUntil(ServerPacket.Pong.class);

            String bobId = seen.player().id();
            bob.close();
            ServerPacket.RemovePlayer gone = alice.receiveUntil(ServerPacket.RemovePlayer.class);
            assertEquals(bobId, gone.id());
        }
    }

    @Test
    void playersBeyondTheViewAreNotSent() throws Exception {
        try (GameClient alice = connect(); GameClient bob = connect()) {
            joinAt(alice, "alice", 1000, 1000);
            int b = joinAt(bob, "bob", 1000 + 1248 + Player.SCALE + 200, 1000);
            // Several ticks of updates to alice: bob never appears.
            for (int i = 0; i < 10; i++) {
                ServerPacket.UpdatePlayers u = alice.receiveUntil(ServerPacket.UpdatePlayers.class);
                assertTrue(u.players().stream().noneMatch(s -> s.sid() == b), "bob is out of alice's view");
            }
        }
    }
}
