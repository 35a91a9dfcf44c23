package dev.moomoo.bench;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.World;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.gateway.EncodingSink;
import dev.moomoo.gateway.FrameEncoder;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a recording's keyframes cost the tick (README, "Replays and spectating"): a world of the default
 * map, objects and animals with N active bots that have wandered for a while (so each holds the objects
 * it passed, which a keyframe sends, in view or not), ticked back to back on this thread. Ticks then
 * alternate: one that makes two keyframes of bots' views (the most a world recording makes in one tick),
 * one that makes none. Prints the tick's {@code tasks} phase (where keyframes are made) in both, their
 * difference per keyframe, and the keyframes' size: packets, bytes, objects. Keyframes are made of living bots only (a dead one's has no view: the tribe list and its objects).
 *
 * <pre>{@code mvn -q test-compile exec:exec@bench -Dbench=KeyframeBench -Dbench.args="100 120 300"}</pre>
 * (bots, seconds they wander first, keyframe ticks measured)
 */
public final class KeyframeBench {
    /** Keyframes a world recording makes in one tick at most (lab.record.KeyframeRound). */
    private static final int PER_TICK = 2;

    private KeyframeBench() {
    }

    public static void main(String[] args) throws Exception {
        int bots = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int wanderSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        GameConfig config = GameConfig.defaults().withMaxPlayers(bots + 10);
        World world = new World("bench", config);
        FrameEncoder frames = new FrameEncoder(new ServerCodec(Profile.ERA_2));
        world.admin().botSinks(() -> new EncodingSink(frames, new LongAdder()));
        world.admin().addBots(bots);
        Runnable tick = world::tick;
        int wanderTicks = (int) (wanderSeconds * 1000 / config.tickMillis());
        for (int i = 0; i < wanderTicks; i++) {
            frames.duringTick(tick);
        }
        List<Client> clients = new ArrayList<>(world.admin().clients());
        ServerCodec codec = new ServerCodec(Profile.ERA_2);
        double[] with = new double[rounds];
        double[] without = new double[rounds];
        long packets = 0;
        long bytes = 0;
        long objects = 0;
        int made = 0;
        int next = 0;
        for (int r = 0; r < rounds; r++) {
            List<CompletableFuture<List<ServerPacket>>> asked = new ArrayList<>();
            for (int k = 0; k < PER_TICK; k++) {
                Client c = nextLiving(world, clients, next);
                next = clients.indexOf(c) + 1;
                asked.add(world.keyframe(c));
            }
            with[r] = tasksMillis(world, frames, tick);
            without[r] = tasksMillis(world, frames, tick);
            for (CompletableFuture<List<ServerPacket>> f : asked) {
                List<ServerPacket> k = f.join();
                packets += k.size();
                for (ServerPacket p : k) {
                    bytes += codec.encode(p).length;
                }
                for (ServerPacket p : k) {
                    if (p instanceof ServerPacket.AddObjects h) {
                        objects += h.objects().size();
                    }
                }
                made++;
            }
        }
        System.out.printf(Locale.ROOT, "%d bots, %d objects, %d animals, after %d s of play; %d keyframes of living bots, %d a tick%n",
                bots, world.admin().allObjects().size(), world.admin().animals().size(), wanderSeconds, made, PER_TICK);
        System.out.printf("%-22s %10s %10s %10s%n", "tasks phase", "mean ms", "p99 ms", "max ms");
        print("with " + PER_TICK + " keyframes", with);
        print("without", without);
        System.out.printf(Locale.ROOT, "a keyframe costs the tick %.1f µs on average; it holds %.1f packets (%.0f bytes in era 2) and %.0f objects%n",
                (mean(with) - mean(without)) * 1000 / PER_TICK, packets / (double) made, bytes / (double) made, objects / (double) made);
    }

    /** The first client from {@code from} on (round the list) whose player is alive: a dead one's keyframe has no view to show. */
    private static Client nextLiving(World world, List<Client> clients, int from) {
        for (int i = 0; i < clients.size(); i++) {
            Client c = clients.get((from + i) % clients.size());
            Player p = world.admin().playerOf(c);
            if (p != null && p.alive()) {
                return c;
            }
        }
        throw new IllegalStateException("no bot is alive");
    }

    /** One tick; the time its tasks phase took. */
    private static double tasksMillis(World world, FrameEncoder frames, Runnable tick) {
        double before = world.phaseMillis().get("tasks");
        frames.duringTick(tick);
        return world.phaseMillis().get("tasks") - before;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static void print(String name, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-22s %10.3f %10.3f %10.3f%n", name, mean(values), sorted[(int) Math.ceil(sorted.length * 0.99) - 1],
                sorted[sorted.length - 1]);
    }
}
