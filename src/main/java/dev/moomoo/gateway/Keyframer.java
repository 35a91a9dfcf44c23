package dev.moomoo.gateway;

import dev.moomoo.game.World;
import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.protocol.ServerPacket;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The keyframes of one world's connections (src/site/recording-format.md, "Type 4: keyframe"): the world
 * lists a fresh join's packets on its tick thread ({@link World#keyframe}); they are encoded in the
 * connection's profile here, off the tick thread.
 *
 * <p>Cost per keyframe on the tick thread: one viewer's visibility pass with a full object scan (three
 * grid queries of its view) and its greeting's dozen packets, made as records; the encoding (one message
 * per packet, a few KiB with a crowded view) runs on a virtual thread.
 */
public final class Keyframer implements KeyframeSource {
    private static final Executor OFF_TICK = r -> Thread.ofVirtual().name("keyframe").start(r);

    private final World world;
    private final Wires wires;

    public Keyframer(World world, Wires wires) {
        this.world = world;
        this.wires = wires;
    }

    /** A packet list stamped on the tick thread as it was made. */
    private record Made(long nanos, long epochMillis, long tick, List<ServerPacket> packets) {
    }

    @Override
    public CompletableFuture<LabKeyframe> keyframe(String connectionId) {
        Seat seat = wires.seat(connectionId);
        if (seat == null) {
            return CompletableFuture.completedFuture(null);
        }
        // the stamp is taken on the tick thread, which completes the world's future
        return world.keyframe(seat.client())
                .thenApply(packets -> new Made(System.nanoTime(), System.currentTimeMillis(), world.tickCount(), packets))
                .thenApplyAsync(made -> made.packets().isEmpty() ? null
                        : new LabKeyframe(made.epochMillis(), made.nanos(), made.tick(), world.name(), connectionId,
                        seat.tap().player(), seat.tap().sid(), seat.wire().profile().name(), ViewEncoder.messages(seat.wire(), made.packets())),
                        OFF_TICK);
    }
}
