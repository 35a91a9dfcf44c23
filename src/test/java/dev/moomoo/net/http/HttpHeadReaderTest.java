package dev.moomoo.net.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HttpHeadReaderTest {
    private static final HttpHeadReader.Limits LIMITS = new HttpHeadReader.Limits(200, 8, 1024, 400);

    /** Reads {@code head} through a real loopback socket (the reader sets socket timeouts). */
    private static HttpRequest read(String head) throws Exception {
        return read(head.getBytes(StandardCharsets.ISO_8859_1), LIMITS);
    }

    private static HttpRequest read(byte[] bytes, HttpHeadReader.Limits limits) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            OutputStream out = client.getOutputStream();
            out.write(bytes);
            out.flush();
            client.shutdownOutput();
            return new HttpHeadReader(limits).read(accepted, accepted.getInputStream());
        }
    }

    private static int status(String head) {
        return assertThrows(HttpException.class, () -> read(head)).status();
    }

    @Test
    void parsesAHeadAndKeepsWhatFollows() throws Exception {
        HttpRequest r = read("GET /moomoo?token=cf:abc HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade\r\nX-A:  spaced  \r\n\r\n\u0082\u0085");
        assertEquals("GET", r.method());
        assertEquals("/moomoo", r.path());
        assertEquals("cf:abc", r.queryParameter("token"));
        assertEquals("HTTP/1.1", r.version());
        assertEquals("spaced", r.header("x-a"));
        assertTrue(r.hasToken("Connection", "upgrade"));
        assertTrue(r.hasToken("CONNECTION", "Keep-Alive"));
        assertArrayEquals(new byte[] {(byte) 0x82, (byte) 0x85}, r.leftover());
    }

    @Test
    void bareLineFeedsAreAccepted() throws Exception {
        assertEquals("/", read("GET / HTTP/1.1\nHost: x\n\n").path());
    }

    @Test
    void limits() {
        assertEquals(414, status("GET /" + "a".repeat(300) + " HTTP/1.1\r\n\r\n"));
        assertEquals(431, status("GET / HTTP/1.1\r\nX: " + "a".repeat(300) + "\r\n\r\n"));
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\n");
        for (int i = 0; i < 9; i++) {
            many.append("H").append(i).append(": v\r\n");
        }
        assertEquals(431, status(many.append("\r\n").toString()));
        StringBuilder big = new StringBuilder("GET / HTTP/1.1\r\n");
        for (int i = 0; i < 8 && big.length() < 1100; i++) {
            big.append("H").append(i).append(": ").append("v".repeat(190)).append("\r\n");
        }
        assertEquals(431, status(big.toString()));
    }

    @Test
    void malformed() {
        assertEquals(400, status("GET /\r\n\r\n"));
        assertEquals(400, status("GET  / HTTP/1.1\r\n\r\n"));
        assertEquals(400, status("G(T / HTTP/1.1\r\n\r\n"));
        assertEquals(400, status("GET nopath HTTP/1.1\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nNoColon\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nBad Name: v\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n"));
        assertEquals(505, status("GET / HTTP/2.0\r\n\r\n"));
        assertEquals(400, status("GET / FTP/1.0\r\n\r\n"));
        assertEquals(400, status("GET / HTTP/1.1\r\nHost: x\r\n")); // EOF before the blank line
    }

    @Test
    void eofBeforeAnyByteIsNoRequest() throws Exception {
        assertNull(read(new byte[0], LIMITS));
    }

    @Test
    void aTricklingClientGets408AtTheAbsoluteDeadline() throws Exception {
        HttpHeadReader.Limits limits = new HttpHeadReader.Limits(200, 8, 1024, 500);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            // One byte a second: each read succeeds well within any per-read timeout, and the whole head
            // would take 44 s, so a reader without the absolute deadline could only answer after that.
            Thread trickle = Thread.ofVirtual().start(() -> {
                try {
                    OutputStream out = client.getOutputStream();
                    byte[] head = "GET / HTTP/1.1\r\nHost: slow\r\nX-Slow: yes\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
                    for (byte b : head) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(1000);
                    }
                } catch (IOException | InterruptedException ignored) {
                    // the server gave up on us, as it should
                }
            });
            long start = System.nanoTime();
            HttpException e = assertThrows(HttpException.class, () -> new HttpHeadReader(limits).read(accepted, accepted.getInputStream()));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(408, e.status());
            assertTrue(elapsedMs >= 450 && elapsedMs < 30_000, "cut off at the deadline, after " + elapsedMs + " ms");
            trickle.interrupt();
        }
    }

    @Test
    void headerTokensAreMatchedAsACommaList() {
        HttpRequest r = new HttpRequest("GET", "/", "HTTP/1.1", List.of(
                new HttpRequest.Header("connection", "keep-alive"), new HttpRequest.Header("connection", " UPGRADE ")), new byte[0]);
        assertTrue(r.hasToken("connection", "upgrade"));
        assertFalse(r.hasToken("connection", "close"));
        assertFalse(new HttpRequest("GET", "/", "HTTP/1.1", List.of(new HttpRequest.Header("connection", "upgraded")), new byte[0])
                .hasToken("connection", "upgrade"));
    }
}
