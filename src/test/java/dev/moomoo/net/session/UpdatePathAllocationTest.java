package dev.moomoo.net.session;

import dev.moomoo.gateway.KeyedSealer;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.UpdateEncoder;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.Handshake;
import dev.moomoo.protocol.keyed.KeyedMode;
import dev.moomoo.net.websocket.Frames;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-tick update path allocates nothing in its steady state: encoding into the tick's reused
 * encoder, the copy into the outbox's reused buffer, and the writer's take into its kept batch buffer.
 */
class UpdatePathAllocationTest {
    private final ServerCodec codec = new ServerCodec(Profile.ERA_2);
    private final Outbox outbox = new Outbox(256, 1 << 20);
    private final WriteBatch batch = new WriteBatch();

    static List<ServerPacket.PlayerState> viewOf(int players) {
        List<ServerPacket.PlayerState> view = new ArrayList<>();
        for (int i = 1; i <= players; i++) {
            view.add(new ServerPacket.PlayerState(i, 1000 + i * 13.37, 2000 + i * 7.21, i * 0.3, -1, 0, 0, null, false, 0, 0, 0, 0));
        }
        return view;
    }

    /** One tick's update for one viewer, from encoding to the bytes the writer would write; returns their count. */
    private int oneTick(List<ServerPacket.PlayerState> view) throws InterruptedException {
        UpdateEncoder update = codec.encodeUpdate(view);
        assertEquals(Outbox.Offer.ACCEPTED, outbox.offerLatest(update.buffer(), update.length()));
        assertTrue(outbox.take(batch));
        int written = batch.length();
        batch.clear();
        return written;
    }

    @Test
    void theWriterGetsTheSameFrameAsTheGeneralEncoder() throws InterruptedException {
        List<ServerPacket.PlayerState> view = viewOf(20);
        UpdateEncoder update = codec.encodeUpdate(view);
        outbox.offerLatest(update.buffer(), update.length());
        assertTrue(outbox.take(batch));
        byte[] expected = Frames.binary(codec.encode(new ServerPacket.UpdatePlayers(view)));
        assertArrayEquals(expected, Arrays.copyOf(batch.bytes(), batch.length()));
    }

    @Test
    void steadyStateAllocatesNothing() throws InterruptedException {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<ServerPacket.PlayerState> view = viewOf(20);
        long tid = Thread.currentThread().threadId();
        for (int i = 0; i < 2_000; i++) {
            oneTick(view); // buffers grow to size here
        }
        byte[] kept = batch.bytes();
        long before = threads.getThreadAllocatedBytes(tid);
        long bytes = 0;
        for (int i = 0; i < 20_000; i++) {
            bytes += oneTick(view);
        }
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        System.out.printf("update path: %d updates, %d bytes written, %d bytes allocated%n", 20_000, bytes, allocated);
        // The frame is about 525 bytes: one allocation per update would be over 10 MB here. The bound
        // leaves room for the JVM's own bookkeeping on this thread (the measurement reads itself).
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for 20,000 updates");
        assertSame(kept, batch.bytes(), "the writer's batch buffer is kept while updates come");
    }

    /**
     * v1.9's update too: encoded in its shape into the tick's reused encoder, copied into the outbox's
     * slot, and sealed by a pinned connection's writer into its kept batch (number, copy, mask).
     */
    @Test
    void v19sSteadyStateAllocatesNothingEitherWithItsSealing() throws InterruptedException {
        ServerCodec v19 = new ServerCodec(Profile.V19);
        Handshake handshake = Handshake.begin(KeyedMode.PINNED, BuildModule.generate(new SecureRandom()), "x", new SecureRandom());
        outbox.sealWith(new KeyedSealer(handshake.channel()));
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<ServerPacket.PlayerState> view = viewOf(20);
        BitSet someAttributes = new BitSet();
        someAttributes.set(3);
        someAttributes.set(11);
        int[] hidden = {40, 41};
        long tid = Thread.currentThread().threadId();
        Runnable tick = () -> {
            UpdateEncoder update = v19.encodeUpdate(view, someAttributes, hidden, 2);
            assertEquals(Outbox.Offer.ACCEPTED, outbox.offerLatest(update.buffer(), update.length()));
            try {
                assertTrue(outbox.take(batch));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            batch.clear();
        };
        for (int i = 0; i < 2_000; i++) {
            tick.run();
        }
        long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 20_000; i++) {
            tick.run();
        }
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        System.out.printf("v1.9 update path: %d updates, %d bytes allocated%n", 20_000, allocated);
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for 20,000 updates");
    }
}
