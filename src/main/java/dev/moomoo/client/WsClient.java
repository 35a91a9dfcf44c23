package dev.moomoo.client;

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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A minimal RFC 6455 client: opening handshake, masked frames out, whole messages in. Pings are
 * answered with pongs inside {@link #receive()}. Not thread-safe for reading; sends are synchronized.
 */
public final class WsClient implements AutoCloseable {
    /** A message or control frame as received. */
    public record Message(int opcode, byte[] payload) {
        public boolean isClose() {
            return opcode == Opcode.CLOSE;
        }

        /** The close code of a Close frame, or 1005 when it had none. */
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

    private WsClient(Socket socket, InputStream in) throws IOException {
        this.socket = socket;
        this.in = in;
        this.out = socket.getOutputStream();
        this.frames = new FrameReader(in);
    }

    /** Connects to {@code host:port}, from {@code localAddress} if not null, and completes the handshake. */
    public static WsClient connect(String host, int port, String path, InetAddress localAddress, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String key = Base64.getEncoder().encodeToString(nonce);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            if (!head.startsWith("HTTP/1.1 101")) {
                throw new IOException("handshake refused: " + head.lines().findFirst().orElse(""));
            }
            if (!head.contains(Handshake.acceptValue(key))) {
                throw new IOException("handshake: wrong Sec-WebSocket-Accept");
            }
            return new WsClient(socket, in);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Reads the response head byte by byte so nothing of the first frame is consumed. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed during the handshake");
            }
            head.write(b);
            last4 = (last4 << 8) | b;
            if (head.size() > 16_384) {
                throw new IOException("handshake response too long");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    public void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
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

    /** One final masked frame. */
    public synchronized void sendFrame(int opcode, byte[] payload) throws IOException {
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
        out.write(frame);
    }

    /**
     * The next data message or Close frame; pings are answered and pongs skipped on the way.
     * Fragmented messages are reassembled.
     *
     * @throws EOFException when the server closed TCP
     */
    public Message receive() throws IOException {
        ByteArrayOutputStream fragments = null;
        int messageOpcode = -1;
        while (true) {
            FrameHeader h = frames.readHeader();
            if (h == null) {
                throw new EOFException("server closed the connection");
            }
            if (h.length() > 64 * 1024 * 1024 || h.length() < 0) {
                throw new IOException("frame too large: " + h.length());
            }
            byte[] payload = new byte[(int) h.length()];
            int off = 0;
            while (off < payload.length) {
                off += frames.readPayload(payload, off, payload.length - off);
            }
            switch (h.opcode()) {
                case Opcode.PING -> sendFrame(Opcode.PONG, payload);
                case Opcode.PONG -> {
                }
                case Opcode.CLOSE -> {
                    return new Message(Opcode.CLOSE, payload);
                }
                default -> {
                    if (h.opcode() != Opcode.CONTINUATION) {
                        messageOpcode = h.opcode();
                    }
                    if (h.fin() && fragments == null) {
                        return new Message(messageOpcode, payload);
                    }
                    if (fragments == null) {
                        fragments = new ByteArrayOutputStream();
                    }
                    fragments.write(payload);
                    if (h.fin()) {
                        return new Message(messageOpcode, fragments.toByteArray());
                    }
                }
            }
        }
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
