package dev.moomoo.fleet.lobby;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A stand-in for the Kubernetes API on loopback (plain http): it answers every GET with the status and
 * body the test sets, and records each call's path, decoded query and Authorization header.
 */
final class StandInKubernetes implements AutoCloseable {
    record Call(String path, String query, String authorization) {
    }

    private final HttpServer http;
    private final List<Call> calls = new ArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{\"items\":[]}";

    StandInKubernetes() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/", this::handle);
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    private void handle(HttpExchange exchange) throws IOException {
        synchronized (calls) {
            calls.add(new Call(exchange.getRequestURI().getPath(), exchange.getRequestURI().getQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization")));
        }
        byte[] reply = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
