package dev.moomoo.game;

import dev.moomoo.game.tick.TickStats;
import org.tinylog.Logger;

import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The one thread that owns a world: runs {@link World#tick()} at a fixed rate. A late tick is followed
 * by the ones it delayed, back to back, up to a cap; beyond the cap the schedule restarts from now
 * (skipping ticks) rather than running a burst that would make things worse.
 */
public final class TickLoop {
    private final World world;
    private final TickStats stats = new TickStats(1000);
    private final Thread thread;
    private final Runnable tick;
    private final Consumer<Runnable> around;
    private volatile boolean running = true;

    public TickLoop(World world) {
        this(world, Runnable::run);
    }

    /** A loop that runs each tick through {@code around} (which must run it once, on the calling thread). */
    public TickLoop(World world, Consumer<Runnable> around) {
        this.world = world;
        this.tick = world::tick;
        this.around = around;
        this.thread = Thread.ofPlatform().name("tick-" + world.name()).daemon(true).unstarted(this::run);
        thread.setPriority(Thread.MAX_PRIORITY);
    }

    public TickLoop start() {
        thread.start();
        return this;
    }

    public World world() {
        return world;
    }

    public TickStats stats() {
        return stats;
    }

    /** Stops after the current tick and waits for the thread to end. */
    public void stop() throws InterruptedException {
        running = false;
        LockSupport.unpark(thread);
        thread.join(5000);
    }

    private void run() {
        long period = Math.round(world.config().tickMillis() * 1_000_000L);
        long next = System.nanoTime();
        while (running) {
            long start = System.nanoTime();
            try {
                around.accept(tick);
            } catch (RuntimeException | Error e) {
                // The phases catch their own failures; this is a last line so the thread never dies.
                Logger.error(e, "tick failed outside any phase");
            }
            long end = System.nanoTime();
            stats.record(end - start, end);
            next += period;
            long behind = end - next;
            if (behind > period * world.config().catchUpTicks()) {
                long skipped = behind / period;
                stats.recordSkipped(skipped);
                Logger.warn("{}: tick loop {} ticks behind; skipping them", world.name(), skipped);
                next = end;
            }
            while (running) {
                long wait = next - System.nanoTime();
                if (wait <= 0) {
                    break;
                }
                LockSupport.parkNanos(wait);
            }
        }
    }
}
