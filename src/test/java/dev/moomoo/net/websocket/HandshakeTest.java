package dev.moomoo.net.websocket;

import dev.moomoo.net.http.HttpException;
import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class HandshakeTest {
    private static HttpRequest request(String method, String... headers) {
        List<HttpRequest.Header> list = new ArrayList<>();
        for (String h : headers) {
            int colon = h.indexOf(':');
            list.add(new HttpRequest.Header(h.substring(0, colon).toLowerCase(), h.substring(colon + 1).strip()));
        }
        return new HttpRequest(method, "/", "HTTP/1.1", list, new byte[0]);
    }

    private static HttpRequest good(String... extra) {
        List<String> h = new ArrayList<>(List.of("Host: x", "Upgrade: websocket", "Connection: keep-alive, Upgrade",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13"));
        h.addAll(List.of(extra));
        return request("GET", h.toArray(String[]::new));
    }

    private static HttpException refused(HttpRequest r, Set<String> origins) {
        return assertThrows(HttpException.class, () -> Handshake.accept(r, origins));
    }

    @Test
    void acceptValueOfTheRfcSample() {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", Handshake.acceptValue("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void aBrowserRequestIsAccepted() throws HttpException {
        HttpResponse r = Handshake.accept(good(), Set.of());
        assertEquals(101, r.status());
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", r.headers().get("Sec-WebSocket-Accept"));
        assertEquals("websocket", r.headers().get("Upgrade"));
    }

    @Test
    void versionOtherThan13Gets426NamingTheVersion() {
        HttpException e = refused(request("GET", "Host: x", "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 8"), Set.of());
        assertEquals(426, e.status());
        assertEquals("13", e.extraHeaders().get("Sec-WebSocket-Version"));
        assertEquals(426, refused(request("GET", "Host: x", "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="), Set.of()).status());
    }

    @Test
    void badKeys() {
        for (String key : List.of("not base64!!!!!!!!!!!!!!", "AAAA", "dGhlIHNhbXBsZSBub25jZQ", "dGhlIHNhbXBsZSBub25jZQ==AAAA")) {
            HttpRequest r = request("GET", "Host: x", "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: " + key,
                    "Sec-WebSocket-Version: 13");
            assertEquals(400, refused(r, Set.of()).status(), key);
        }
    }

    @Test
    void missingPieces() {
        assertEquals(400, refused(request("GET", "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13"), Set.of()).status());
        assertEquals(400, refused(request("GET", "Host: x", "Upgrade: websocket", "Connection: keep-alive",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13"), Set.of()).status());
        assertEquals(405, refused(request("POST", "Host: x", "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13"), Set.of()).status());
    }

    @Test
    void originAllowList() throws HttpException {
        assertEquals(403, refused(good("Origin: https://evil.example"), Set.of("http://localhost:3000")).status());
        assertEquals(403, refused(good(), Set.of("http://localhost:3000")).status());
        assertEquals(101, Handshake.accept(good("Origin: http://localhost:3000"), Set.of("http://localhost:3000")).status());
        assertEquals(101, Handshake.accept(good("Origin: https://anything"), Set.of()).status());
    }
}
