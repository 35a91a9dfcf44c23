package dev.moomoo.net.websocket;

import dev.moomoo.testing.SplitInputStream;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static dev.moomoo.testing.TestFrames.concat;
import static dev.moomoo.testing.TestFrames.frame;
import static org.junit.jupiter.api.Assertions.*;

/** Each RFC 6455 rule the assembler enforces, with the close code it must give. */
class MessageAssemblerTest {
    private static final int MAX = 1000;

    private static MessageAssembler over(byte[] wire) {
        return new MessageAssembler(new FrameReader(new ByteArrayInputStream(wire)), MAX, 2 * MAX);
    }

    private static int closeCodeOf(byte[] wire) {
        MessageAssembler a = over(wire);
        WebSocketException e = assertThrows(WebSocketException.class, () -> {
            while (true) {
                a.next();
            }
        });
        return e.closeCode();
    }

    @Test
    void unmaskedFrame() {
        assertEquals(1002, closeCodeOf(frame(Opcode.TEXT).payload("x").masked(false).bytes()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void reservedBits(int rsv) {
        assertEquals(1002, closeCodeOf(frame(Opcode.BINARY).rsv(rsv).payload("x").bytes()));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7, 11, 12, 13, 14, 15})
    void reservedOpcodes(int opcode) {
        assertEquals(1002, closeCodeOf(frame(opcode).payload("x").bytes()));
    }

    @Test
    void fragmentedControlFrame() {
        assertEquals(1002, closeCodeOf(frame(Opcode.PING).fin(false).payload("x").bytes()));
    }

    @Test
    void controlFramePayloadOver125() {
        assertEquals(1002, closeCodeOf(frame(Opcode.PING).payload(new byte[126]).bytes()));
    }

    @Test
    void continuationWithoutAMessage() {
        assertEquals(1002, closeCodeOf(frame(Opcode.CONTINUATION).payload("x").bytes()));
    }

    @Test
    void newDataFrameInsideAFragmentedMessage() {
        assertEquals(1002, closeCodeOf(concat(frame(Opcode.TEXT).fin(false).payload("a").bytes(), frame(Opcode.TEXT).payload("b").bytes())));
    }

    @Test
    void nonMinimalLengths() {
        assertEquals(1002, closeCodeOf(frame(Opcode.BINARY).payload(new byte[5]).lengthBytes(2).bytes()));
        assertEquals(1002, closeCodeOf(frame(Opcode.BINARY).payload(new byte[200]).lengthBytes(8).bytes()));
    }

    @Test
    void negative64BitLength() {
        assertEquals(1002, closeCodeOf(frame(Opcode.BINARY).declaredLength(-1L).lengthBytes(8).bytes()));
    }

    @Test
    void frameOverTheLimitIsRefusedBeforeItsPayloadIsRead() throws IOException {
        // Declares 2^40 bytes and sends none: the refusal must come from the header alone.
        byte[] wire = frame(Opcode.BINARY).declaredLength(1L << 40).bytes();
        SplitInputStream in = new SplitInputStream(wire, Integer.MAX_VALUE);
        MessageAssembler a = new MessageAssembler(new FrameReader(in), MAX, 2 * MAX);
        WebSocketException e = assertThrows(WebSocketException.class, a::next);
        assertEquals(1009, e.closeCode());
        assertEquals(wire.length, in.position(), "nothing past the header was read");
    }

    @Test
    void messageOverTheLimitAcrossFragments() {
        byte[] wire = concat(frame(Opcode.BINARY).fin(false).payload(new byte[MAX]).bytes(),
                frame(Opcode.CONTINUATION).fin(false).payload(new byte[MAX]).bytes(),
                frame(Opcode.CONTINUATION).payload(new byte[1]).bytes());
        assertEquals(1009, closeCodeOf(wire));
    }

    @Test
    void invalidUtf8FailsAtTheBadByteBeforeTheRestArrives() {
        byte[] good = "hello ".getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[good.length + 1 + 100];
        System.arraycopy(good, 0, payload, 0, good.length);
        payload[good.length] = (byte) 0xFF;
        byte[] wire = frame(Opcode.TEXT).payload(payload).bytes();
        int badAt = wire.length - 100; // index just past the bad byte
        // A stream that refuses to be read beyond the bad byte: reading on would fail the test.
        InputStream in = new SplitInputStream(wire, Integer.MAX_VALUE, badAt) {
            @Override
            public int read(byte[] b, int off, int len) {
                if (position() >= badAt) {
                    throw new AssertionError("read past the invalid byte");
                }
                return super.read(b, off, len);
            }
        };
        MessageAssembler a = new MessageAssembler(new FrameReader(in), MAX, 2 * MAX);
        assertEquals(1007, assertThrows(WebSocketException.class, a::next).closeCode());
    }

    @Test
    void textEndingInsideASequence() {
        assertEquals(1007, closeCodeOf(frame(Opcode.TEXT).payload(new byte[] {'a', (byte) 0xCE}).bytes()));
        // valid per fragment boundary, incomplete at the end of the message
        assertEquals(1007, closeCodeOf(concat(frame(Opcode.TEXT).fin(false).payload(new byte[] {(byte) 0xE2}).bytes(),
                frame(Opcode.CONTINUATION).payload(new byte[] {(byte) 0x82}).bytes())));
    }

    @Test
    void utf8SplitAcrossFragmentsIsFine() throws Exception {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        byte[] wire = concat(frame(Opcode.TEXT).fin(false).payload(new byte[] {euro[0]}).bytes(),
                frame(Opcode.CONTINUATION).fin(false).payload(new byte[] {euro[1]}).bytes(),
                frame(Opcode.CONTINUATION).payload(new byte[] {euro[2]}).bytes());
        assertEquals(new Inbound.Text("€"), over(wire).next());
    }

    @Test
    void closePayloads() throws Exception {
        assertEquals(1002, closeCodeOf(frame(Opcode.CLOSE).payload(new byte[] {3}).bytes()));
        for (int code : new int[] {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535}) {
            assertEquals(1002, closeCodeOf(frame(Opcode.CLOSE).payload(closePayload(code, "")).bytes()), "code " + code);
        }
        for (int code : new int[] {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999}) {
            Inbound.Close c = (Inbound.Close) over(frame(Opcode.CLOSE).payload(closePayload(code, "bye")).bytes()).next();
            assertEquals(code, c.code());
            assertEquals("bye", c.reason());
        }
        byte[] badReason = {0x03, (byte) 0xE8, (byte) 0xFF};
        assertEquals(1007, closeCodeOf(frame(Opcode.CLOSE).payload(badReason).bytes()));
        assertEquals(new Inbound.Close(CloseCode.NO_STATUS, ""), over(frame(Opcode.CLOSE).bytes()).next());
    }

    private static byte[] closePayload(int code, String reason) {
        byte[] r = reason.getBytes(StandardCharsets.UTF_8);
        byte[] p = new byte[2 + r.length];
        p[0] = (byte) (code >> 8);
        p[1] = (byte) code;
        System.arraycopy(r, 0, p, 2, r.length);
        return p;
    }

    @Test
    void pingBetweenFragmentsComesFirstThenTheWholeMessage() throws Exception {
        byte[] wire = concat(frame(Opcode.TEXT).fin(false).payload("frag").bytes(),
                frame(Opcode.PING).payload("p").bytes(),
                frame(Opcode.CONTINUATION).fin(false).payload("men").bytes(),
                frame(Opcode.PONG).payload("q").bytes(),
                frame(Opcode.CONTINUATION).payload("ted").bytes(),
                frame(Opcode.BINARY).fin(false).payload(new byte[] {1}).bytes(),
                frame(Opcode.CONTINUATION).payload(new byte[] {2, 3}).bytes());
        MessageAssembler a = over(wire);
        assertArrayEquals("p".getBytes(), ((Inbound.Ping) a.next()).payload());
        assertArrayEquals("q".getBytes(), ((Inbound.Pong) a.next()).payload());
        assertEquals(new Inbound.Text("fragmented"), a.next());
        assertArrayEquals(new byte[] {1, 2, 3}, ((Inbound.Binary) a.next()).data());
    }
}
