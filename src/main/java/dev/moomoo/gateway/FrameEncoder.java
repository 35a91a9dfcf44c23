package dev.moomoo.gateway;

import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.UpdateEncoder;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * The world's packets as WebSocket frames of one codec. The world sends one packet instance to every
 * client it concerns (a leaderboard to all, a hit to those who see it, a player's {@code D} to each
 * viewer it enters the view of), so during a tick each instance is encoded once for all of them: the
 * frame is kept, by identity, until the tick ends. Packets sent from other threads (the greeting on
 * open) are encoded on the spot. One per codec: clients of another profile never share its frames.
 */
public final class FrameEncoder {
    /** Distinct packets kept within one tick at most (the map is emptied beyond it), so memory stays bounded. */
    private static final int MAX_KEPT = 1 << 16;

    private final ServerCodec codec;
    private final IdentityHashMap<ServerPacket, byte[]> thisTick = new IdentityHashMap<>();
    /** The thread running the tick while one runs, else null. */
    private volatile Thread tickThread;
    /** The last packet framed in this tick, and its frame: a broadcast sends one packet to many in a row. */
    private ServerPacket lastPacket;
    private byte[] lastFrame;
    private long encodes;

    public FrameEncoder(ServerCodec codec) {
        this.codec = codec;
    }

    public ServerCodec codec() {
        return codec;
    }

    /** Runs {@code tick} on this thread; packets it sends are encoded once each, then forgotten at its end. */
    public void duringTick(Runnable tick) {
        tickThread = Thread.currentThread();
        try {
            tick.run();
        } finally {
            tickThread = null;
            thisTick.clear();
            lastPacket = null;
            lastFrame = null;
        }
    }

    /** The whole frame of {@code packet}, encoded once per tick however many clients it goes to. */
    public byte[] frame(ServerPacket packet) {
        if (Thread.currentThread() != tickThread) {
            return codec.frame(packet);
        }
        if (packet == lastPacket) {
            return lastFrame;
        }
        byte[] frame = thisTick.get(packet);
        if (frame == null) {
            if (thisTick.size() >= MAX_KEPT) {
                thisTick.clear();
            }
            frame = codec.frame(packet);
            encodes++;
            thisTick.put(packet, frame);
        }
        lastPacket = packet;
        lastFrame = frame;
        return frame;
    }

    /** The {@code a} update of {@code players}, in this thread's reused encoder (see {@link ServerCodec#encodeUpdate}). */
    public UpdateEncoder update(List<ServerPacket.PlayerState> players) {
        return codec.encodeUpdate(players);
    }

    /** Packets encoded during ticks so far (tick thread; for tests and benchmarks). */
    long encodes() {
        return encodes;
    }
}
