package dev.moomoo.net.session;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.FrameReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Connections without a session, for tests of what endpoints and sinks queue on them. */
public final class TestConnections {
    /** One frame as the writer would write it. */
    public record Written(int opcode, byte[] payload) {
    }

    private TestConnections() {
    }

    /** A connected pair of loopback sockets, for connections nothing is written through. */
    public static final class Loopback implements AutoCloseable {
        private final ServerSocket listener;
        private final Socket socket;

        private Loopback() throws IOException {
            listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        }

        /** A new connection over this socket (several may share it: nothing is written). */
        public Connection open() {
            return TestConnections.open(socket);
        }

        @Override
        public void close() throws IOException {
            socket.close();
            listener.close();
        }
    }

    /** A new {@link Loopback}: close it when done. */
    public static Loopback loopback() throws IOException {
        return new Loopback();
    }

    /** A connection over {@code socket} (any connected socket: nothing is written to it). */
    public static Connection open(Socket socket) {
        return new Connection(socket, "/", new Outbox(10_000, 1 << 24));
    }

    /**
     * The frames the writer takes from {@code c} in one go, told to the connection's tap as the writer
     * tells it; something must be queued (the writer would wait).
     */
    public static List<Written> takenOnce(Connection c) throws IOException, InterruptedException {
        WriteBatch batch = new WriteBatch();
        if (!c.outbox().take(batch)) {
            throw new IllegalStateException("the connection is over");
        }
        batch.tellTap(c.tap());
        return frames(Arrays.copyOf(batch.bytes(), batch.length()));
    }

    /**
     * Every frame queued on {@code c} up to and including its Close, in the order the writer takes
     * them. The connection must be closing (its Close queued): otherwise the writer would wait.
     */
    public static List<Written> writtenUntilClose(Connection c) throws IOException, InterruptedException {
        if (!c.isClosing()) {
            throw new IllegalStateException("no Close queued: the writer would wait for more");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WriteBatch batch = new WriteBatch();
        while (c.outbox().take(batch)) {
            bytes.write(batch.bytes(), 0, batch.length());
            boolean close = batch.isClose();
            batch.clear();
            if (close) {
                break;
            }
        }
        return frames(bytes.toByteArray());
    }

    private static List<Written> frames(byte[] bytes) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes));
        List<Written> out = new ArrayList<>();
        for (WsClient.Frame f; (f = WsClient.readFrame(reader)) != null; ) {
            out.add(new Written(f.opcode(), f.payload()));
        }
        return out;
    }
}
