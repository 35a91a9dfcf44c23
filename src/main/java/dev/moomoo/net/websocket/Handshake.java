package dev.moomoo.net.websocket;

import dev.moomoo.net.http.HttpException;
import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.HttpResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The server's opening handshake, RFC 6455 section 4.2. */
public final class Handshake {
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private Handshake() {
    }

    /** Whether the request asks for a WebSocket at all (then it is validated in full, never served as a page). */
    public static boolean isUpgradeRequest(HttpRequest request) {
        return request.hasToken("upgrade", "websocket") || request.hasToken("connection", "upgrade");
    }

    /**
     * Checks an upgrade request and returns the 101 response.
     *
     * @param allowedOrigins the Origin values accepted; empty accepts any Origin, and requests without one
     */
    public static HttpResponse accept(HttpRequest request, Set<String> allowedOrigins) throws HttpException {
        // 4.2.1 (1): "An HTTP/1.1 or higher GET request".
        if (!request.method().equals("GET")) {
            throw new HttpException(405, "a WebSocket upgrade must be a GET request", Map.of("Allow", "GET"));
        }
        if (!request.version().equals("HTTP/1.1")) {
            throw new HttpException(400, "a WebSocket upgrade needs HTTP/1.1");
        }
        // (2) "A |Host| header field".
        if (request.headerCount("host") != 1) {
            throw new HttpException(400, "exactly one Host header is required");
        }
        // (3) "An |Upgrade| header field containing the value "websocket"".
        if (!request.hasToken("upgrade", "websocket")) {
            throw new HttpException(400, "Upgrade header must list websocket");
        }
        // (4) "A |Connection| header field that includes the token "Upgrade"" (a comma list, any case).
        if (!request.hasToken("connection", "upgrade")) {
            throw new HttpException(400, "Connection header must list Upgrade");
        }
        // (6) "A |Sec-WebSocket-Version| header field, with a value of 13"; else 426 naming the version we speak.
        if (request.headerCount("sec-websocket-version") != 1 || !"13".equals(request.header("sec-websocket-version"))) {
            throw new HttpException(426, "Sec-WebSocket-Version must be 13", Map.of("Sec-WebSocket-Version", "13"));
        }
        // (5) "A |Sec-WebSocket-Key| header field with a base64-encoded value that, when decoded, is 16 bytes".
        String key = request.header("sec-websocket-key");
        if (request.headerCount("sec-websocket-key") != 1 || !isValidKey(key)) {
            throw new HttpException(400, "Sec-WebSocket-Key must be 16 bytes in base64");
        }
        // 10.2: a server that only serves its own pages checks Origin to refuse cross-site scripts.
        if (!originAllowed(request, allowedOrigins)) {
            throw new HttpException(403, "Origin not allowed");
        }
        HttpResponse response = new HttpResponse(101, new LinkedHashMap<>(), new byte[0]);
        return response.withHeader("Upgrade", "websocket")
                .withHeader("Connection", "Upgrade")
                .withHeader("Sec-WebSocket-Accept", acceptValue(key));
    }

    /** Whether the request's Origin is allowed: any, with an empty allow-list; else only one of the list (none is not). */
    public static boolean originAllowed(HttpRequest request, Set<String> allowedOrigins) {
        if (allowedOrigins.isEmpty()) {
            return true;
        }
        String origin = request.header("origin");
        return origin != null && allowedOrigins.contains(origin);
    }

    static boolean isValidKey(String key) {
        if (key == null || key.length() != 24) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(key).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** base64(SHA-1(key + GUID)), section 4.2.2 step 5. */
    public static String acceptValue(String key) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] digest = sha1.digest((key + ACCEPT_GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
