package dev.moomoo.net.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/** A streamed body: exactly its length is sent (a file that grew sends no more), a HEAD sends none, and the stream is closed either way. */
class HttpResponseTest {
    /** A stream of {@code bytes} that remembers being closed. */
    private static final class Source extends ByteArrayInputStream {
        boolean closed;

        Source(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    @Test
    void aStreamedBodyIsItsLengthOfTheStreamAfterTheHead() throws IOException {
        byte[] file = bytes(200_000); // more than one buffer
        Source in = new Source(Arrays.copyOf(file, file.length + 500)); // the file grew after its length was taken
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HttpResponse.streamed(200, "application/zip", file.length, in).withHeader("Content-Disposition", "attachment").writeTo(out, false);
        byte[] sent = out.toByteArray();
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Disposition: attachment\r\nContent-Length: 200000\r\n"
                + "Connection: close\r\n\r\n";
        assertEquals(head, new String(sent, 0, head.length(), StandardCharsets.ISO_8859_1));
        assertArrayEquals(file, Arrays.copyOfRange(sent, head.length(), sent.length));
        assertTrue(in.closed);
    }

    @Test
    void aHeadRequestGetsTheLengthAndNoBodyAndTheStreamIsClosed() throws IOException {
        Source in = new Source(bytes(10));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HttpResponse.streamed(200, "application/zip", 10, in).writeTo(out, true);
        String sent = out.toString(StandardCharsets.ISO_8859_1);
        assertTrue(sent.endsWith("Content-Length: 10\r\nConnection: close\r\n\r\n"), sent);
        assertTrue(in.closed);
    }

    @Test
    void aStreamShorterThanItsLengthFailsTheResponseRatherThanEndItQuietly() {
        Source in = new Source(bytes(10));
        IOException e = assertThrows(IOException.class, () -> HttpResponse.streamed(200, "application/zip", 20, in).writeTo(new ByteArrayOutputStream(), false));
        assertTrue(e.getMessage().contains("10 bytes before its 20"), e.getMessage());
        assertTrue(in.closed);
    }
}
