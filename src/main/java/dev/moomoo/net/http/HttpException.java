package dev.moomoo.net.http;

import java.util.Map;

/**
 * A request that gets an HTTP error answer and then a closed connection. {@code reason} names the
 * problem in one line and becomes the response body; {@code extraHeaders} carries headers that the
 * status requires (for example {@code Sec-WebSocket-Version} with 426).
 */
public final class HttpException extends Exception {
    private final int status;
    private final Map<String, String> extraHeaders;

    public HttpException(int status, String reason) {
        this(status, reason, Map.of());
    }

    public HttpException(int status, String reason, Map<String, String> extraHeaders) {
        super(reason, null, false, false);
        this.status = status;
        this.extraHeaders = extraHeaders;
    }

    public int status() {
        return status;
    }

    public Map<String, String> extraHeaders() {
        return extraHeaders;
    }
}
