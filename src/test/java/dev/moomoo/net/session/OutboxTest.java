package dev.moomoo.net.session;

import dev.moomoo.net.websocket.Frames;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTest {
    private final Outbox outbox = new Outbox(256, 1 << 20);
    private final WriteBatch batch = new WriteBatch();

    private byte[] taken() throws InterruptedException {
        assertTrue(outbox.take(batch));
        byte[] bytes = Arrays.copyOf(batch.bytes(), batch.length());
        batch.clear();
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void controlFramesGoFirstThenDataInOrderThenTheUpdate() throws InterruptedException {
        byte[] data1 = Frames.binary(new byte[] {1});
        byte[] data2 = Frames.binary(new byte[] {2});
        byte[] pong = Frames.pong(new byte[] {9});
        outbox.offer(data1);
        outbox.offerLatest(new byte[] {5, 5}, 2);
        outbox.offer(data2);
        outbox.offerControl(pong);
        assertArrayEquals(concat(pong, data1, data2, Frames.binary(new byte[] {5, 5})), taken());
    }

    @Test
    void theByteLimitBoundsABacklogNotOneMessage() throws InterruptedException {
        Outbox small = new Outbox(100, 1024);
        byte[] big = Frames.binary(new byte[4096]);
        assertEquals(Outbox.Offer.ACCEPTED, small.offer(big), "one frame over the limit, nothing else queued: taken");
        assertEquals(Outbox.Offer.FULL, small.offer(Frames.binary(new byte[1])), "anything behind it is over the limit");
        WriteBatch batch = new WriteBatch();
        assertTrue(small.take(batch));
        assertEquals(Outbox.Offer.ACCEPTED, small.offer(Frames.binary(new byte[600])));
        assertEquals(Outbox.Offer.FULL, small.offer(Frames.binary(new byte[600])), "600 + 600 bytes queued is over 1024");
    }

    @Test
    void aSingleFrameIsWrittenAsItIsWithoutACopy() throws InterruptedException {
        byte[] frame = Frames.binary(new byte[] {1, 2, 3});
        outbox.offer(frame);
        assertTrue(outbox.take(batch));
        assertSame(frame, batch.bytes());
        assertEquals(frame.length, batch.length());
    }

    @Test
    void anUpdateNotYetTakenIsReplacedAndReportedAsFull() throws InterruptedException {
        assertEquals(Outbox.Offer.ACCEPTED, outbox.offerLatest(new byte[] {1}, 1));
        assertEquals(Outbox.Offer.FULL, outbox.offerLatest(new byte[] {2, 2, 2}, 3));
        assertArrayEquals(Frames.binary(new byte[] {2, 2, 2}), taken());
        assertEquals(Outbox.Offer.ACCEPTED, outbox.offerLatest(new byte[] {3}, 1), "taken, so the next is not a replacement");
        assertArrayEquals(Frames.binary(new byte[] {3}), taken());
    }

    @Test
    void anUpdateLargerThanTheLastGrowsTheReusedBuffer() throws InterruptedException {
        outbox.offerLatest(new byte[10], 10);
        taken();
        byte[] large = new byte[70_000];
        Arrays.fill(large, (byte) 7);
        outbox.offerLatest(large, large.length);
        assertArrayEquals(Frames.binary(large), taken());
    }

    @Test
    void theCloseFrameComesAloneAfterWhatWasQueuedAndUpdatesStop() throws InterruptedException {
        byte[] data = Frames.binary(new byte[] {1});
        byte[] close = Frames.close(1000, "");
        outbox.offer(data);
        outbox.offerLatest(new byte[] {5}, 1);
        assertTrue(outbox.finish(close));
        assertEquals(Outbox.Offer.CLOSED, outbox.offerLatest(new byte[] {6}, 1));
        assertArrayEquals(data, taken(), "queued data goes out; the update is dropped once closing");
        assertTrue(outbox.take(batch));
        assertTrue(batch.isClose());
        assertSame(close, batch.bytes());
        batch.clear();
        assertFalse(outbox.take(batch), "nothing after the Close frame");
    }

    @Test
    void oneWriteGathersAtMostAboutSixtyFourKiB() throws InterruptedException {
        byte[] frame = Frames.binary(new byte[30_000]);
        for (int i = 0; i < 5; i++) {
            outbox.offer(frame);
        }
        assertEquals(3 * frame.length, taken().length, "frames are added while under the cap");
        assertEquals(2 * frame.length, taken().length);
    }

    @Test
    void anAbortedOutboxStopsTheWriter() throws InterruptedException {
        outbox.offer(Frames.binary(new byte[] {1}));
        outbox.abort();
        assertFalse(outbox.take(batch));
    }
}
