package dev.moomoo.server;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.testing.EchoServers;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * RFC 6455 section 5.5.3 over a real socket: a burst of pings on the echo endpoint is answered up to
 * its newest ping, however far the server's writer falls behind its reader.
 */
class PingBurstTest {
    private static final int PINGS = 50;
    /** The server's close timeout, set here so that the bound below follows from it. */
    private static final int CLOSE_TIMEOUT_MS = 2000;
    /**
     * How long one read may wait. Our Close follows the pings, and the server answers it after every
     * pong it queued; a closing handshake that has not ended within twice the close timeout is cut by
     * the keep-alive sweep, which runs every half close timeout. So no read on a server that keeps its
     * own promises waits longer than this; it only stops a broken one from hanging the suite.
     */
    private static final int READ_BOUND_MS = 2 * CLOSE_TIMEOUT_MS + CLOSE_TIMEOUT_MS / 2;

    @Test
    void theLastPongOfABurstAnswersItsNewestPing() throws IOException {
        // The README's conformance flags: no message or control-frame rate, large messages.
        Server server = EchoServers.start("control-frames-per-second", "0", "max-message-size", "16777216",
                "max-frame-size", "16777216", "close-timeout-ms", Integer.toString(CLOSE_TIMEOUT_MS));
        try (WsClient c = WsClient.open(server.port(), "/echo", READ_BOUND_MS)) {
            ByteArrayOutputStream burst = new ByteArrayOutputStream();
            for (int i = 1; i <= PINGS; i++) {
                burst.writeBytes(TestFrames.frame(Opcode.PING).payload("ping " + i).bytes());
            }
            burst.writeBytes(TestFrames.frame(Opcode.CLOSE).payload(new byte[] {0x03, (byte) 0xE8}).bytes());
            c.write(burst.toByteArray()); // all at once: the reader queues pongs faster than the writer sends them

            List<Integer> answered = new ArrayList<>();
            WsClient.Frame f;
            while ((f = c.readFrame()) != null && f.opcode() == Opcode.PONG) {
                assertTrue(f.text().startsWith("ping "), "a pong echoes a ping's payload: " + f.text());
                answered.add(Integer.parseInt(f.text().substring(5)));
            }
            assertNotNull(f, "TCP closed before the Close frame; pongs: " + answered);
            assertEquals(Opcode.CLOSE, f.opcode(), "after the pongs: " + answered);
            assertEquals(CloseCode.NORMAL, f.closeCode());
            assertFalse(answered.isEmpty(), "no pong at all");
            assertEquals(PINGS, answered.getLast(), "the newest ping is answered, last: " + answered);
            for (int i = 1; i < answered.size(); i++) {
                assertTrue(answered.get(i) > answered.get(i - 1), "pongs in the order of their pings: " + answered);
            }
        } finally {
            server.shutdown();
        }
    }
}
