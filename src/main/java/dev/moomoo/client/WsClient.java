package dev.moomoo.client;

import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.FrameHeader;
import dev.moomoo.net.websocket.FrameReader;
import dev.moomoo.net.websocket.Handshake;
import dev.moomoo.net.websocket.Opcode;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A minimal RFC 6455 client, at two levels. A well-behaved one: opening handshake, masked frames out,
 * whole messages in, pings answered with pongs inside {@link #receive()}. And a raw one for tests that
 * play a misbehaving peer: any bytes out ({@link #write}, a request or handshake written by hand on a
 * socket from {@link #tcp}), the response head and single frames in ({@link #readHead},
 * {@link #readFrame}). Not thread-safe for reading; sends are synchronized.
 */
public final class WsClient implements AutoCloseable {
    /** Longest frame or message read; the server sends nothing near it. */
    private static final int MAX_PAYLOAD = 64 * 1024 * 1024;
    private static final String LOOPBACK = "127.0.0.1";
    /** The sample key of RFC 6455 section 1.3, for handshakes written by hand; its accept value is known. */
    public static final String SAMPLE_KEY = "dGhlIHNhbXBsZSBub25jZQ==";

    /**
     * A frame as received, or from {@link #receive()} a whole message put together from its fragments
     * (then {@code fin} is true and the opcode is the first fragment's).
     */
    public record Frame(boolean fin, int opcode, byte[] payload) {
        public boolean isClose() {
            return opcode == Opcode.CLOSE;
        }

        /** The close code of a Close frame, or {@link CloseCode#NO_STATUS} when it had none. */
        public int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : CloseCode.NO_STATUS;
        }

        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final FrameReader frames;

    private WsClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.frames = new FrameReader(in); // reads nothing until the first frame is asked for
    }

    /** Connects to {@code host:port}, from {@code localAddress} if not null, and completes the handshake. */
    public static WsClient connect(String host, int port, String path, InetAddress localAddress, int timeoutMillis) throws IOException {
        return connect(host, port, host + ":" + port, path, localAddress, timeoutMillis);
    }

    /** The same, naming the server {@code hostHeader} in the Host header (as a page served under another name does). */
    public static WsClient connect(String host, int port, String hostHeader, String path, InetAddress localAddress, int timeoutMillis)
            throws IOException {
        WsClient c = socketTo(host, port, localAddress, timeoutMillis);
        try {
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String key = Base64.getEncoder().encodeToString(nonce);
            c.write(handshakeRequest(hostHeader, path, key));
            String head = c.readHead();
            if (!head.startsWith("HTTP/1.1 101")) {
                throw new IOException("handshake refused: " + head.lines().findFirst().orElse(""));
            }
            if (!head.contains(Handshake.acceptValue(key))) {
                throw new IOException("handshake: wrong Sec-WebSocket-Accept");
            }
            return c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Connects to the server on this machine's loopback port {@code port} and completes the handshake on {@code path}. */
    public static WsClient open(int port, String path) throws IOException {
        return open(port, path, 5000);
    }

    /** The same, waiting up to {@code timeoutMillis} for each read (a test opening thousands at once on a busy machine). */
    public static WsClient open(int port, String path, int timeoutMillis) throws IOException {
        return connect(LOOPBACK, port, path, null, timeoutMillis);
    }

    /** A socket to the server on this machine's loopback port {@code port}, not upgraded: any bytes may be written. */
    public static WsClient tcp(int port, int timeoutMillis) throws IOException {
        return socketTo(LOOPBACK, port, null, timeoutMillis);
    }

    private static WsClient socketTo(String host, int port, InetAddress localAddress, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            return new WsClient(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * An opening handshake's request for {@code path} on the loopback host with {@link #SAMPLE_KEY} and
     * any {@code extraHeaders} (whole lines), for a test to change and write by hand.
     */
    public static String upgradeRequest(String path, String... extraHeaders) {
        return handshakeRequest(LOOPBACK, path, SAMPLE_KEY, extraHeaders);
    }

    private static String handshakeRequest(String host, String path, String key, String... extraHeaders) {
        StringBuilder sb = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n");
        for (String h : extraHeaders) {
            sb.append(h).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }

    public void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    /** Any bytes, as they are. */
    public synchronized void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Any text, one byte a character (ISO-8859-1): an HTTP request written by hand. */
    public void write(String s) throws IOException {
        write(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    public void sendBinary(byte[] payload) throws IOException {
        sendFrame(Opcode.BINARY, payload);
    }

    public void sendText(String text) throws IOException {
        sendFrame(Opcode.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    public void sendClose(int code) throws IOException {
        sendFrame(Opcode.CLOSE, new byte[] {(byte) (code >> 8), (byte) code});
    }

    /** One final frame, masked with a random key. */
    public void sendFrame(int opcode, byte[] payload) throws IOException {
        int len = payload.length;
        int headerLength = 2 + (len < 126 ? 0 : len <= 0xFFFF ? 2 : 8) + 4;
        byte[] frame = new byte[headerLength + len];
        frame[0] = (byte) (0x80 | opcode);
        int i = 2;
        if (len < 126) {
            frame[1] = (byte) (0x80 | len);
        } else if (len <= 0xFFFF) {
            frame[1] = (byte) (0x80 | 126);
            frame[i++] = (byte) (len >> 8);
            frame[i++] = (byte) len;
        } else {
            frame[1] = (byte) (0x80 | 127);
            for (int k = 7; k >= 0; k--) {
                frame[i++] = (byte) ((long) len >>> (8 * k));
            }
        }
        int mask = ThreadLocalRandom.current().nextInt();
        for (int k = 0; k < 4; k++) {
            frame[i++] = (byte) (mask >>> (24 - 8 * k));
        }
        for (int k = 0; k < len; k++) {
            frame[headerLength + k] = (byte) (payload[k] ^ frame[headerLength - 4 + (k & 3)]);
        }
        write(frame);
    }

    /** The response head up to the blank line, read byte by byte so that nothing of the first frame is consumed. */
    public String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed in the response head: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
            last4 = (last4 << 8) | b;
            if (head.size() > 16_384) {
                throw new IOException("response head too long");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The whole response: head and the body up to EOF. */
    public String readResponse() throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    /** The next frame as it came (no ping answered, no fragments joined), or null on EOF. */
    public Frame readFrame() throws IOException {
        return readFrame(frames);
    }

    /** The next frame {@code frames} reads, or null on EOF. */
    public static Frame readFrame(FrameReader frames) throws IOException {
        FrameHeader h = frames.readHeader();
        if (h == null) {
            return null;
        }
        if (h.length() > MAX_PAYLOAD || h.length() < 0) {
            throw new IOException("frame too large: " + h.length());
        }
        byte[] payload = new byte[(int) h.length()];
        int off = 0;
        while (off < payload.length) {
            off += frames.readPayload(payload, off, payload.length - off);
        }
        return new Frame(h.fin(), h.opcode(), payload);
    }

    /**
     * The next data message or Close frame; pings are answered and pongs skipped on the way.
     * Fragmented messages are reassembled.
     *
     * @throws EOFException when the server closed TCP
     */
    public Frame receive() throws IOException {
        ByteArrayOutputStream fragments = null;
        int messageOpcode = -1;
        while (true) {
            Frame f = readFrame();
            if (f == null) {
                throw new EOFException("server closed the connection");
            }
            switch (f.opcode()) {
                case Opcode.PING -> sendFrame(Opcode.PONG, f.payload());
                case Opcode.PONG -> {
                }
                case Opcode.CLOSE -> {
                    return f;
                }
                default -> {
                    if (f.opcode() != Opcode.CONTINUATION) {
                        messageOpcode = f.opcode();
                    }
                    if (f.fin() && fragments == null) {
                        return new Frame(true, messageOpcode, f.payload());
                    }
                    if (fragments == null) {
                        fragments = new ByteArrayOutputStream();
                    }
                    fragments.write(f.payload());
                    if (f.fin()) {
                        return new Frame(true, messageOpcode, fragments.toByteArray());
                    }
                }
            }
        }
    }

    /** Whether the server closed TCP (EOF, or a reset) within the read timeout; reads one byte to see. */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    public Socket socket() {
        return socket;
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
