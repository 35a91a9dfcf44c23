package dev.moomoo.it;

import dev.moomoo.client.GameClient;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SIGTERM while the runtime image serves 200 playing clients and 300 bots: every client gets Close
 * 1001 and the process exits 0 within its shutdown grace plus a margin.
 */
class SigtermUnderLoadIT {
    private static final int CLIENTS = 200;

    @Test
    void everyPlayingClientGets1001AndTheProcessExits0() throws Exception {
        Path image = Path.of(System.getProperty("moomoo.image", "target/image"));
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process server = new ProcessBuilder(image.resolve("bin/moomoo-server").toString(), "--port=" + port, "--bind=127.0.0.1",
                "--bots=300", "--max-players=600", "--max-connections-per-ip=1000", "--max-handshakes-per-ip=1000",
                // no drain: what is measured is the graceful close under load (DrainTest and ChildProcessTest cover the drain)
                "--shutdown-grace-ms=5000", "--drain-seconds=0", "--log-level=warn", "--console=false")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<GameClient> clients = new ArrayList<>();
        AtomicBoolean playing = new AtomicBoolean(true);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            clients.add(RuntimeImageIT.connectWithin(port, 30_000, server));
            for (int i = 1; i < CLIENTS; i++) {
                clients.add(GameClient.connect("127.0.0.1", port, null, Profile.ERA_2, 10_000));
            }
            List<Future<Integer>> closeCodes = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                GameClient c = clients.get(i);
                c.receiveUntil(ServerPacket.TribeList.class);
                c.send(new ClientPacket.Spawn("p" + i, false, i % 10));
                closeCodes.add(threads.submit(() -> readUntilClose(c)));
            }
            // Play: each client moves, aims and swings a few times a second until the stop.
            Future<?> play = threads.submit(() -> play(clients, playing));
            Thread.sleep(3000); // let the load run: what is asserted is what happens after the signal

            long signalled = System.nanoTime();
            server.destroy(); // SIGTERM
            boolean exited = server.waitFor(15, TimeUnit.SECONDS);
            double exitSeconds = (System.nanoTime() - signalled) / 1e9;
            playing.set(false);
            play.get(10, TimeUnit.SECONDS);
            int goingAway = 0;
            for (Future<Integer> f : closeCodes) {
                if (f.get(10, TimeUnit.SECONDS) == CloseCode.GOING_AWAY) {
                    goingAway++;
                }
            }
            System.out.printf(Locale.ROOT, "SIGTERM under load: %d of %d clients got 1001, exit %s after %.2f s%n",
                    goingAway, CLIENTS, exited ? Integer.toString(server.exitValue()) : "none", exitSeconds);
            assertTrue(exited, "still running 15 s after SIGTERM");
            assertEquals(0, server.exitValue());
            assertEquals(CLIENTS, goingAway, "clients that got Close 1001");
        } finally {
            playing.set(false);
            server.destroyForcibly();
            for (GameClient c : clients) {
                c.close();
            }
        }
    }

    /** Reads until the server's Close and returns its code, or -1 if the connection ended without one. */
    private static int readUntilClose(GameClient c) {
        try {
            while (c.receive() != null) {
                // updates, leaderboards, the restart notice
            }
            return c.closeCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void play(List<GameClient> clients, AtomicBoolean playing) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int round = 0; playing.get() && System.nanoTime() < end; round++) {
            for (int i = 0; i < clients.size(); i++) {
                GameClient c = clients.get(i);
                double angle = (round + i) * 0.3;
                try {
                    c.send(new ClientPacket.Move(angle));
                    c.send(new ClientPacket.Aim(angle));
                    c.send(new ClientPacket.Attack(round % 2 == 0, angle));
                } catch (IOException closed) {
                    // this one is closing; the others play on
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
