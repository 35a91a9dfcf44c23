package dev.moomoo.testing;

import dev.moomoo.net.websocket.FrameHeader;
import dev.moomoo.net.websocket.FrameReader;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A raw socket to the server: any bytes out, the response head and server frames in. */
public final class RawClient implements AutoCloseable {
    public static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    /** One frame from the server. */
    public record Frame(boolean fin, int opcode, byte[] payload) {
        public int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
        }

        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final FrameReader frames;

    public RawClient(int port, int timeoutMillis) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        socket.setTcpNoDelay(true);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        frames = new FrameReader(in);
    }

    public static String upgradeRequest(String path, String... extraHeaders) {
        StringBuilder sb = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + KEY + "\r\nSec-WebSocket-Version: 13\r\n");
        for (String h : extraHeaders) {
            sb.append(h).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }

    /** Connects and completes the opening handshake on {@code path}. */
    public static RawClient open(int port, String path) throws IOException {
        return open(port, path, 5000);
    }

    /** The same, waiting up to {@code timeoutMillis} for each read (a test opening thousands at once on a busy machine). */
    public static RawClient open(int port, String path, int timeoutMillis) throws IOException {
        RawClient c = new RawClient(port, timeoutMillis);
        c.write(upgradeRequest(path));
        String head = c.readHead();
        if (!head.startsWith("HTTP/1.1 101")) {
            c.close();
            throw new IOException("not upgraded: " + head);
        }
        return c;
    }

    public void write(String s) throws IOException {
        write(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The response head up to the blank line. */
    public String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("EOF in response head: " + head);
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The whole response: head and the body up to EOF. */
    public String readResponse() throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    /** The next frame, or null on EOF. */
    public Frame readFrame() throws IOException {
        return readFrame(frames);
    }

    /** The next frame {@code frames} reads, or null on EOF. */
    public static Frame readFrame(FrameReader frames) throws IOException {
        FrameHeader h = frames.readHeader();
        if (h == null) {
            return null;
        }
        byte[] payload = new byte[(int) h.length()];
        int off = 0;
        while (off < payload.length) {
            off += frames.readPayload(payload, off, payload.length - off);
        }
        return new Frame(h.fin(), h.opcode(), payload);
    }

    /** Whether the server closed TCP (EOF) within the read timeout. */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    public void setTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    public Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
