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
 * it passed, which a keyframe sends beyond its view), ticked back to back on this thread. Ticks then
 * alternate: one that makes two keyframes of bots' views (the most a world recording makes in one tick),
 * one that makes none. Prints the tick's {@code tasks} phase (where keyframes are made) in both, their
 * difference per keyframe, and the keyframes' size: packets, objects in view, objects held beyond it.
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
        double[] with = new double[rounds];
        double[] without = new double[rounds];
        long packets = 0;
        long inView = 0;
        long held = 0;
        int made = 0;
        for (int r = 0; r < rounds; r++) {
            List<CompletableFuture<List<ServerPacket>>> asked = new ArrayList<>();
            for (int k = 0; k < PER_TICK; k++) {
                Client c = clients.get((r * PER_TICK + k) % clients.size());
                asked.add(world.keyframe(c));
            }
            with[r] = tasksMillis(world, frames, tick);
            without[r] = tasksMillis(world, frames, tick);
            for (CompletableFuture<List<ServerPacket>> f : asked) {
                List<ServerPacket> k = f.join();
                packets += k.size();
                int update = -1;
                for (int i = 0; i < k.size() && update < 0; i++) {
                    update = k.get(i) instanceof ServerPacket.UpdatePlayers ? i : -1;
                }
                for (int i = 0; i < k.size(); i++) {
                    if (k.get(i) instanceof ServerPacket.AddObjects h) {
                        // a living player's view comes before its update, the objects held beyond it after; a dead one's are all held
                        if (i < update) {
                            inView += h.objects().size();
                        } else {
                            held += h.objects().size();
                        }
                    }
                }
                made++;
            }
        }
        long living = world.admin().livingPlayers().stream().filter(Player::alive).count();
        System.out.printf(Locale.ROOT, "%d bots (%d alive at the end), %d objects, %d animals, after %d s of play; %d keyframes, %d a tick%n",
                bots, living, world.admin().allObjects().size(), world.admin().animals().size(), wanderSeconds, made, PER_TICK);
        System.out.printf("%-22s %10s %10s %10s%n", "tasks phase", "mean ms", "p99 ms", "max ms");
        print("with " + PER_TICK + " keyframes", with);
        print("without", without);
        System.out.printf(Locale.ROOT, "a keyframe costs the tick %.1f µs on average; it holds %.1f packets, %.0f objects in view and %.0f held beyond it%n",
                (mean(with) - mean(without)) * 1000 / PER_TICK, packets / (double) made, inView / (double) made, held / (double) made);
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
