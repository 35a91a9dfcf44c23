package dev.moomoo.bench;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.World;
import dev.moomoo.game.WorldAdmin;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.gateway.EncodingSink;
import dev.moomoo.gateway.FrameEncoder;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The game's real cost: N active bots in a world that also holds S buildings of every placeable kind,
 * T of them turrets firing at whoever comes in range, with their shots in flight, the animals at the
 * default counts (GameConfig.DEFAULT_ANIMALS: the public servers' and the v1.9 kinds') and the bots in
 * tribes of four. The placement rules cannot fit that many on the default map, so the buildings are
 * scattered directly ({@link WorldAdmin#scatterBuildings}) on a larger map, and the output says so. Ticked back to back on this
 * thread, every packet encoded as for a connection. Prints tick p50/p99/max, CPU per tick, bytes per
 * player per second, shots in flight, and heap per building (after GC, against the same world without).
 *
 * <pre>{@code mvn -q test-compile exec:exec@bench -Dbench=StructuresBench -Dbench.args="450 500 40000 1000 30000"}</pre>
 * (ticks, players, buildings, turrets among them, map size; then {@code none} for no animals and a
 * tribe size, 1 for no tribes, to measure what they add)
 */
public final class StructuresBench {
    /** Bots per tribe. */
    static final int TRIBE_SIZE = 4;

    private StructuresBench() {
    }

    public static void main(String[] args) {
        int ticks = args.length > 0 ? Integer.parseInt(args[0]) : 450;
        int players = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int buildings = args.length > 2 ? Integer.parseInt(args[2]) : 40_000;
        int turrets = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int map = args.length > 4 ? Integer.parseInt(args[4]) : 30_000;
        boolean animals = args.length <= 5 || !args[5].equals("none");
        int tribeSize = args.length > 6 ? Integer.parseInt(args[6]) : TRIBE_SIZE;
        run(ticks, players, buildings, turrets, map, animals, tribeSize);
    }

    /** The item indexes a building may be of: every placeable item but the turret, which is counted apart. */
    static List<Integer> kinds(GameData data) {
        return data.items().stream().filter(i -> !i.isFood() && !(i.behaviour() instanceof ItemBehaviour.Turret))
                .map(ItemDef::index).toList();
    }

    static int turretIndex(GameData data) {
        return data.items().stream().filter(i -> i.behaviour() instanceof ItemBehaviour.Turret)
                .findFirst().orElseThrow().index();
    }

    static void run(int ticks, int players, int buildings, int turrets, int map, boolean animals, int tribeSize) {
        GameConfig config = GameConfig.defaults().withMaxPlayers(players + 10).withMapSize(map);
        if (!animals) {
            config = config.withAnimals(Map.of());
        }
        World world = new World("bench", config);
        FrameEncoder frames = new FrameEncoder(new ServerCodec(Profile.ERA_2));
        LongAdder bytes = new LongAdder();
        world.admin().botSinks(() -> new EncodingSink(frames, bytes));
        world.admin().addBots(players);
        Runnable tick = world::tick;
        for (int i = 0; i < 9; i++) {
            frames.duringTick(tick); // the bots spawn
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = heapAfterGc(memory);
        GameData data = world.data();
        List<Integer> kinds = kinds(data);
        int others = buildings - turrets;
        int placed = 0;
        for (int k = 0; k < kinds.size(); k++) {
            int share = others / kinds.size() + (k < others % kinds.size() ? 1 : 0);
            placed += world.admin().scatterBuildings(kinds.get(k), share, 1000 + k);
        }
        placed += world.admin().scatterBuildings(turretIndex(data), turrets, 999);
        int tribes = tribeSize > 1 ? world.admin().groupIntoTribes(tribeSize) : 0;
        long heapWith = heapAfterGc(memory);
        System.out.printf(Locale.ROOT, "%d bots, %d buildings (%d kinds, %d turrets) scattered without the placement rules on a %d x %d map (the default is %.0f)%n",
                players, placed, kinds.size() + 1, turrets, map, map, GameConfig.defaults().mapSize());
        System.out.printf(Locale.ROOT, "%d animals, %d tribes of %d%n", world.admin().animals().size(), tribes, tribeSize);
        for (int i = 0; i < 90; i++) {
            frames.duringTick(tick); // warm-up: JIT, first sends of the buildings
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bytesBefore = bytes.sum();
        long[] nanos = new long[ticks];
        long shots = 0;
        Map<String, Double> phasesBefore = world.phaseMillis();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ticks; i++) {
            long start = System.nanoTime();
            frames.duringTick(tick);
            nanos[i] = System.nanoTime() - start;
            shots += world.admin().projectilesInFlight();
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        double seconds = ticks * config.tickMillis() / 1000;
        Arrays.sort(nanos);
        System.out.printf("%10s %10s %10s %14s %16s %14s %16s%n", "p50 ms", "p99 ms", "max ms", "cpu ms/tick", "bytes/player/s", "shots flying", "heap/building B");
        System.out.printf(Locale.ROOT, "%10.2f %10.2f %10.2f %14.2f %16.0f %14.0f %16.0f%n", nanos[ticks / 2] / 1e6,
                nanos[(int) Math.ceil(ticks * 0.99) - 1] / 1e6, nanos[ticks - 1] / 1e6, cpu / 1e6 / ticks,
                (bytes.sum() - bytesBefore) / (double) players / seconds, shots / (double) ticks,
                (heapWith - heapBefore) / (double) placed);
        StringBuilder perPhase = new StringBuilder("ms per tick by phase:");
        world.phaseMillis().forEach((name, ms) -> {
            double spent = (ms - phasesBefore.get(name)) / ticks;
            if (spent >= 0.05) {
                perPhase.append(String.format(Locale.ROOT, " %s %.2f", name, spent));
            }
        });
        System.out.println(perPhase);
        // Everyone leaves at once (a server's network drops, a load test ends): every building goes with its owner.
        // Half of them first, then the other half: the first half's tick also runs the leaving code cold.
        int firstHalf = players / 2;
        double[] leaveMillis = new double[2];
        for (int half = 0; half < 2; half++) {
            world.admin().removeBots(half == 0 ? firstHalf : players - firstHalf);
            long leaveStart = System.nanoTime();
            frames.duringTick(tick);
            leaveMillis[half] = (System.nanoTime() - leaveStart) / 1e6;
        }
        System.out.printf(Locale.ROOT, "ticks in which half the players leave at once with their buildings: %.1f ms (the code cold), then %.1f ms; %d objects left%n",
                leaveMillis[0], leaveMillis[1], world.admin().allObjects().size());
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
