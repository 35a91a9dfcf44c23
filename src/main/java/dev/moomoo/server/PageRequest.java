package dev.moomoo.server;

import dev.moomoo.net.http.HttpRequest;

import java.net.InetAddress;

/**
 * A plain HTTP request and the address it came from, as page handlers see it; {@code body} is what a
 * web service was sent ({@code POST}), empty for pages.
 */
public record PageRequest(HttpRequest request, InetAddress remote, byte[] body) {
    /** A request without a body: what every page gets. */
    public PageRequest(HttpRequest request, InetAddress remote) {
        this(request, remote, new byte[0]);
    }
}
