package dev.moomoo.server;

import dev.moomoo.testing.EchoServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The JDK's own WebSocket client as an independent peer of the echo endpoint. */
class JdkWebSocketClientTest {
    private Server server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = EchoServers.start();
    }

    @AfterEach
    void stop() {
        server.shutdown();
        http.close();
    }

    /** Everything the client hears, in order. */
    private static final class Recorder implements WebSocket.Listener {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                events.add(text.toString());
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] b = new byte[data.remaining()];
            data.get(b);
            binary.writeBytes(b);
            if (last) {
                events.add(binary.toByteArray());
                binary.reset();
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            byte[] b = new byte[message.remaining()];
            message.get(b);
            events.add(new Pong(b));
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            events.add(new Closed(statusCode, reason));
            return null;
        }

        Object next() throws InterruptedException {
            Object e = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(e, "no event within 5 s");
            return e;
        }
    }

    record Pong(byte[] payload) {
    }

    record Closed(int code, String reason) {
    }

    private WebSocket connect(Recorder r) {
        return http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/echo"), r).join();
    }

    @Test
    void echoesTextAndBinary() throws Exception {
        Recorder r = new Recorder();
        WebSocket ws = connect(r);
        ws.sendText("hello κόσμε", true).join();
        assertEquals("hello κόσμε", r.next());
        byte[] data = {0, 1, 2, (byte) 0xFF};
        ws.sendBinary(ByteBuffer.wrap(data), true).join();
        assertArrayEquals(data, (byte[]) r.next());
        ws.sendClose(1000, "").join();
    }

    @Test
    void fragmentedMessagesComeBackWhole() throws Exception {
        Recorder r = new Recorder();
        WebSocket ws = connect(r);
        ws.sendText("frag", false).join();
        ws.sendText("men", false).join();
        ws.sendText("ted", true).join();
        assertEquals("fragmented", r.next());
        ws.sendBinary(ByteBuffer.wrap(new byte[] {1}), false).join();
        ws.sendBinary(ByteBuffer.wrap(new byte[] {2, 3}), true).join();
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) r.next());
    }

    @Test
    void pingGetsAnIdenticalPong() throws Exception {
        Recorder r = new Recorder();
        WebSocket ws = connect(r);
        byte[] payload = "are you there".getBytes(StandardCharsets.UTF_8);
        ws.sendPing(ByteBuffer.wrap(payload)).join();
        assertArrayEquals(payload, ((Pong) r.next()).payload());
    }

    @Test
    void closeCodesAreEchoed() throws Exception {
        for (int code : new int[] {1000, 3000, 4999}) {
            Recorder r = new Recorder();
            WebSocket ws = connect(r);
            ws.sendClose(code, "bye").join();
            assertEquals(code, ((Closed) r.next()).code());
        }
    }

    @Test
    void shutdownClosesWith1001() throws Exception {
        Recorder r = new Recorder();
        connect(r);
        CompletableFuture<Boolean> graceful = CompletableFuture.supplyAsync(server::shutdown);
        assertEquals(1001, ((Closed) r.next()).code());
        graceful.get(10, TimeUnit.SECONDS);
    }
}
