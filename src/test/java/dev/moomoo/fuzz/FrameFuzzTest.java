package dev.moomoo.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.FrameReader;
import dev.moomoo.net.websocket.Inbound;
import dev.moomoo.net.websocket.MessageAssembler;
import dev.moomoo.net.websocket.WebSocketException;
import dev.moomoo.testing.SplitInputStream;

import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Any bytes a peer can send, read in any pieces, end in messages within the limits, a close code
 * the RFC names, or end of stream: never another exception, and never more memory than the limits.
 */
class FrameFuzzTest {
    private static final int MAX_FRAME = 1024;
    private static final int MAX_MESSAGE = 4096;
    private static final Set<Integer> VIOLATION_CODES = Set.of(
            CloseCode.PROTOCOL_ERROR, CloseCode.INVALID_PAYLOAD, CloseCode.MESSAGE_TOO_BIG);

    @FuzzTest
    void framesEndInMessagesOrACloseCode(FuzzedDataProvider in) throws Exception {
        int chunk = in.consumeInt(1, 64);
        byte[] wire = in.consumeRemainingAsBytes();
        MessageAssembler messages = new MessageAssembler(new FrameReader(new SplitInputStream(wire, chunk)), MAX_FRAME, MAX_MESSAGE);
        int consumed = 0;
        try {
            while (true) {
                Inbound message = messages.next();
                int size = switch (message) {
                    case Inbound.Binary b -> b.data().length;
                    case Inbound.Text t -> {
                        byte[] utf8 = t.text().getBytes(StandardCharsets.UTF_8);
                        assertEquals(t.text(), new String(utf8, StandardCharsets.UTF_8), "text message is not well-formed UTF-8");
                        yield utf8.length;
                    }
                    case Inbound.Ping p -> controlSize(p.payload().length);
                    case Inbound.Pong p -> controlSize(p.payload().length);
                    case Inbound.Close c -> {
                        assertTrue(c.code() == CloseCode.NO_STATUS || CloseCode.isValidOnWire(c.code()), "close code " + c.code());
                        yield 0;
                    }
                };
                assertTrue(size <= MAX_MESSAGE, "message of " + size + " bytes over the limit");
                consumed += size;
                assertTrue(consumed <= wire.length, "more payload out than bytes in");
            }
        } catch (WebSocketException e) {
            assertTrue(VIOLATION_CODES.contains(e.closeCode()), "unexpected close code " + e.closeCode());
            assertNotNull(e.reason());
            assertTrue(e.reason().getBytes(StandardCharsets.UTF_8).length <= 123, "close reason does not fit a control frame");
        } catch (EOFException expected) {
            // the bytes ended inside or between frames
        }
    }

    private static int controlSize(int length) {
        assertTrue(length <= 125, "control payload of " + length + " bytes");
        return length;
    }
}
