package dev.moomoo.fleet.lobby;

import dev.moomoo.config.Settings;
import dev.moomoo.protocol.JsonReader;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A test's side of a lobby on loopback: its settings, and requests to it as a page makes them. */
final class LobbyHttp {
    static final String SECRET = "a-fleet-secret-of-more-than-32-bytes-for-tests";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LobbyHttp() {
    }

    /** The lobby's settings: loopback, a free port, the test secret, and {@code more} ({@code name, value, ...}). */
    static LobbyConfig config(String... more) {
        Map<String, String> flags = new HashMap<>(Map.of("bind", "127.0.0.1", "port", "0", "join-ticket-secret", SECRET));
        for (int i = 0; i < more.length; i += 2) {
            flags.put(more[i], more[i + 1]);
        }
        return LobbyConfig.from(Settings.resolve(LobbyConfig.SETTINGS, flags, Map.of()));
    }

    static HttpResponse<String> get(int port, String target) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(int port, String target, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The list's entries as both pages read them. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> servers(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = get(port, "/servers?v=1.28");
        if (r.statusCode() != 200) {
            throw new AssertionError("GET /servers answered " + r.statusCode());
        }
        return (List<Map<String, Object>>) JsonReader.value(r.body());
    }
}
