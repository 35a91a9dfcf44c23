package dev.moomoo.gateway;

import dev.moomoo.client.GameClient;
import dev.moomoo.client.WsClient;
import dev.moomoo.config.ServerConfig;
import dev.moomoo.game.TickStats;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.CodeTable;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Clients that send garbage (random bytes, wrong arities, unknown codes, text, floods) are closed
 * with 1008 and do not disturb an honest client's stream of updates or the tick.
 */
class GarbageClientTest {
    private GameServer server;

    @BeforeEach
    void start() throws IOException {
        server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "violation-limit", "5")));
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    /** Sends its garbage until the server closes; returns the close code it got. */
    private Callable<Integer> garbageClient(int seed) {
        return () -> {
            Random random = new Random(seed);
            ClientCodec codec = new ClientCodec(CodeTable.ERA_2);
            try (WsClient ws = WsClient.connect("127.0.0.1", server.port(), "/", null, 10_000)) {
                for (int i = 0; i < 20_000; i++) {
                    byte[] message = switch ((seed + i) % 5) {
                        case 0 -> randomBytes(random);
                        case 1 -> HexFormat.of().parseHex("92a144920102"); // Aim with two arguments
                        case 2 -> HexFormat.of().parseHex("92a27a7a90"); // unknown code "zz"
                        case 3 -> codec.encode(new ClientPacket.Move(random.nextDouble())); // a valid flood
                        default -> HexFormat.of().parseHex("dd7fffffff"); // a lying array header
                    };
                    try {
                        ws.sendBinary(message);
                    } catch (IOException closed) {
                        break;
                    }
                }
                while (true) {
                    WsClient.Message m = ws.receive();
                    if (m.isClose()) {
                        return m.closeCode();
                    }
                }
            }
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[1 + random.nextInt(40)];
        random.nextBytes(b);
        return b;
    }

    @Test
    void garbageIsRefusedAndTheHonestPlayerIsNotDisturbed() throws Exception {
        try (GameClient honest = GameClient.connect("127.0.0.1", server.port(), null, CodeTable.ERA_2, 5000)) {
            honest.receiveUntil(ServerPacket.TribeList.class);
            honest.send(new ClientPacket.Spawn("honest", false, 0));
            int sid = honest.receiveUntil(ServerPacket.SetupGame.class).yourSid();
            honest.send(new ClientPacket.Move(0.0));

            // Platform threads: garbage senders on the server's virtual-thread carriers would measure
            // this test JVM's scheduler, not the server.
            ExecutorService pool = Executors.newFixedThreadPool(20);
            List<Future<Integer>> garbage = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                garbage.add(pool.submit(garbageClient(i)));
            }
            // While the garbage flows, the honest client gets an update for every tick, in order.
            long firstTick = server.world().tickCount();
            int updates = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            boolean done = false;
            while (!done && System.nanoTime() < deadline) {
                ServerPacket p = honest.receive();
                if (p instanceof ServerPacket.UpdatePlayers u) {
                    assertTrue(u.players().stream().anyMatch(s -> s.sid() == sid));
                    updates++;
                }
                done = garbage.stream().allMatch(Future::isDone) && server.world().tickCount() - firstTick >= 40;
            }
            for (Future<Integer> f : garbage) {
                assertEquals(CloseCode.POLICY_VIOLATION, f.get(10, TimeUnit.SECONDS), "garbage client closed with 1008");
            }
            pool.shutdown();
            long ticks = server.world().tickCount() - firstTick;
            // Updates may be coalesced when the writer is a tick behind, but never starved.
            System.out.printf("honest client: %d updates over %d ticks while 20 garbage clients were served%n", updates, ticks);
            assertTrue(updates >= ticks * 4 / 5, updates + " updates over " + ticks + " ticks");
            assertTrue(server.endpoint().stats().violationCloses() + server.endpoint().stats().inboxOverflows() >= 20);
            assertTrue(server.world().phaseFailures().isEmpty(), "no tick phase failed: " + server.world().phaseFailures());
            TickStats.Summary s = server.tickLoop().stats().summary();
            assertTrue(s.p99Millis() < server.world().config().tickMillis(), "tick p99 " + s.p99Millis() + " ms within the tick budget");
            // And the honest client is still in the game.
            honest.send(new ClientPacket.Ping());
            honest.receiveUntil(ServerPacket.Pong.class);
        }
    }
}
