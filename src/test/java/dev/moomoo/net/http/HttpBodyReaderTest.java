package dev.moomoo.net.http;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** A request's body read after its head, over a real loopback socket: its length, its limit, its deadline. */
class HttpBodyReaderTest {
    private static final HttpHeadReader.Limits LIMITS = new HttpHeadReader.Limits(200, 8, 1024, 2000);

    /** Sends {@code first}, then (after the head was read) {@code later}, and reads the head and the body with {@code max}. */
    private static String read(String first, String later, boolean endAfter, int max) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            OutputStream out = client.getOutputStream();
            out.write(first.getBytes(StandardCharsets.UTF_8));
            out.flush();
            HttpRequest request = new HttpHeadReader(LIMITS).read(accepted, accepted.getInputStream());
            out.write(later.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (endAfter) {
                client.shutdownOutput();
            }
            return new String(HttpBodyReader.read(accepted, accepted.getInputStream(), request, max, 300), StandardCharsets.UTF_8);
        }
    }

    private static int refusal(String first, String later, boolean endAfter, int max) {
        return assertThrows(HttpException.class, () -> read(first, later, endAfter, max)).status();
    }

    private static String post(String headers) {
        return "POST /api/join HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n";
    }

    @Test
    void theBodyIsWhatCameWithTheHeadAndWhatFollowsUpToItsLength() throws Exception {
        String json = "{\"captcha\":\"tok\",\"did\":\"d\u00e9\"}";
        int length = json.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(json, read(post("Content-Length: " + length + "\r\n") + json, "", false, 100), "all with the head");
        assertEquals(json, read(post("Content-Length: " + length + "\r\n") + json.substring(0, 5), json.substring(5), false, 100), "split");
        assertEquals(json, read(post("Content-Length: " + length + "\r\n"), json + "ignored: one request per socket", false, 100));
        assertEquals("", read(post("Content-Length: 0\r\n"), "", true, 100));
    }

    @Test
    void aBodyWithoutALengthOverTheLimitCutShortOrLateIsRefused() {
        assertEquals(411, refusal(post(""), "{}", true, 100), "no length");
        assertEquals(411, refusal(post("Transfer-Encoding: chunked\r\n"), "2\r\n{}\r\n0\r\n\r\n", true, 100), "chunks");
        assertEquals(400, refusal(post("Content-Length: 2\r\nContent-Length: 2\r\n"), "{}", true, 100), "two lengths");
        assertEquals(400, refusal(post("Content-Length: -2\r\n"), "{}", true, 100), "a negative length");
        assertEquals(413, refusal(post("Content-Length: 101\r\n"), "{}", true, 100), "over the limit, refused before reading");
        assertEquals(413, refusal(post("Content-Length: 99999999999\r\n"), "", true, 100), "a length past int");
        assertEquals(400, refusal(post("Content-Length: 10\r\n"), "{}", true, 100), "the peer ended early");
        assertEquals(408, refusal(post("Content-Length: 10\r\n"), "{}", false, 100), "the peer stalled past the deadline");
    }
}
