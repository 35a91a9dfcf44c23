package dev.moomoo.it;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.JsonReader;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A fleet on loopback (README, "The lobby" and "Stopping"): three game server processes of the runtime
 * image and a lobby process listing them from a static list. Players take their world from the lobby's
 * list (the least full), get a signed ticket from its {@code /join} and dial the world's socket as the
 * v1.9 page does. One game server is sent SIGTERM: it leaves the list while it drains, its players see
 * the countdown ({@code Z} down to 1), then the v1.9 client's "Server is restarting - pick another", and
 * find another world through the list; the players of the other two servers are not disturbed.
 */
class FleetSimulationIT {
    private static final int SERVERS = 3;
    private static final int PLAYERS_PER_SERVER = 2;
    /** The countdown of the drained server: long enough that the lobby's polls (every POLL_MS) see it drain. */
    private static final int DRAIN_SECONDS = 5;
    private static final int POLL_MS = 250;
    private static final String REGION = "eu-west";
    /** How long anything the test waits for may take on a busy machine: a start of the image, a poll, a join. */
    private static final long WAIT_MS = 30_000;

    private final List<Process> processes = new ArrayList<>();
    private final List<Player> players = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        for (Player p : players) {
            p.close();
        }
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void playersSpreadByTheListAndADrainedServerSendsItsPlayersElsewhere() throws Exception {
        Path image = Path.of(System.getProperty("moomoo.image", "target/image"));
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
        // One build of the page's protocol module for the whole fleet, as its Secret would be mounted.
        Path buildFile = dir.resolve("build-module.txt");
        BuildModule build = new BuildModuleFile(buildFile).loadOrCreate(new SecureRandom());

        int[] ports = new int[SERVERS];
        List<Process> games = new ArrayList<>();
        for (int i = 0; i < SERVERS; i++) {
            ports[i] = freePort();
            games.add(start(image, secret, List.of("--port=" + ports[i], "--bind=127.0.0.1", "--server-id=game-" + i,
                    // no animals: a bull that kills a standing player would take it out of the list's count
                    "--worlds=main:" + REGION + ":normal:20:animals=none", "--region=" + REGION, "--drain-seconds=" + DRAIN_SECONDS,
                    "--build-module-file=" + buildFile, "--state-dir=" + dir.resolve("state-" + i), "--shutdown-grace-ms=3000",
                    "--console=false", "--log-level=warn")));
        }
        int lobbyPort = freePort();
        StringBuilder servers = new StringBuilder();
        for (int port : ports) {
            servers.append(servers.isEmpty() ? "" : ",").append("http://127.0.0.1:").append(port);
        }
        start(image, secret, List.of("lobby", "--port=" + lobbyPort, "--bind=127.0.0.1", "--lobby-servers=" + servers,
                "--lobby-poll-ms=" + POLL_MS, "--joins-per-minute=1000", "--log-level=warn"));

        List<Map<String, Object>> list = awaitList(lobbyPort, l -> l.size() == SERVERS, "every game server listed");
        assertTrue(list.stream().allMatch(e -> REGION.equals(e.get("region"))));

        // Each player takes the least full world of the list as it is after the one before has joined.
        for (int n = 0; n < SERVERS * PLAYERS_PER_SERVER; n++) {
            Player p = join(lobbyPort, build, "p" + n);
            players.add(p);
            int joined = n + 1;
            awaitList(lobbyPort, l -> total(l) == joined, joined + " players counted in the list");
        }
        for (Map<String, Object> e : awaitList(lobbyPort, l -> total(l) == SERVERS * PLAYERS_PER_SERVER, "all counted")) {
            assertEquals(PLAYERS_PER_SERVER, count(e), "players spread evenly by the list: " + e);
        }

        String drainedKey = "game-0-main";
        List<Player> drained = players.stream().filter(p -> p.key.equals(drainedKey)).toList();
        List<Player> others = players.stream().filter(p -> !p.key.equals(drainedKey)).toList();
        assertEquals(PLAYERS_PER_SERVER, drained.size());
        int[] othersBefore = others.stream().mapToInt(p -> p.packets.get()).toArray();

        Process game0 = games.getFirst();
        long signalled = System.nanoTime();
        game0.destroy(); // SIGTERM
        awaitList(lobbyPort, l -> l.stream().noneMatch(e -> drainedKey.equals(e.get("key"))), "the draining server out of the list");
        double leftList = (System.nanoTime() - signalled) / 1e9;
        assertTrue(game0.isAlive(), "the server left the list while it still counted down, not after it closed");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[0] + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, health.statusCode(), "it says it drains: " + health.body());
        assertTrue(health.body().startsWith("draining"), health.body());

        for (Player p : drained) {
            p.awaitEnd(DRAIN_SECONDS * 1000L + WAIT_MS);
            List<Integer> countdown = p.countdown;
            assertFalse(countdown.isEmpty(), p.name + " saw no countdown");
            assertEquals(1, countdown.getLast(), p.name + "'s countdown ends at 1: " + countdown);
            for (int i = 1; i < countdown.size(); i++) {
                assertEquals(countdown.get(i - 1) - 1, countdown.get(i), p.name + " counts down a second at a time: " + countdown);
            }
            assertEquals(List.of("Server is restarting - pick another"), p.disconnects, p.name + " is told to pick another server");
            assertTrue(p.closedAfterNotice, p.name + " got the notice before the socket closed");
        }
        assertTrue(game0.waitFor(DRAIN_SECONDS + WAIT_MS / 1000, TimeUnit.SECONDS), "the drained server exits");
        assertEquals(0, game0.exitValue());
        System.out.printf(Locale.ROOT, "fleet: the drained server left the lobby's list %.2f s after SIGTERM and exited after %.2f s (drain %d s)%n",
                leftList, (System.nanoTime() - signalled) / 1e9, DRAIN_SECONDS);

