package dev.moomoo.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.moomoo.net.http.HttpException;
import dev.moomoo.net.http.HttpHeadReader;
import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.websocket.Handshake;
import dev.moomoo.testing.SplitInputStream;
import org.junit.jupiter.api.AfterAll;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Any request head, read in any pieces and taken through the WebSocket handshake, ends in a
 * request, an accepted upgrade, or a refusal whose status is a 4xx or 5xx and whose response head
 * is well formed: the reason cannot smuggle a line break into it.
 */
class HttpHeadFuzzTest {
    private static final HttpHeadReader READER = new HttpHeadReader(new HttpHeadReader.Limits(256, 16, 2048, 60_000));
    /** The reader sets read timeouts on the socket it reads from; an unconnected one takes them. */
    private static final Socket TIMEOUTS = new Socket();

    @AfterAll
    static void close() throws Exception {
        TIMEOUTS.close();
    }

    @FuzzTest
    void headsEndInARequestOrAClearRefusal(FuzzedDataProvider in) throws Exception {
        int chunk = in.consumeInt(1, 128);
        byte[] wire = in.consumeRemainingAsBytes();
        HttpResponse answer;
        try {
            HttpRequest request = READER.read(TIMEOUTS, new SplitInputStream(wire, chunk));
            if (request == null) {
                assertEquals(0, wire.length, "no request from a non-empty head");
                return;
            }
            assertTrue(request.path().startsWith("/"), "path " + request.path());
            request.queryParameter("token");
            answer = Handshake.isUpgradeRequest(request)
                    ? Handshake.accept(request, Set.of("http://localhost:3000"))
                    : HttpResponse.text(200, "ok\n");
        } catch (HttpException e) {
            assertTrue(e.status() >= 400 && e.status() < 600, "status " + e.status());
            answer = HttpResponse.error(e);
        }
        assertWellFormed(answer);
    }

    private static void assertWellFormed(HttpResponse answer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.writeTo(out, true);
        String head = out.toString(StandardCharsets.ISO_8859_1);
        assertTrue(head.endsWith("\r\n\r\n"), "response head does not end with a blank line");
        String[] lines = head.substring(0, head.length() - 4).split("\r\n", -1);
        assertTrue(lines[0].matches("HTTP/1\\.1 [1-5][0-9][0-9] [ -~]+"), "status line " + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].matches("[!-9;-~]+: [ -~]*"), "header line " + lines[i]);
        }
    }
}
