package dev.moomoo.fleet.lobby;

import dev.moomoo.fleet.ticket.SignedTicketGate;
import dev.moomoo.fleet.ticket.TicketSecret;
import dev.moomoo.fleet.ticket.TicketSigner;
import dev.moomoo.gateway.JoinGate;
import dev.moomoo.gateway.JoinGate.Admission;
import dev.moomoo.protocol.JsonReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.moomoo.fleet.lobby.LobbyHttp.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The lobby over an Agones Fleet, read through a stand-in Kubernetes API serving GameServer lists
 * written by hand with the field names of Agones' GameServer reference (metadata.name and labels, the
 * SDK's labels prefixed agones.dev/sdk-, status.state, address, ports and counters).
 */
class KubernetesLobbyTest {
    /** One GameServer as the Kubernetes API lists it; {@code labels} and {@code status} are JSON members. */
    private static String gameServer(String name, String labels, String status) {
        return """
                {"apiVersion":"agones.dev/v1","kind":"GameServer",
                 "metadata":{"name":"%s","namespace":"games","uid":"0d1c3b8e","resourceVersion":"4711",
                   "labels":{"agones.dev/fleet":"moomoo","agones.dev/gameserverset":"moomoo-x7k2p"%s}},
                 "spec":{"container":"moomoo-server","ports":[{"name":"game","portPolicy":"Dynamic","containerPort":3000,"protocol":"TCP"}]},
                 "status":{%s}}""".formatted(name, labels, status);
    }

    private static final String WORLDS = ",\"agones.dev/sdk-region\":\"eu-west\",\"agones.dev/sdk-worlds\":\"main.sandbox\"";
    private static final String PORTS = "\"ports\":[{\"name\":\"metrics\",\"port\":9100},{\"name\":\"game\",\"port\":7021}]";
    private static final String COUNTERS = "\"counters\":{\"players-main\":{\"count\":3,\"capacity\":40},\"players-sandbox\":{\"count\":40,\"capacity\":40}}";

    private static String state(String state, String address) {
        return "\"state\":\"" + state + "\",\"address\":\"" + address + "\"," + PORTS + "," + COUNTERS;
    }

    private static final String LIST = """
            {"apiVersion":"agones.dev/v1","kind":"GameServerList","metadata":{"resourceVersion":"4800"},"items":[%s]}""".formatted(String.join(",",
            gameServer("moomoo-x7k2p-aaaaa", WORLDS, state("Ready", "203.0.113.10")),
            gameServer("moomoo-x7k2p-bbbbb", WORLDS, state("Allocated", "203.0.113.11")),
            gameServer("moomoo-x7k2p-ccccc", WORLDS, state("Scheduled", "203.0.113.12")),
            gameServer("moomoo-x7k2p-ddddd", WORLDS, state("Unhealthy", "203.0.113.13")),
            gameServer("moomoo-x7k2p-eeeee", WORLDS + ",\"agones.dev/sdk-draining\":\"true\"", state("Allocated", "203.0.113.14")),
            gameServer("moomoo-x7k2p-fffff", "", state("Ready", "203.0.113.15")),
            gameServer("moomoo-x7k2p-iiiii", WORLDS, "\"conditions\":[]"),
            gameServer("moomoo-x7k2p-ggggg", WORLDS, "\"state\":\"Ready\",\"address\":\"203.0.113.16\",\"ports\":[{\"name\":\"metrics\",\"port\":9100}]," + COUNTERS),
            gameServer("moomoo-x7k2p-hhhhh", WORLDS, "\"state\":\"Ready\",\"address\":\"203.0.113.17\"," + PORTS
                    + ",\"counters\":{\"players-main\":{\"count\":0,\"capacity\":40}}")));

    @TempDir
    Path dir;
    private StandInKubernetes api;
    private Lobby lobby;

    @BeforeEach
    void startApi() throws IOException {
        api = new StandInKubernetes();
    }

    @AfterEach
    void stop() {
        if (lobby != null) {
            lobby.close();
        }
        api.close();
    }

