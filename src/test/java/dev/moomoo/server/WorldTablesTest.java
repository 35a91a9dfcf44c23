package dev.moomoo.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code /game-data.json} is the default world's tables, {@code ?world=<name>} that world's (a sandbox world's
 * rules are in them: the own client shows its free buildings and raised limits), 404 for a world not here.
 */
class WorldTablesTest {
    @TempDir
    Path state;

    @Test
    void eachWorldItsOwnTables() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (GameServer server = GameServer.start(ServerConfig.defaults(Map.of("port", "0", "bind", "127.0.0.1", "console", "false",
                "state-dir", state.toString(), "worlds", "main:local:normal:10,sandbox:local:sandbox:10", "trees", "0")))) {
            String base = "http://127.0.0.1:" + server.port() + "/game-data.json";
            HttpResponse<String> main = http.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> sandbox = http.send(HttpRequest.newBuilder(URI.create(base + "?world=sandbox")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create(base + "?world=nowhere")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, main.statusCode());
            assertTrue(main.body().contains("\"sandbox\":false"), "the default world is normal");
            assertEquals(200, sandbox.statusCode());
            assertTrue(sandbox.body().contains("\"sandbox\":true"), "the sandbox world's tables");
            assertEquals(404, none.statusCode());
        }
    }
}
