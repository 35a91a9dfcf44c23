package dev.moomoo.gateway;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * All profiles in one world, over real sockets: a v1.9 page (keyed, pinned, on {@code /s/main}), a
 * v1.8 client ({@code /}), an era-1 client ({@code /?era=1}) and the own client
 * ({@code /?client=moomoo-server}) see each other move and fight, each in its own codes and shapes (a
 * packet of another profile would not decode: every packet each one got is read by its profile's
 * codec).
 */
class MixedProfilesEndToEndTest {
    @TempDir
    Path state;
    private GameServer server;

    @BeforeEach
    void start() throws IOException {
        server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "console", "false", "state-dir", state.toString(),
                "trees", "0", "bushes", "0", "rocks", "0", "gold-ores", "0", "animals", "none")));
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    /** One client, its sid, and every packet it received after it spawned (read by a thread of its own). */
    private static final class Player {
        final String name;
        final GameClient client;
        final List<ServerPacket> received = Collections.synchronizedList(new ArrayList<>());
        volatile Throwable failure;
        int sid;

        Player(String name, GameClient client) {
            this.name = name;
            this.client = client;
        }

        void join() throws IOException {
            assertInstanceOf(ServerPacket.IoInit.class, client.receive(), name + ": io-init first");
            client.receive();
            client.send(new ClientPacket.Spawn(name, false, 1));
            sid = client.receiveUntil(ServerPacket.SetupGame.class).yourSid();
        }

        void listen() {
            Thread.ofVirtual().start(() -> {
                try {
                    for (ServerPacket p; (p = client.receive()) != null; ) {
                        received.add(p);
                    }
                } catch (IOException e) {
                    if (!client.socket().isClosed()) {
                        failure = e;
                    }
                }
            });
        }

        /** The positions this client was told each other sid was at, in order. */
        Map<Integer, Set<List<Double>>> positions() {
            Map<Integer, Set<List<Double>>> at = new HashMap<>();
            synchronized (received) {
                for (ServerPacket p : received) {
                    if (p instanceof ServerPacket.UpdatePlayers u) {
                        u.players().forEach(s -> at.computeIfAbsent(s.sid(), k -> new HashSet<>()).add(List.of(s.x(), s.y())));
                    }
                }
            }
            return at;
        }

        boolean saw(Class<? extends ServerPacket> type, Predicate<ServerPacket> which) {
            synchronized (received) {
                return received.stream().anyMatch(p -> type.isInstance(p) && which.test(p));
            }
        }
    }

    @Test
    void aV19PageAV18ClientAnEra1ClientAndTheOwnClientSeeEachOtherMoveAndFight() throws Exception {
        try (GameClient v19 = GameClient.connectKeyed("127.0.0.1", server.port(), "main", "tk:x", server.build(), null, 5000);
             GameClient v18 = GameClient.connect("127.0.0.1", server.port(), null, Profile.ERA_2, 5000);
             GameClient era1 = GameClient.connect("127.0.0.1", server.port(), "/?era=1", null, Profile.ERA_1, 5000);
             GameClient own = GameClient.connect("127.0.0.1", server.port(), "/?client=moomoo-server", null, Profile.ERA_2, 5000)) {
            // in their order on the line, west to east
            List<Player> players = List.of(new Player("v19", v19), new Player("era1", era1), new Player("v18", v18), new Player("own", own));
            for (Player p : players) {
                p.join();
                p.listen();
            }
            lineUp(players);

            // Everyone walks south: each sees the three others at more than one place.
            for (Player p : players) {
                p.client.send(new ClientPacket.Move(Math.PI / 2));
            }
            for (Player viewer : players) {
                assertTrue(Await.until(Duration.ofSeconds(30), () -> players.stream().filter(o -> o != viewer)
                        .allMatch(o -> viewer.positions().getOrDefault(o.sid, Set.of()).size() >= 3)),
                        viewer.name + " sees the others move: " + viewer.positions().keySet());
            }
            for (Player p : players) {
                p.client.send(new ClientPacket.Move(null));
            }
            lineUp(players);

            // A chain of blows eastwards: v19 hits era1, era1 hits v18, v18 hits own.
            for (Player p : players.subList(0, 3)) {
                p.client.send(new ClientPacket.Aim(0));
            }
            List<Player> attackers = players.subList(0, 3);
            List<Player> victims = players.subList(1, 4);
            for (Player p : attackers) {
                p.client.send(new ClientPacket.Attack(true, null));
            }
            for (Player victim : victims) {
                assertTrue(Await.until(Duration.ofSeconds(30), () -> victim.saw(ServerPacket.Health.class,
                        h -> ((ServerPacket.Health) h).sid() == victim.sid && ((ServerPacket.Health) h).health() < 100)),
                        victim.name + " is told it was hurt");
            }
            for (Player viewer : players) {
                for (Player attacker : attackers) {
                    assertTrue(Await.until(Duration.ofSeconds(10), () -> viewer.saw(ServerPacket.Swing.class,
                            s -> ((ServerPacket.Swing) s).sid() == attacker.sid)), viewer.name + " sees " + attacker.name + " swing");
                }
            }
            for (Player p : players) {
                assertNull(p.failure, p.name + " read every packet in its own profile");
            }
        }
    }

    /** Puts the four on one line from west to east, 70 apart (touching), facing east. */
    private void lineUp(List<Player> players) throws Exception {
        for (int i = 0; i < players.size(); i++) {
            int sid = players.get(i).sid;
            double x = 7000 + 70 * i;
            assertTrue(server.world().submit(w -> w.teleport(sid, x, 7200)).get(5, TimeUnit.SECONDS));
        }
    }
}
