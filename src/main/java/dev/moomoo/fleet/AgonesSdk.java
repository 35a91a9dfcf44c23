package dev.moomoo.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The Agones SDK's REST API on the sidecar of this pod, at {@code http://localhost:<port>/}. The paths and
 * bodies are the documented ones (agones.dev, "REST Game Server Client API", guides/client-sdks/rest/, and
 * the Counters of the beta API, {@code /v1beta1/counters/{name}}); src/site/architecture.md says when the
 * server calls them. Each call answers the HTTP status, or throws when the sidecar cannot be reached.
 */
public final class AgonesSdk {
    /** The SDK server's HTTP port when the pod sets no {@code AGONES_SDK_HTTP_PORT} (documented default). */
    public static final int DEFAULT_PORT = 9358;
    /** The environment variable through which Agones tells the game server the SDK's HTTP port. */
    public static final String PORT_VARIABLE = "AGONES_SDK_HTTP_PORT";

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    public AgonesSdk(int port, Duration timeout) {
        this.base = URI.create("http://localhost:" + port + "/");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The port: {@code configured} unless 0, else the one Agones sets in the environment, else the default. */
    public static int port(int configured, Map<String, String> env) {
        if (configured != 0) {
            return configured;
        }
        String set = env.get(PORT_VARIABLE);
        try {
            return set == null || set.isBlank() ? DEFAULT_PORT : Integer.parseInt(set.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_PORT;
        }
    }

    /** {@code POST /ready}: the game server takes players. */
    public int ready() throws IOException {
        return send("POST", "ready", "{}");
    }

    /** {@code POST /health}: one health ping; Agones marks the server unhealthy when they stop coming. */
    public int health() throws IOException {
        return send("POST", "health", "{}");
    }

    /** {@code POST /shutdown}: the game server is done; Agones deletes its pod. */
    public int shutdown() throws IOException {
        return send("POST", "shutdown", "{}");
    }

    /** {@code PUT /metadata/label}: a label on the GameServer (Agones prefixes the key with {@code agones.dev/sdk-}). */
    public int label(String key, String value) throws IOException {
        return send("PUT", "metadata/label", "{\"key\":" + Json.string(key) + ",\"value\":" + Json.string(value) + "}");
    }

    /**
     * {@code PATCH /v1beta1/counters/{name}} with an absolute {@code count} (int64, written as a JSON string
     * as the API's gateway writes it): setting the count rather than adding to it makes a retry harmless.
     */
    public int counter(String name, long count) throws IOException {
        return send("PATCH", "v1beta1/counters/" + name, "{\"count\":\"" + count + "\"}");
    }

    private int send(String method, String path, String body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The few JSON strings the SDK's bodies carry. */
    private static final class Json {
        static String string(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.append('"').toString();
        }
    }
}