        // They find another world through the list.
        for (Player p : drained) {
            Player again = join(lobbyPort, build, p.name);
            assertNotEquals(drainedKey, again.key);
            players.add(again);
        }
        List<Map<String, Object>> after = awaitList(lobbyPort, l -> total(l) == SERVERS * PLAYERS_PER_SERVER,
                "every player counted on the two servers left");
        assertEquals(SERVERS - 1, after.size());

        // Nobody else was disturbed: the others' sockets are open and their updates kept coming.
        for (int i = 0; i < others.size(); i++) {
            Player p = others.get(i);
            int before = othersBefore[i];
            p.awaitPackets(before + 20, WAIT_MS);
            assertTrue(p.disconnects.isEmpty() && p.closeCode.get() == -1 && p.countdown.isEmpty(),
                    p.name + " on " + p.key + " was not touched by the other server's drain");
        }
    }

    private Process start(Path image, String secret, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(image.resolve("bin/moomoo-server").toString());
        command.addAll(args);
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        b.environment().put("MOOMOO_JOIN_TICKET_SECRET", secret); // as the Secret reaches the pods: never on a command line
        Process p = b.start();
        processes.add(p);
        return p;
    }

    /** What the page does on Enter Game: the list, the least full world, {@code POST /join}, the socket, the spawn. */
    private Player join(int lobbyPort, BuildModule build, String name) throws Exception {
        Map<String, Object> world = fetchList(lobbyPort).stream()
                .filter(e -> count(e) < ((Number) e.get("playerCapacity")).intValue())
                .min(Comparator.comparingInt(FleetSimulationIT::count).thenComparing(e -> (String) e.get("key")))
                .orElseThrow(() -> new AssertionError("no world with room"));
        String key = (String) world.get("key");
        HttpResponse<String> join = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lobbyPort + "/join"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"did\":\"device-" + name + "\",\"host\":\"" + key + "." + REGION + ".moomoo.io\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, join.statusCode(), join.body());
        String ticket = (String) JsonReader.flatObject(join.body()).get("ticket");
        URI socket = URI.create((String) world.get("socket"));
        String worldName = socket.getPath().substring("/s/".length());
        GameClient c = GameClient.connectKeyed(socket.getHost(), socket.getPort(), worldName, "tk:" + ticket, build, null, (int) WAIT_MS);
        c.receiveUntil(ServerPacket.TribeList.class);
        c.send(new ClientPacket.Spawn(name, false, 1));
        c.receiveUntil(ServerPacket.SetupGame.class);
        return new Player(name, key, c);
    }

    private List<Map<String, Object>> awaitList(int lobbyPort, Predicate<List<Map<String, Object>>> done, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        List<Map<String, Object>> last = List.of();
        while (System.nanoTime() < deadline) {
            try {
                last = fetchList(lobbyPort);
                if (done.test(last)) {
                    return last;
                }
            } catch (IOException notYet) {
                // the lobby is still starting
            }
            Thread.sleep(POLL_MS / 5);
        }
        throw new AssertionError("waited " + WAIT_MS + " ms for " + what + "; the list: " + last);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> fetchList(int lobbyPort) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lobbyPort + "/servers?v=1.28")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("list answered " + r.statusCode());
        }
        return (List<Map<String, Object>>) (List<?>) JsonReader.value(r.body());
    }

    private static int count(Map<String, Object> entry) {
        return ((Number) entry.get("playerCount")).intValue();
    }

    private static int total(List<Map<String, Object>> list) {
        return list.stream().mapToInt(FleetSimulationIT::count).sum();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    /** A joined player whose packets a virtual thread reads to the end, keeping what the test asks of. */
    private static final class Player {
        final String name;
        final String key;
        final GameClient client;
        final AtomicInteger packets = new AtomicInteger();
        final AtomicInteger closeCode = new AtomicInteger(-1);
        final List<Integer> countdown = new CopyOnWriteArrayList<>();
        final List<String> disconnects = new CopyOnWriteArrayList<>();
        volatile boolean closedAfterNotice;
        private final Thread reader;

        Player(String name, String key, GameClient client) {
            this.name = name;
            this.key = key;
            this.client = client;
            this.reader = Thread.ofVirtual().name("player-" + name).start(this::read);
        }

        private void read() {
            try {
                ServerPacket p;
                while ((p = client.receive()) != null) {
                    packets.incrementAndGet();
                    switch (p) {
                        case ServerPacket.RestartNotice n -> countdown.add(n.seconds());
                        case ServerPacket.Disconnect d -> disconnects.add(d.reason());
                        default -> {
                        }
                    }
                }
                closedAfterNotice = !disconnects.isEmpty();
                closeCode.set(client.closeCode());
            } catch (IOException e) {
                closeCode.set(0);
            }
        }

        void awaitEnd(long millis) throws InterruptedException {
            assertTrue(reader.join(Duration.ofMillis(millis)), name + "'s socket still open after " + millis + " ms");
        }

        void awaitPackets(int n, long millis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (packets.get() < n && System.nanoTime() < deadline && reader.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(packets.get() >= n, name + " got " + packets.get() + " packets, expected at least " + n);
        }

        void close() {
            try {
                client.close();
            } catch (IOException ignored) {
                // closing at the end of the test
            }
        }
    }
}
