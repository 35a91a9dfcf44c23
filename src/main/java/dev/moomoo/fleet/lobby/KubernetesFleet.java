package dev.moomoo.fleet.lobby;

import dev.moomoo.protocol.JsonReader;
import org.tinylog.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.Map;
import java.util.Set;

/**
 * The GameServers of an Agones Fleet, listed through the Kubernetes API at each poll:
 * {@code GET /apis/agones.dev/v1/namespaces/<ns>/gameservers?labelSelector=agones.dev/fleet=<fleet>}
 * with the service account's bearer token (read anew each time: Kubernetes rotates it). Of each
 * GameServer (field names from Agones' GameServer reference): {@code metadata.name} is its server id;
 * {@code metadata.labels} hold what the server set through the SDK, which Agones prefixes with
 * {@code agones.dev/sdk-} ({@code region}, {@code worlds} joined by dots, {@code draining}: such a server
 * is left out); only {@code status.state} Ready or Allocated is listed; {@code status.address} and the
 * {@code status.ports} entry named {@code portName} are where the page dials; {@code status.counters}
 * {@code players-<world>} give each world's count and capacity (a world without its counter is left out).
 */
final class KubernetesFleet implements FleetSource {
    /** Where a pod finds its service account's credentials (Kubernetes, "Accessing the API from a Pod"). */
    static final Path SERVICE_ACCOUNT = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");
    private static final String SDK_LABEL = "agones.dev/sdk-";
    private static final Set<String> LISTED_STATES = Set.of("Ready", "Allocated");

    /** The GameServer list's URL, with the Fleet's label selector. */
    private final URI gameServers;
    private final Path tokenFile;
    private final HttpClient http;
    private final Duration timeout;
    private final String portName;

    KubernetesFleet(URI api, String namespace, String fleet, String portName, Path tokenFile, HttpClient http, Duration timeout) {
        String selector = URLEncoder.encode("agones.dev/fleet=" + fleet, StandardCharsets.UTF_8);
        this.gameServers = URI.create(api.toString().replaceAll("/+$", "") + "/apis/agones.dev/v1/namespaces/" + namespace + "/gameservers?labelSelector=" + selector);
        this.tokenFile = tokenFile;
        this.http = http;
        this.timeout = timeout;
        this.portName = portName;
    }

    @Override
    public List<FleetWorld> poll() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gameServers).timeout(timeout).header("Accept", "application/json").GET();
        if (Files.isReadable(tokenFile)) {
            request.header("Authorization", "Bearer " + Files.readString(tokenFile).strip());
        }
        HttpResponse<String> answer;
        try {
            answer = BoundedAnswers.send(http, request.build(), timeout).get();
        } catch (ExecutionException | CancellationException e) {
            throw new IOException("the Kubernetes API's GameServer list not read within " + timeout.toMillis() + " ms: "
                    + (e.getCause() != null ? e.getCause() : e));
        }
        if (answer.statusCode() != 200) {
            throw new IOException("the Kubernetes API answered " + answer.statusCode() + " to " + gameServers);
        }
        Object body;
        try {
            body = JsonReader.value(answer.body());
        } catch (IllegalArgumentException e) {
            throw new IOException("the Kubernetes API's GameServer list: " + e.getMessage());
        }
        List<FleetWorld> worlds = new ArrayList<>();
        for (Object item : list(body, "items")) {
            worlds.addAll(worldsOf(item));
        }
        return worlds;
    }

    /** The worlds of one GameServer, none when it is not to be listed. */
    private List<FleetWorld> worldsOf(Object gameServer) {
        String name = text(gameServer, "metadata", "name");
        Map<?, ?> labels = map(gameServer, "metadata", "labels");
        String state = text(gameServer, "status", "state");
        String address = text(gameServer, "status", "address");
        if (name == null || state == null || !LISTED_STATES.contains(state) || labels.containsKey(SDK_LABEL + "draining") || address == null) {
            return List.of();
        }
        if (!(labels.get(SDK_LABEL + "region") instanceof String region) || !(labels.get(SDK_LABEL + "worlds") instanceof String worldNames)) {
            Logger.debug("GameServer {} left out: no region and worlds labels yet", name);
            return List.of();
        }
        Integer port = null;
        for (Object p : list(map(gameServer, "status"), "ports")) {
            if (portName.equals(text(p, "name")) && at(p, "port") instanceof Double n) {
                port = n.intValue();
            }
        }
        if (port == null) {
            Logger.debug("GameServer {} left out: no port named {}", name, portName);
            return List.of();
        }
        String origin = "ws://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
        Map<?, ?> counters = map(gameServer, "status", "counters");
        List<FleetWorld> worlds = new ArrayList<>();
        for (String world : worldNames.split("\\.")) {
            Object counter = counters.get("players-" + world);
            if (at(counter, "count") instanceof Double count && at(counter, "capacity") instanceof Double capacity) {
                worlds.add(new FleetWorld(name, world, region, "", count.intValue(), capacity.intValue(), origin, port));
            } else {
                Logger.debug("GameServer {}: world {} left out: no counter players-{}", name, world, world);
            }
        }
        return worlds;
    }

    /** What is at {@code path} in nested maps, null when something on the way is missing. */
    private static Object at(Object value, String... path) {
        Object at = value;
        for (String key : path) {
            at = at instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return at;
    }

    private static Map<?, ?> map(Object value, String... path) {
        return at(value, path) instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String text(Object value, String... path) {
        return at(value, path) instanceof String s ? s : null;
    }

    private static List<?> list(Object value, String key) {
        return at(value, key) instanceof List<?> l ? l : List.of();
    }
}
