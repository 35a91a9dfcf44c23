package dev.moomoo.server;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.EchoServers;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The limits on heads being read per address (slowloris) and on control frames, over real sockets. */
class AbuseLimitsTest {
    private static final String PARTIAL_HEAD = "GET /echo HTTP/1.1\r\nHost: x\r\n";
    private Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    @Test
    void slowHeadsFromOneAddressAreCappedAndEachEndsAtTheDeadline() throws IOException {
        server = EchoServers.start("max-handshakes-per-ip", "3", "handshake-timeout-ms", "1500");
        List<WsClient> slow = new ArrayList<>();
        List<WsClient> open = new ArrayList<>();
        try {
            // Upgraded connections are past their head: they do not count against the limit.
            for (int i = 0; i < 3; i++) {
                open.add(WsClient.open(server.port(), "/echo"));
            }
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                WsClient c = WsClient.tcp(server.port(), 30_000); // a head left open would time this out
                c.write(PARTIAL_HEAD);
                slow.add(c);
            }
            String refused = exchange(InetAddress.getLoopbackAddress(), "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertTrue(refused.startsWith("HTTP/1.1 429 "), refused);
            assertTrue(refused.endsWith("too many handshakes in progress from your address\n"), refused);

            // Another address is not held back by this one's slow heads.
            assertTrue(exchange(InetAddress.getByName("127.0.0.2"), "GET / HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 200 "));

            // Finishing one head frees its place (a plain GET of /echo is a 404: what matters is that it ended).
            try (WsClient finished = slow.removeFirst()) {
                finished.write("\r\n");
                assertTrue(finished.readResponse().startsWith("HTTP/1.1 404 "));
            }
            String next = awaitNot429("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertTrue(next.startsWith("HTTP/1.1 200 "), next);

            // The rest are answered 408 at the absolute deadline, not left open.
            for (WsClient c : slow) {
                String answer = c.readResponse();
                assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
            }
            long tookMillis = (System.nanoTime() - start) / 1_000_000L;
            assertTrue(tookMillis >= 1400, "slow heads ended after " + tookMillis + " ms, deadline 1500 ms");

            // With every slow head gone the limit is back to its full size: three more are admitted.
            for (int i = 0; i < 3; i++) {
                try (WsClient c = WsClient.tcp(server.port(), 5000)) {
                    c.write(PARTIAL_HEAD);
                    c.write("\r\n");
                    String answer = c.readResponse();
                    assertTrue(answer.startsWith("HTTP/1.1 404 "), answer);
                }
            }
            for (WsClient c : open) {
                c.write(TestFrames.frame(Opcode.TEXT).payload("still here").bytes());
                assertEquals("still here", c.readFrame().text(), "an open connection is unaffected");
            }
        } finally {
            for (WsClient c : slow) {
                c.close();
            }
            for (WsClient c : open) {
                c.close();
            }
        }
    }

    @Test
    void pingsBeyondTheControlFrameRateCloseWith1008() throws IOException {
        server = EchoServers.start("control-frames-per-second", "5");
        try (WsClient c = WsClient.open(server.port(), "/echo")) {
            // the burst is twice the rate: ten pings at once are answered
            for (int i = 0; i < 10; i++) {
                c.write(TestFrames.frame(Opcode.PING).payload("p" + i).bytes());
            }
            for (int i = 0; i < 10; i++) {
                WsClient.Frame pong = c.readFrame();
                assertEquals(Opcode.PONG, pong.opcode());
                assertEquals("p" + i, pong.text());
            }
            // ... and more than that is a policy violation
            for (int i = 0; i < 5; i++) {
                c.write(TestFrames.frame(Opcode.PING).payload("flood").bytes());
            }
            WsClient.Frame f;
            do {
                f = c.readFrame();
            } while (f != null && f.opcode() == Opcode.PONG);
            assertNotNull(f, "the server closed TCP without a Close frame");
            assertEquals(Opcode.CLOSE, f.opcode());
            assertEquals(CloseCode.POLICY_VIOLATION, f.closeCode());
            assertTrue(f.text().contains("pings and pongs per second"), f.text());
        }
    }

    @Test
    void aPeerWithinTheControlFrameRateStaysOpen() throws IOException, InterruptedException {
        server = EchoServers.start("control-frames-per-second", "50");
        try (WsClient c = WsClient.open(server.port(), "/echo")) {
            // 150 pings paced at 100/s: the bucket of 100 refills at 50/s, so about 1.5 s of this fits
            for (int i = 0; i < 150; i++) {
                c.write(TestFrames.frame(Opcode.PING).payload("p").bytes());
                assertEquals(Opcode.PONG, c.readFrame().opcode(), "ping " + i);
                Thread.sleep(10);
            }
            c.write(TestFrames.frame(Opcode.TEXT).payload("ok").bytes());
            assertEquals("ok", c.readFrame().text());
        }
    }

    @Test
    void aMessageFloodIsReadAtTheConfiguredRate() throws IOException {
        server = EchoServers.start("messages-per-second", "50", "message-burst", "10");
        try (WsClient c = WsClient.open(server.port(), "/echo")) {
            long start = System.nanoTime();
            byte[] flood = new byte[0];
            for (int i = 0; i < 60; i++) {
                flood = TestFrames.concat(flood, TestFrames.frame(Opcode.TEXT).payload("m" + i).bytes());
            }
            c.write(flood); // 60 messages at once: 10 of burst, then 50 at 50 per second
            for (int i = 0; i < 60; i++) {
                assertEquals("m" + i, c.readFrame().text(), "every message is served, in order");
            }
            long tookMillis = (System.nanoTime() - start) / 1_000_000L;
            assertTrue(tookMillis >= 950, "60 messages were read in " + tookMillis + " ms; the rate allows no less than 1000 ms");
        }
    }

    private String exchange(InetAddress from, String request) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Repeats {@code request} until it is not refused for the handshake limit, for at most 5 s. */
    private String awaitNot429(String request) throws IOException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String r;
        do {
            r = exchange(InetAddress.getLoopbackAddress(), request);
        } while (r.startsWith("HTTP/1.1 429 ") && System.nanoTime() < deadline);
        return r;
    }
}
