package dev.moomoo.fleet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A stand-in for the Agones SDK sidecar on loopback: it answers the documented REST paths with the status
 * the test sets (200 unless told otherwise) and records every call, in order, with its method, path, body,
 * time and the status it got.
 */
final class StandInSidecar implements AutoCloseable {
    /** One call the server made. */
    record Call(String method, String path, String body, long nanos, int status) {
        boolean is(String method, String path) {
            return this.method.equals(method) && this.path.equals(path);
        }
    }

    private final HttpServer http;
    private final List<Call> calls = new ArrayList<>();
    private volatile int status = 200;
    /** Statuses for some paths, before {@link #status}. */
    private final Map<String, Integer> byPath = new ConcurrentHashMap<>();
    private volatile Consumer<String> onCall = path -> { };

    /** Listens on {@code port} of loopback (0: a free one). */
    StandInSidecar(int port) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/", this::handle);
        http.start();
    }

    int port() {
        return http.getAddress().getPort();
    }

    /** The status every following call is answered with. */
    void answer(int status) {
        this.status = status;
    }

    /** The status every following call on {@code path} is answered with. */
    void answer(String path, int status) {
        byPath.put(path, status);
    }

    /** Runs {@code action} with a call's path before it is answered (and recorded). */
    void onCall(Consumer<String> action) {
        this.onCall = action;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        onCall.accept(path);
        int answered = byPath.getOrDefault(path, status);
        synchronized (calls) {
            calls.add(new Call(exchange.getRequestMethod(), path, body, System.nanoTime(), answered));
        }
        byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answered, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<Call> calls(String method, String path) {
        return calls().stream().filter(c -> c.is(method, path)).toList();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
