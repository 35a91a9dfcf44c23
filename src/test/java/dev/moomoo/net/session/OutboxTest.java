package dev.moomoo.net.session;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.FrameReader;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Opcode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxTest {
    private static final byte[] PING = Frames.ping(new byte[0]);
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
        outbox.offerPong(pong);
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

    /** The frames of one write, as a peer reads them. */
    private static List<WsClient.Frame> framesOf(byte[] bytes) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes));
        List<WsClient.Frame> frames = new ArrayList<>();
        for (WsClient.Frame f; (f = WsClient.readFrame(reader)) != null; ) {
            frames.add(f);
        }
        return frames;
    }

    /** The payloads of the pongs among {@code frames}, as numbers ("7" for the pong of ping 7). */
    private static List<Integer> pongs(List<WsClient.Frame> frames) {
        return frames.stream().filter(f -> f.opcode() == Opcode.PONG).map(f -> Integer.parseInt(f.text())).toList();
    }

    private static byte[] pongOf(int ping) {
        return Frames.pong(Integer.toString(ping).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * RFC 6455 section 5.5.3: with earlier pongs unsent, an endpoint may answer only the most recent
     * ping, never leave it unanswered. Fifty pongs are offered while the writer takes nothing (it is
     * held back: nothing calls take), as a reader does that outruns its writer.
     */
    @Test
    void aFullControlLaneKeepsThePongOfTheNewestPing() throws InterruptedException, IOException {
        for (int ping = 1; ping <= 50; ping++) {
            assertTrue(outbox.offerPong(pongOf(ping)), "pong " + ping + " queued");
        }
        List<WsClient.Frame> written = framesOf(taken());
        List<Integer> answered = pongs(written);
        assertEquals(written.size(), answered.size(), "nothing but pongs");
        assertEquals(50, answered.getLast(), "the newest ping is answered last: " + answered);
        assertTrue(answered.size() < 50, "the lane stays bounded: " + answered.size() + " pongs held");
        for (int i = 1; i < answered.size(); i++) {
            assertTrue(answered.get(i) > answered.get(i - 1), "in the order of their pings: " + answered);
        }
        assertEquals(1, answered.getFirst(), "the earliest answer is kept: " + answered);
    }

    @Test
    void aFullControlLaneRefusesTheKeepAlivesPingAndKeepsTheOneQueuedBefore() throws InterruptedException, IOException {
        assertTrue(outbox.offerPing(PING));
        for (int ping = 1; ping <= 50; ping++) {
            assertTrue(outbox.offerPong(pongOf(ping)));
        }
        assertFalse(outbox.offerPing(PING), "a full lane does not queue the keep-alive's ping (so it is not waited for)");
        List<WsClient.Frame> written = framesOf(taken());
        assertEquals(1, written.stream().filter(f -> f.opcode() == Opcode.PING).count(), "pongs make room among pongs, not pings");
        assertEquals(50, pongs(written).getLast());
    }

    @Test
    void aPongFindsRoomInALaneFullOfTheKeepAlivesPings() throws InterruptedException, IOException {
        int pings = 0;
        while (pings < 1000 && outbox.offerPing(PING)) {
            pings++;
        }
        assertTrue(pings < 1000, "the lane is bounded");
        assertTrue(outbox.offerPong(pongOf(1)));
        List<WsClient.Frame> written = framesOf(taken());
        assertEquals(List.of(1), pongs(written), "the pong is sent");
        assertEquals(pings - 1, written.stream().filter(f -> f.opcode() == Opcode.PING).count(), "one of the alike pings made room");
    }

    @Test
    void noPongOrPingIsQueuedAfterTheClose() throws InterruptedException, IOException {
        for (int ping = 1; ping <= 50; ping++) {
            outbox.offerPong(pongOf(ping));
        }
        byte[] close = Frames.close(1000, "");
        assertTrue(outbox.finish(close));
        assertFalse(outbox.offerPong(pongOf(51)), "RFC 6455 section 5.5.1: nothing after our Close");
        assertFalse(outbox.offerPing(PING));
        assertEquals(50, pongs(framesOf(taken())).getLast(), "the pongs queued before the Close go out first");
        assertTrue(outbox.take(batch));
        assertTrue(batch.isClose());
        assertSame(close, batch.bytes());
    }

    /**
     * A sealer that numbers the frames it seals in the order it seals them: the frame's payload
     * followed by that number, so a test can see which frames were sealed and in which order.
     */
    private static final class NumberingSealer implements FrameSealer {
        int sealed;

        @Override
        public int sealedLength(byte[] frame, int offset, int length) {
            return length + 1;
        }

        @Override
        public int seal(byte[] frame, int offset, int length, byte[] dst, int at) {
            int header = Frames.headerLength(frame, offset);
            byte[] payload = Arrays.copyOfRange(frame, offset + header, offset + length);
            byte[] numbered = Arrays.copyOf(payload, payload.length + 1);
            numbered[payload.length] = (byte) ++sealed;
            byte[] out = Frames.binary(numbered);
            System.arraycopy(out, 0, dst, at, out.length);
            return out.length;
        }
    }

    @Test
    void aSealerSealsTheDataQueuedAfterItAndTheUpdateInTheOrderTheWriterTakesThem() throws InterruptedException {
        byte[] greeting = Frames.binary(new byte[] {7});
        outbox.offer(greeting); // queued before the sealer: goes as it is
        NumberingSealer sealer = new NumberingSealer();
        outbox.sealWith(sealer);
        outbox.offerLatest(new byte[] {5, 5}, 2);
        outbox.offer(Frames.binary(new byte[] {1}));
        outbox.offerPong(Frames.pong(new byte[] {9})); // a control frame is not sealed
        outbox.offerLatest(new byte[] {6, 6}, 2); // replaces the update not taken yet: that one is never sealed
        outbox.offer(Frames.binary(new byte[] {2}));
        assertArrayEquals(concat(Frames.pong(new byte[] {9}), greeting, Frames.binary(new byte[] {1, 1}), Frames.binary(new byte[] {2, 2}),
                Frames.binary(new byte[] {6, 6, 3})), taken());
        outbox.offer(Frames.binary(new byte[] {3}));
        assertArrayEquals(Frames.binary(new byte[] {3, 4}), taken(), "the count goes on from batch to batch");
        assertEquals(4, sealer.sealed);
    }
}
