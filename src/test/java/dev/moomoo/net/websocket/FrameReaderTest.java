package dev.moomoo.net.websocket;

import dev.moomoo.testing.SplitInputStream;
import dev.moomoo.testing.TestFrames;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The frame reader decodes the same frames however the bytes are split across reads. */
class FrameReaderTest {

    private record Decoded(FrameHeader header, byte[] payload) {
    }

    private static List<Decoded> readAll(InputStream in) throws IOException {
        FrameReader reader = new FrameReader(in);
        List<Decoded> out = new ArrayList<>();
        FrameHeader h;
        while ((h = reader.readHeader()) != null) {
            byte[] payload = new byte[(int) h.length()];
            int off = 0;
            while (off < payload.length) {
                off += reader.readPayload(payload, off, payload.length - off);
            }
            out.add(new Decoded(h, payload));
        }
        return out;
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Frames covering every header shape: each opcode, RSV bits, FIN, masked or not, 7/16/64-bit lengths. */
    private static List<TestFrames> samples() {
        List<TestFrames> frames = new ArrayList<>();
        for (int opcode : new int[] {0, 1, 2, 3, 8, 9, 10, 15}) {
            frames.add(TestFrames.frame(opcode).payload(bytes(5, opcode)));
        }
        frames.add(TestFrames.frame(Opcode.TEXT).fin(false).rsv(5).payload("hello"));
        frames.add(TestFrames.frame(Opcode.BINARY).payload(new byte[0]));
        frames.add(TestFrames.frame(Opcode.BINARY).payload(bytes(125, 1)));
        frames.add(TestFrames.frame(Opcode.BINARY).payload(bytes(126, 2)));
        frames.add(TestFrames.frame(Opcode.BINARY).payload(bytes(300, 3)).masked(false));
        frames.add(TestFrames.frame(Opcode.BINARY).payload(bytes(70_000, 4)));
        frames.add(TestFrames.frame(Opcode.BINARY).payload(bytes(7, 5)).lengthBytes(8)); // non-minimal: decoded as sent
        frames.add(TestFrames.frame(Opcode.PING).payload(bytes(3, 6)).maskKey(0));
        return frames;
    }

    /** The decoded frame carries exactly what the builder put in: header fields and unmasked payload. */
    private static void assertMatches(TestFrames spec, byte[] wire, Decoded d) {
        assertEquals(spec.isFin(), d.header().fin());
        assertEquals(spec.rsvBits(), d.header().rsv());
        assertEquals(spec.opcodeValue(), d.header().opcode());
        assertEquals(spec.isMasked(), d.header().masked());
        assertEquals(spec.payloadBytes().length, d.header().length());
        assertArrayEquals(spec.payloadBytes(), d.payload());
    }

    @Test
    void decodesHeaderFieldsAsSent() throws IOException {
        byte[] wire = TestFrames.frame(Opcode.TEXT).fin(false).rsv(6).payload("abc").maskKey(0x01020304).bytes();
        Decoded d = readAll(new ByteArrayInputStream(wire)).getFirst();
        assertFalse(d.header().fin());
        assertEquals(6, d.header().rsv());
        assertEquals(Opcode.TEXT, d.header().opcode());
        assertTrue(d.header().masked());
        assertEquals(0x01020304, d.header().maskKey());
        assertEquals(3, d.header().length());
        assertEquals(0, d.header().lengthBytes());
        assertEquals("abc", new String(d.payload()));

        Decoded big = readAll(new ByteArrayInputStream(TestFrames.frame(2).payload(new byte[70_000]).bytes())).getFirst();
        assertEquals(8, big.header().lengthBytes());
        assertEquals(70_000, big.header().length());
        Decoded mid = readAll(new ByteArrayInputStream(TestFrames.frame(2).payload(new byte[200]).bytes())).getFirst();
        assertEquals(2, mid.header().lengthBytes());
        Decoded nonMinimal = readAll(new ByteArrayInputStream(TestFrames.frame(2).payload(new byte[7]).lengthBytes(8).bytes())).getFirst();
        assertTrue(nonMinimal.header().lengthNotMinimal());
    }

    @Test
    void aNegative64BitLengthIsReportedNotTrusted() throws IOException {
        byte[] wire = TestFrames.frame(Opcode.BINARY).declaredLength(0x8000_0000_0000_0001L).lengthBytes(8).bytes();
        FrameReader reader = new FrameReader(new ByteArrayInputStream(wire));
        FrameHeader h = reader.readHeader();
        assertTrue(h.length() < 0);
        assertEquals(0, reader.remaining(), "nothing is read for a negative length");
    }

    @Test
    void everySingleSplitOfEveryFrameDecodesTheSame() throws IOException {
        for (TestFrames spec : samples()) {
            byte[] wire = spec.bytes();
            // Splitting inside a 70 kB payload is the same code path at every point; bound the work.
            int limit = Math.min(wire.length, 400);
            for (int split = 1; split < limit; split++) {
                List<Decoded> decoded = readAll(new SplitInputStream(wire, Integer.MAX_VALUE, split));
                assertEquals(1, decoded.size(), "split at " + split);
                assertMatches(spec, wire, decoded.getFirst());
            }
        }
    }

    @Test
    void oneByteReadsDecodeTheSame() throws IOException {
        for (TestFrames spec : samples()) {
            byte[] wire = spec.bytes();
            Decoded d = readAll(new SplitInputStream(wire, 1)).getFirst();
            assertMatches(spec, wire, d);
        }
    }

    @Test
    void framesBackToBackSplitAnywhere() throws IOException {
        List<TestFrames> specs = samples().subList(0, 12);
        byte[][] parts = specs.stream().map(TestFrames::bytes).toArray(byte[][]::new);
        byte[] wire = TestFrames.concat(parts);
        List<Decoded> whole = readAll(new ByteArrayInputStream(wire));
        assertEquals(specs.size(), whole.size());
        for (int split = 1; split < wire.length; split++) {
            List<Decoded> decoded = readAll(new SplitInputStream(wire, 7, split));
            assertEquals(whole.size(), decoded.size());
            for (int i = 0; i < whole.size(); i++) {
                assertEquals(whole.get(i).header(), decoded.get(i).header());
                assertArrayEquals(whole.get(i).payload(), decoded.get(i).payload());
            }
        }
    }

    @Test
    void eofInsideAFrameIsAnErrorAndAtABoundaryIsTheEnd() throws IOException {
        byte[] wire = TestFrames.frame(Opcode.BINARY).payload(new byte[10]).bytes();
        for (int cut = 1; cut < wire.length; cut++) {
            byte[] partial = Arrays.copyOf(wire, cut);
            assertThrows(EOFException.class, () -> readAll(new ByteArrayInputStream(partial)), "cut at " + cut);
        }
        assertNull(new FrameReader(new ByteArrayInputStream(new byte[0])).readHeader());
    }
}
