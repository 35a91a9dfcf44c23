package dev.moomoo.net.http;

import java.util.List;
import java.util.Locale;

/**
 * A parsed HTTP/1.1 request head.
 *
 * @param method   the method token, as sent
 * @param target   the request target, path and query
 * @param version  for example {@code HTTP/1.1}
 * @param headers  header fields in order, names lower-cased
 * @param leftover bytes that arrived after the head (the start of the first WebSocket frame, if any)
 */
public record HttpRequest(String method, String target, String version, List<Header> headers, byte[] leftover) {

    public record Header(String name, String value) {
    }

    /** The path part of the target, without the query string. */
    public String path() {
        return RequestTarget.path(target);
    }

    /** The value of the query parameter {@code name}, or null (no percent-decoding: tokens are plain). */
    public String queryParameter(String name) {
        return RequestTarget.queryParameter(target, name);
    }

    /** The first value of header {@code name} (any case), or null. */
    public String header(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Header h : headers) {
            if (h.name().equals(lower)) {
                return h.value();
            }
        }
        return null;
    }

    /** How many times header {@code name} occurs. */
    public int headerCount(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int n = 0;
        for (Header h : headers) {
            if (h.name().equals(lower)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether any occurrence of header {@code name} lists {@code token} in its comma-separated value,
     * compared case-insensitively: browsers send {@code Connection: keep-alive, Upgrade}.
     */
    public boolean hasToken(String name, String token) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Header h : headers) {
            if (h.name().equals(lower)) {
                for (String part : h.value().split(",")) {
                    if (part.trim().equalsIgnoreCase(token)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