    private Lobby start(Path token) throws Exception {
        LobbyConfig config = config("lobby-fleet", "moomoo", "lobby-namespace", "games", "kubernetes-api", api.url(), "lobby-poll-ms", "600000");
        FleetSource source = new KubernetesFleet(URI.create(api.url()), "games", "moomoo", "game", token, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), Duration.ofSeconds(2));
        lobby = Lobby.start(config, source, new TicketSigner(new TicketSecret(SECRET), InstantSource.system(), Duration.ofSeconds(30), new SecureRandom()));
        return lobby;
    }

    @Test
    void readyAndAllocatedServersAreListedWithTheirAddressPortAndCounters() throws Exception {
        api.answer(200, LIST);
        Path token = Files.writeString(dir.resolve("token"), "token-abc\n");
        start(token);

        StandInKubernetes.Call call = api.calls().getFirst();
        assertEquals("/apis/agones.dev/v1/namespaces/games/gameservers", call.path());
        assertEquals("labelSelector=agones.dev/fleet=moomoo", call.query());
        assertEquals("Bearer token-abc", call.authorization());

        Map<String, Map<String, Object>> byKey = servers(lobby.port()).stream().collect(Collectors.toMap(e -> (String) e.get("key"), e -> e));
        assertEquals(List.of("moomoo-x7k2p-aaaaa-main", "moomoo-x7k2p-aaaaa-sandbox", "moomoo-x7k2p-bbbbb-main", "moomoo-x7k2p-bbbbb-sandbox",
                        "moomoo-x7k2p-hhhhh-main"), byKey.keySet().stream().sorted().toList(),
                "Ready and Allocated only; not draining, not without labels or a state yet, not without the game port; a world without its counter left out");
        Map<String, Object> a = byKey.get("moomoo-x7k2p-aaaaa-main");
        assertEquals("eu-west", a.get("region"));
        assertEquals(3.0, a.get("playerCount"));
        assertEquals(40.0, a.get("playerCapacity"));
        assertEquals(7021.0, a.get("port"));
        assertEquals("ws://203.0.113.10:7021/s/main", a.get("socket"));
        Map<String, Object> full = byKey.get("moomoo-x7k2p-bbbbb-sandbox");
        assertEquals(full.get("playerCapacity"), full.get("playerCount"), "a full world stays listed: the pages show it full");
        assertEquals(5, byKey.values().stream().map(e -> e.get("region") + ":" + e.get("name")).distinct().count(), "names unique within the region");

        String answer = post(lobby.port(), "/join", "{\"did\":\"device-123456\",\"host\":\"moomoo-x7k2p-bbbbb-sandbox.eu-west.moomoo.io\"}").body();
        String ticket = "tk:" + JsonReader.flatObject(answer).get("ticket");
        JoinGate gameServerB = new SignedTicketGate(new TicketSecret(SECRET), "moomoo-x7k2p-bbbbb", InstantSource.system(), 10,
                (w, t) -> new Admission.Refused("own"));
        assertEquals(new Admission.Admitted("device-123456"), gameServerB.admit("sandbox", ticket));

        Files.writeString(token, "token-rotated");
        assertTrue(lobby.refresh());
        assertEquals("Bearer token-rotated", api.calls().getLast().authorization(), "the token is read anew: Kubernetes rotates it");
    }

    @Test
    void whenTheApiFailsTheLastListStays() throws Exception {
        api.answer(200, LIST);
        start(dir.resolve("no-token"));
        assertNull(api.calls().getFirst().authorization(), "no token file: no Authorization header");
        int listed = servers(lobby.port()).size();
        api.answer(500, "{\"kind\":\"Status\",\"status\":\"Failure\"}");
        assertFalse(lobby.refresh());
        assertEquals(listed, servers(lobby.port()).size());
        api.answer(200, "{\"kind\":\"GameServerList\",\"items\":[]}");
        assertTrue(lobby.refresh());
        assertEquals(List.of(), servers(lobby.port()), "an empty fleet lists nothing");
    }
}
