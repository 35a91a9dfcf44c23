package dev.moomoo.bench;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.server.GameServer;
import dev.moomoo.server.ServerConfig;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Input-to-update latency: one real WebSocket client in a world of N-1 bots stands still, sends a move,
 * and times the wait for the first {@code a} update in which its position changed. Prints p50/p99/max.
 *
 * <pre>{@code target/image/bin/java -cp 'target/image/app/*' dev.moomoo.tools.LatencyBench [players] [samples]}</pre>
 */
public final class LatencyBench {
    private LatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int players = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        try (GameServer server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1",
                "max-players", Integer.toString(players + 10), "bots", Integer.toString(players - 1), "log-level", "warn", "console", "false")));
             GameClient c = GameClient.connect("127.0.0.1", server.port(), null, Profile.ERA_2, 10_000)) {
            c.receiveUntil(ServerPacket.TribeList.class);
            c.send(new ClientPacket.Spawn("probe", false, 0));
            int sid = c.receiveUntil(ServerPacket.SetupGame.class).yourSid();
            for (int i = 0; i < 90; i++) {
                own(c, sid); // warm-up
            }
            double[] millis = new double[samples];
            int taken = 0;
            Random random = new Random(7);
            while (taken < samples) {
                c.send(new ClientPacket.Move(null));
                double y = standStill(c, sid);
                Thread.sleep(random.nextInt(111)); // send at a random point of the tick, as a person would
                long sent = System.nanoTime();
                c.send(new ClientPacket.Move(taken % 2 == 0 ? Math.PI / 2 : -Math.PI / 2));
                ServerPacket.PlayerState s;
                do {
                    s = own(c, sid);
                } while (s != null && s.y() == y);
                if (s != null) { // null: the probe was killed by a bot meanwhile; that sample does not count
                    millis[taken++] = (System.nanoTime() - sent) / 1e6;
                }
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%8s %8s %10s %10s %10s %12s%n", "players", "samples", "p50 ms", "p99 ms", "max ms", "tick ms");
            System.out.printf(Locale.ROOT, "%8d %8d %10.1f %10.1f %10.1f %12.1f%n", players, samples, millis[samples / 2],
                    millis[(int) Math.ceil(samples * 0.99) - 1], millis[samples - 1], server.world().config().tickMillis());
        }
    }

    /** Waits until the player's y has not changed over three updates; returns it. */
    private static double standStill(GameClient c, int sid) throws IOException {
        double last = Double.NaN;
        int same = 0;
        while (same < 3) {
            ServerPacket.PlayerState s = own(c, sid);
            if (s == null) {
                last = Double.NaN;
                same = 0;
                continue;
            }
            same = s.y() == last ? same + 1 : 0;
            last = s.y();
        }
        return last;
    }

    /** The probe's own state in the next update; null (after spawning again) when a bot killed it. */
    private static ServerPacket.PlayerState own(GameClient c, int sid) throws IOException {
        while (true) {
            ServerPacket p = c.receive();
            if (p == null) {
                throw new IOException("server closed with " + c.closeCode());
            }
            if (p instanceof ServerPacket.Died) {
                c.send(new ClientPacket.Spawn("probe", false, 0));
                return null;
            }
            if (p instanceof ServerPacket.UpdatePlayers u) {
                for (ServerPacket.PlayerState s : u.players()) {
                    if (s.sid() == sid) {
                        return s;
                    }
                }
            }
        }
    }
}
