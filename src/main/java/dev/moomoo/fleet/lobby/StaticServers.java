package dev.moomoo.fleet.lobby;

import dev.moomoo.protocol.JsonReader;
import dev.moomoo.server.GameServer;
import org.tinylog.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The game servers of the setting {@code lobby-servers}, each asked at every poll for its health
 * ({@code GET /healthz}: 200, and the line that names its server id) and its worlds
 * ({@code GET /api/servers}, the v1.9 list). A server that does not answer both with 200, or lists no
 * world (as it does while it stops), is left out of that poll's list; it is back once it answers again.
 * The servers are asked at once, each within {@code timeout}.
 */
final class StaticServers implements FleetSource {
    private final List<URI> bases;
    private final HttpClient http;
    private final Duration timeout;

    StaticServers(List<URI> bases, HttpClient http, Duration timeout) {
        this.bases = List.copyOf(bases);
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public List<FleetWorld> poll() {
        List<CompletableFuture<List<FleetWorld>>> asked = bases.stream().map(this::ask).toList();
        List<FleetWorld> worlds = new ArrayList<>();
        asked.forEach(answer -> worlds.addAll(answer.join())); // ask() answers every failure with no world
        return worlds;
    }

    /** The worlds of the server at {@code base}, or none when it is unhealthy, unreachable or says something unreadable. */
    private CompletableFuture<List<FleetWorld>> ask(URI base) {
        CompletableFuture<HttpResponse<String>> health = get(base, "/healthz");
        CompletableFuture<HttpResponse<String>> list = get(base, "/api/servers");
        return health.thenCombine(list, (h, l) -> worlds(base, h, l)).exceptionally(e -> {
            Logger.debug("game server {} left out: {}", base, e.getCause() != null ? e.getCause().toString() : e.toString());
            return List.of();
        });
    }

    private CompletableFuture<HttpResponse<String>> get(URI base, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build();
        return BoundedAnswers.send(http, request, timeout);
    }

    private static List<FleetWorld> worlds(URI base, HttpResponse<String> health, HttpResponse<String> list) {
        if (health.statusCode() != 200 || list.statusCode() != 200) {
            throw new IllegalStateException("answered /healthz " + health.statusCode() + ", /api/servers " + list.statusCode());
        }
        String serverId = health.body().lines().filter(line -> line.startsWith(GameServer.HEALTHZ_SERVER)).findFirst()
                .map(line -> line.substring(GameServer.HEALTHZ_SERVER.length()).strip())
                .orElseThrow(() -> new IllegalStateException("/healthz names no server id"));
        boolean secure = base.getScheme().equals("https");
        int port = base.getPort() > 0 ? base.getPort() : secure ? 443 : 80;
        // host and port only: a user:password in the setting is the lobby's business, never the players'
        String origin = (secure ? "wss://" : "ws://") + (base.getHost().contains(":") ? "[" + base.getHost() + "]" : base.getHost()) + ":" + port;
        List<FleetWorld> worlds = new ArrayList<>();
        if (!(JsonReader.value(list.body()) instanceof List<?> entries)) {
            throw new IllegalStateException("/api/servers is not an array");
        }
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> m && m.get("key") instanceof String key && m.get("region") instanceof String region
                    && m.get("playerCount") instanceof Double count && m.get("playerCapacity") instanceof Double capacity)) {
                throw new IllegalStateException("an entry of /api/servers without key, region, playerCount and playerCapacity");
            }
            String regionName = m.get("regionName") instanceof String label ? label : "";
            worlds.add(new FleetWorld(serverId, key, region, regionName, count.intValue(), capacity.intValue(), origin, port));
        }
        return worlds;
    }
}
