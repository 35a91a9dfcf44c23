package dev.moomoo.server;

import dev.moomoo.net.http.HttpRequest;

import java.net.InetAddress;

/** A plain HTTP request and the address it came from, as page handlers see it. */
public record PageRequest(HttpRequest request, InetAddress remote) {
}
