package dev.moomoo.gateway;

import dev.moomoo.client.GameClient;
import dev.moomoo.client.WsClient;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.Server;
import dev.moomoo.server.ServerConfig;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.Await;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Peers that die or stall at the worst moment, over real sockets against the game server. */
class FaultsTest {
    private GameServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    private void start(String... settings) throws IOException {
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "animals", "none",
                "max-connections-per-ip", "1000", "max-handshakes-per-ip", "1000"));
        for (int i = 0; i < settings.length; i += 2) {
            s.put(settings[i], settings[i + 1]);
        }
        server = GameServer.start(ServerConfig.defaults(s));
    }

    /** What must come back to where it was once the dead peers are noticed. */
    private record Counts(int sockets, int connections, int threads, int players) {
    }

    private Counts counts() throws Exception {
        Server transport = server.server();
        int players = server.world().submit(w -> w.livingPlayers().size()).get(5, TimeUnit.SECONDS);
        return new Counts(transport.openSocketCount(), transport.connectionCount(), transport.stats().threads().live(), players);
    }

    /** Polls until {@code expected} holds (at most 10 s), then returns what was last seen. */
    private Counts awaitCounts(Counts expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Counts now;
        while (!(now = counts()).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return now;
    }

    private static void kill(Socket socket, boolean reset) throws IOException {
        if (reset) {
            socket.setSoLinger(true, 0); // close sends RST, as a crashed host's kernel would
        }
        socket.close();
    }

    @Test
    void clientsKilledMidHandshakeAndMidFrameLeaveNothingBehind() throws Exception {
        start();
        ClientCodec codec = new ClientCodec(Profile.ERA_2);
        try (GameClient honest = GameClient.connect("127.0.0.1", server.port(), null, Profile.ERA_2, 5000)) {
            honest.receiveUntil(ServerPacket.TribeList.class);
            honest.send(new ClientPacket.Spawn("honest", false, 0));
            honest.receiveUntil(ServerPacket.SetupGame.class);
            Counts baseline = awaitCounts(new Counts(1, 1, 2, 1));
            assertEquals(new Counts(1, 1, 2, 1), baseline, "one player: its session thread (the reader) and its writer");

            List<Socket> doomed = new ArrayList<>();
            byte[] head = WsClient.upgradeRequest("/").getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < 40; i++) {
                // mid-handshake: part of the request head, cut at a different byte each time
                Socket s = connect();
                s.getOutputStream().write(Arrays.copyOf(head, 1 + i * (head.length - 2) / 40));
                doomed.add(s);
            }
            for (int i = 0; i < 40; i++) {
                // mid-frame: upgraded and spawned, then a frame whose payload stops short
                WsClient c = WsClient.open(server.port(), "/");
                c.write(TestFrames.frame(Opcode.BINARY).payload(codec.encode(new ClientPacket.Spawn("doomed" + i, false, 0))).bytes());
                byte[] frame = TestFrames.frame(Opcode.BINARY).payload(codec.encode(new ClientPacket.Chat("x".repeat(30)))).bytes();
                c.write(Arrays.copyOf(frame, i % 2 == 0 ? 1 : frame.length - 3)); // inside the header, or the payload
                doomed.add(c.socket());
            }
            Counts loaded = counts();
            assertTrue(loaded.sockets() > 1 && loaded.threads() > 2, "the doomed peers were being served: " + loaded);

            for (int i = 0; i < doomed.size(); i++) {
                kill(doomed.get(i), i % 2 == 1);
            }
            Counts after = awaitCounts(baseline);
            assertEquals(baseline, after, "sockets, connections, threads and players back to where they were");

            // The survivor never noticed.
            honest.send(new ClientPacket.Ping());
            honest.receiveUntil(ServerPacket.Pong.class);
        }
        assertEquals(new Counts(0, 0, 0, 0), awaitCounts(new Counts(0, 0, 0, 0)), "nothing left once the last player left");
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void aClientThatStopsReadingIsDroppedAtTheHighWaterMarkAndItsMemoryReleased() throws Exception {
        int highWater = 256 * 1024;
        start("outbound-queue-frames", "1000000", "outbound-queue-bytes", Integer.toString(highWater), "close-timeout-ms", "500");
        ClientCodec codec = new ClientCodec(Profile.ERA_2);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (HonestPlayer honest = new HonestPlayer(server.port(), "honest", 0);
             Socket slow = new Socket()) {
            // A small receive window, and then no reads at all after the spawn.
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            // as the own client, which gets every notice at once (the real client's come paced as bubbles)
            slow.getOutputStream().write(WsClient.upgradeRequest("/?client=moomoo-server").getBytes(StandardCharsets.ISO_8859_1));
            slow.getOutputStream().write(TestFrames.frame(Opcode.BINARY).payload(codec.encode(new ClientPacket.Spawn("slow", false, 0))).bytes());
            int slowSid = awaitPlayer("slow");
            long baseline = heapAfterGc(memory);

            // Stream notices at the slow player, 200 at a time from the tick thread, until it is gone.
            String text = "n".repeat(200);
            long offered = 0;
            long peak = 0;
            boolean present = true;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (int round = 0; round < 2_000 && present && System.nanoTime() < deadline; round++) {
                present = server.world().submit(w -> {
                    boolean there = true;
                    for (int i = 0; i < 200 && there; i++) {
                        there = w.tell(slowSid, text);
                    }
                    return there;
                }).get(5, TimeUnit.SECONDS);
                offered += 200L * (text.length() + 8);
                if (round % 10 == 0) {
                    peak = Math.max(peak, heapAfterGc(memory) - baseline);
                }
            }
            assertFalse(present, "the slow player was never dropped (" + offered + " bytes offered)");
            int before = server.connectionCount();
            awaitConnections(1);
            long after = heapAfterGc(memory) - baseline;
            System.out.printf(Locale.ROOT,
                    "slow reader: dropped after %d KB offered (high-water mark %d KB); retained heap peak +%d KB, after the drop %+d KB; connections %d -> %d%n",
                    offered / 1024, highWater / 1024, peak / 1024, after / 1024, before, server.connectionCount());

            // Dropped at the mark: what it was offered is the queue's bound plus what the kernel's
            // socket buffers took (at most 4 MB here), not the whole stream.
            assertTrue(offered < highWater + 8L * 1024 * 1024, offered + " bytes offered before the drop");
            // Its socket was cut by the sweeper (its writer was stuck), and its memory released.
            assertEquals(1, server.connectionCount());
            assertTrue(peak < highWater + 16L * 1024 * 1024, "heap grew by " + peak + " bytes while it stalled");
            assertTrue(after < 8L * 1024 * 1024, "heap still " + after + " bytes above the baseline after the drop");
            // The honest player never stalled.
            assertNull(honest.failure(), "honest player's stream ended");
            int seen = honest.updates();
            awaitTicks(9);
            assertTrue(honest.updates() > seen, "honest player still receives updates");
        }
    }

    private int awaitPlayer(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Integer sid = server.world().submit(w -> w.livingPlayers().stream().filter(p -> p.name().equals(name))
                    .map(p -> p.sid()).findFirst().orElse(null)).get(5, TimeUnit.SECONDS);
            if (sid != null) {
                return sid;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("player " + name + " never spawned");
    }

    private void awaitConnections(int n) throws InterruptedException {
        Await.until(Duration.ofSeconds(10), () -> server.connectionCount() == n);
    }

    private void awaitTicks(int n) throws InterruptedException {
        long target = server.world().tickCount() + n;
        Await.until(Duration.ofSeconds(10), () -> server.world().tickCount() >= target);
    }

    private Socket connect() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        return s;
    }
}
