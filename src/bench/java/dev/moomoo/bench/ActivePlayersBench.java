package dev.moomoo.bench;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.World;
import dev.moomoo.gateway.EncodingSink;
import dev.moomoo.gateway.FrameEncoder;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Tick cost against the number of active players: a world with the default map and objects and N
 * bots (which go through input, movement, combat and visibility like players do, and whose packets are
 * encoded as a connection's would be, once per tick for all who get them), ticked back to back on this
 * thread. Prints, per N: tick p50/p99/max, CPU per tick, and bytes encoded per
 * player per second.
 *
 * <pre>{@code target/image/bin/java -cp 'target/image/app/*' dev.moomoo.tools.ActivePlayersBench [ticks] [players...]}</pre>
 */
public final class ActivePlayersBench {
    private ActivePlayersBench() {
    }

    public static void main(String[] args) {
        int ticks = args.length > 0 ? Integer.parseInt(args[0]) : 900;
        int[] counts = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray() : new int[] {100, 500, 1000, 2000};
        run(ticks, counts, System.out);
    }

    static void run(int ticks, int[] counts, PrintStream out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        out.printf("%8s %10s %10s %10s %10s %14s %16s%n", "players", "p50 ms", "p99 ms", "max ms", "avg ms", "cpu ms/tick", "bytes/player/s");
        for (int n : counts) {
            World world = new World("bench", GameConfig.defaults().withMaxPlayers(n + 10));
            FrameEncoder frames = new FrameEncoder(new ServerCodec(Profile.ERA_2));
            LongAdder bytes = new LongAdder();
            world.admin().botSinks(() -> new EncodingSink(frames, bytes));
            world.admin().addBots(n);
            Runnable tick = world::tick;
            for (int i = 0; i < 90; i++) { // ten seconds of warm-up: spawns, JIT
                frames.duringTick(tick);
            }
            long bytesBefore = bytes.sum();
            long[] nanos = new long[ticks];
            long cpuBefore = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < ticks; i++) {
                long start = System.nanoTime();
                frames.duringTick(tick);
                nanos[i] = System.nanoTime() - start;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            double seconds = ticks * world.config().tickMillis() / 1000;
            double bytesPerPlayerSecond = (bytes.sum() - bytesBefore) / (double) n / seconds;
            Arrays.sort(nanos);
            double avg = Arrays.stream(nanos).average().orElse(0) / 1e6;
            out.printf(Locale.ROOT, "%8d %10.2f %10.2f %10.2f %10.2f %14.2f %16.0f%n", n, nanos[ticks / 2] / 1e6,
                    nanos[(int) Math.ceil(ticks * 0.99) - 1] / 1e6, nanos[ticks - 1] / 1e6, avg, cpu / 1e6 / ticks, bytesPerPlayerSecond);
        }
    }
}
