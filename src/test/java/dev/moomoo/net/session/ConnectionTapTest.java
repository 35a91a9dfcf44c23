package dev.moomoo.net.session;

import dev.moomoo.net.websocket.Frames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a connection tells its tap: the messages its writer takes, as they go on the wire and as they
 * were before sealing; an update the slot replaced, which is never told as written; nothing while the
 * tap is off.
 */
class ConnectionTapTest {
    /** A tap that keeps what it is told. */
    static final class Recording implements ConnectionTap {
        record Written(byte[] wire, byte[] plain) {
        }

        volatile boolean on = true;
        final List<Written> written = new ArrayList<>();
        final List<byte[]> replaced = new ArrayList<>();

        @Override
        public boolean isOn() {
            return on;
        }

        @Override
        public void written(byte[] wire, byte[] plain) {
            written.add(new Written(wire, plain));
        }

        @Override
        public void replaced(byte[] plain) {
            replaced.add(plain);
        }

        @Override
        public void ignored(byte[] wire, String reason) {
        }

        @Override
        public void closed(int code, String reason) {
        }
    }

    /** Seals by flipping every payload byte with 0x5A: enough to tell sealed bytes from plain ones. */
    private static final FrameSealer FLIP = new FrameSealer() {
        @Override
        public int sealedLength(byte[] frame, int offset, int length) {
            return length;
        }

        @Override
        public int seal(byte[] frame, int offset, int length, byte[] dst, int at) {
            int header = Frames.headerLength(frame, offset);
            System.arraycopy(frame, offset, dst, at, header);
            for (int i = header; i < length; i++) {
                dst[at + i] = (byte) (frame[offset + i] ^ 0x5A);
            }
            return length;
        }
    };

    private static byte[] flipped(byte[] payload) {
        byte[] out = payload.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] ^= 0x5A;
        }
        return out;
    }

    /** What the writer takes in one go, told to the tap as the session's writer tells it, before writing. */
    private static void writeOnce(Connection c) throws InterruptedException {
        WriteBatch batch = new WriteBatch();
        assertTrue(c.outbox().take(batch));
        batch.tellTap(c.tap());
    }

    @Test
    void anUpdateReplacedBeforeTheWriterRanIsToldReplacedAndNeverWritten() throws Exception {
        try (TestConnections.Loopback loopback = TestConnections.loopback()) {
            Connection c = loopback.open();
            Recording tap = new Recording();
            c.tapWith(tap);
            byte[] first = {(byte) 0x92, (byte) 0xA1, 'a', (byte) 0x91, 1};
            byte[] second = {(byte) 0x92, (byte) 0xA1, 'a', (byte) 0x91, 2};
            assertEquals(Outbox.Offer.ACCEPTED, c.sendUpdate(first, first.length));
            assertEquals(Outbox.Offer.FULL, c.sendUpdate(second, second.length), "the first was not taken yet");
            assertEquals(1, tap.replaced.size());
            assertArrayEquals(first, tap.replaced.getFirst(), "the replaced update's own bytes");
            writeOnce(c);
            assertEquals(1, tap.written.size(), "only the update that went out");
            assertArrayEquals(second, tap.written.getFirst().wire());
            assertSame(tap.written.getFirst().wire(), tap.written.getFirst().plain(), "unsealed: one array for both");
        }
    }

    @Test
    void aSealedConnectionTellsTheWireBytesAndThePlainBytesOfEachMessage() throws Exception {
        try (TestConnections.Loopback loopback = TestConnections.loopback()) {
            Connection c = loopback.open();
            Recording tap = new Recording();
            c.tapWith(tap);
            byte[] greeting = {(byte) 0x92, (byte) 0xA1, 'g', (byte) 0x90};
            c.send(Frames.binary(greeting)); // queued before the sealer: goes as it is
            c.sealWith(FLIP);
            byte[] message = {(byte) 0x92, (byte) 0xA1, 'm', (byte) 0x91, 7};
            byte[] update = {(byte) 0x92, (byte) 0xA1, 'a', (byte) 0x91, 9};
            c.send(Frames.binary(message));
            c.sendUpdate(update, update.length);
            writeOnce(c);
            assertEquals(3, tap.written.size(), "three messages in the one write");
            assertArrayEquals(greeting, tap.written.get(0).wire());
            assertArrayEquals(greeting, tap.written.get(0).plain());
            assertArrayEquals(flipped(message), tap.written.get(1).wire(), "as sealed");
            assertArrayEquals(message, tap.written.get(1).plain(), "as before sealing");
            assertArrayEquals(flipped(update), tap.written.get(2).wire());
            assertArrayEquals(update, tap.written.get(2).plain());
        }
    }

    @Test
    void anOffTapIsToldNothing() throws Exception {
        try (TestConnections.Loopback loopback = TestConnections.loopback()) {
            Connection c = loopback.open();
            Recording tap = new Recording();
            tap.on = false;
            c.tapWith(tap);
            byte[] update = {(byte) 0x92, (byte) 0xA1, 'a', (byte) 0x90};
            c.sendUpdate(update, update.length);
            c.sendUpdate(update, update.length);
            c.send(Frames.binary(update));
            writeOnce(c);
            assertEquals(List.of(), tap.written);
            assertEquals(List.of(), tap.replaced);
        }
    }
}
