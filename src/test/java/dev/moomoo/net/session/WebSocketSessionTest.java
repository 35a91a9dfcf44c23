package dev.moomoo.net.session;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.FrameReader;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.*;

/** One session over in-memory streams, its writer held back by the test: what the peer would receive. */
class WebSocketSessionTest {
    /** Limits that stay out of the way: no rates, a close timeout no run here comes near. */
    private static final SessionLimits LIMITS = new SessionLimits(1 << 20, 1 << 20, 256, 1 << 20, 60_000, 0, 0, 0);

    /** Bytes written to it wait until {@code open} is counted down: the writer is held in its first write. */
    private static final class HeldOutput extends OutputStream {
        private final CountDownLatch open;
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();

        HeldOutput(CountDownLatch open) {
            this.open = open;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            try {
                open.await();
            } catch (InterruptedException e) {
                throw new InterruptedIOException("the writer was stopped while held");
            }
            written.write(b, off, len);
        }

        synchronized byte[] bytes() {
            return written.toByteArray();
        }
    }

    /** Runs a session over {@code input} on this thread until it ends; {@code out} receives what it writes. */
    private static void run(byte[] input, OutputStream out, Endpoint endpoint) throws IOException, InterruptedException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket peer = new Socket(listener.getInetAddress(), listener.getLocalPort());
             Socket socket = listener.accept()) {
            new WebSocketSession(socket, new ByteArrayInputStream(input), out, "/", endpoint, LIMITS,
                    new ConnectionRegistry(), new ConnectionThreads()).run();
        }
    }

    @Test
    void pingsReadWhileTheWriterIsHeldBackAreAnsweredUpToTheNewest() throws IOException, InterruptedException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (int ping = 1; ping <= 50; ping++) {
            input.writeBytes(TestFrames.frame(Opcode.PING).payload(Integer.toString(ping)).bytes());
        }
        // The reader calls the endpoint in the order of the frames: when this text arrives, every ping
        // before it has been answered or replaced, and only then is the writer let go.
        input.writeBytes(TestFrames.frame(Opcode.TEXT).payload("all read").bytes());
        input.writeBytes(TestFrames.frame(Opcode.CLOSE).payload(new byte[] {0x03, (byte) 0xE8}).bytes());
        CountDownLatch allRead = new CountDownLatch(1);
        HeldOutput out = new HeldOutput(allRead);
        run(input.toByteArray(), out, new Endpoint() {
            @Override
            public void onBinary(Connection connection, byte[] data) {
                fail("no binary message was sent");
            }

            @Override
            public void onText(Connection connection, String text) {
                allRead.countDown();
            }
        });

        FrameReader reader = new FrameReader(new ByteArrayInputStream(out.bytes()));
        List<Integer> answered = new ArrayList<>();
        WsClient.Frame f;
        while ((f = WsClient.readFrame(reader)) != null && f.opcode() == Opcode.PONG) {
            answered.add(Integer.parseInt(f.text()));
        }
        assertNotNull(f, "no Close after the pongs " + answered);
        assertEquals(Opcode.CLOSE, f.opcode());
        assertEquals(CloseCode.NORMAL, f.closeCode(), "the peer's Close echoed");
        assertEquals(50, answered.getLast(), "the newest ping is answered: " + answered);
        for (int i = 1; i < answered.size(); i++) {
            assertTrue(answered.get(i) > answered.get(i - 1), "in the order of their pings: " + answered);
        }
        assertNull(WsClient.readFrame(reader), "nothing after the Close");
    }

    @Test
    void aTapThatFailsOnCloseStillLetsTheEndpointCloseItsConnection() throws IOException, InterruptedException {
        byte[] input = TestFrames.frame(Opcode.CLOSE).payload(new byte[] {0x03, (byte) 0xE8}).bytes();
        List<Integer> closes = new ArrayList<>();
        run(input, new ByteArrayOutputStream(), new Endpoint() {
            @Override
            public void onOpen(Connection connection, String requestTarget) {
                connection.tapWith(new ConnectionTap() {
                    @Override
                    public boolean isOn() {
                        return false;
                    }

                    @Override
                    public void written(byte[] wire, byte[] plain) {
                    }

                    @Override
                    public void replaced(byte[] plain) {
                    }

                    @Override
                    public void ignored(byte[] wire, String reason) {
                    }

                    @Override
                    public void closed(int code, String reason) {
                        throw new IllegalStateException("a lab bug");
                    }
                });
            }

            @Override
            public void onBinary(Connection connection, byte[] data) {
                fail("no binary message was sent");
            }

            @Override
            public void onClose(Connection connection, int code) {
                closes.add(code);
            }
        });
        assertEquals(List.of(CloseCode.NORMAL), closes, "the endpoint closed its connection once (its player leaves the world)");
    }
}
