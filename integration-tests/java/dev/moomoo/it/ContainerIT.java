package dev.moomoo.it;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The server in its container, built from scratch from the runtime image, driven over the mapped port. */
class ContainerIT {
    private static final String ADMIN_TOKEN = "it-admin";
    /** An address from TEST-NET-3 (RFC 5737): banned and unbanned, never seen. */
    private static final String BANNED = "203.0.113.9";

    private GenericContainer<?> container;

    /** Logs in as admin over chat (connected as the own client, which gets answers at once) and runs one command. */
    private static String adminCommand(String host, int port, String command) throws IOException {
        try (GameClient admin = GameClient.connect(host, port, "/?client=moomoo-server", null, Profile.ERA_2, 10_000)) {
            spawn(admin, "admin");
            admin.send(new ClientPacket.Chat("/login " + ADMIN_TOKEN));
            assertEquals("logged in as admin", notice(admin));
            admin.send(new ClientPacket.Chat("/" + command));
            return notice(admin);
        }
    }

    private static String notice(GameClient c) throws IOException {
        while (true) {
            ServerPacket.Chat chat = c.receiveUntil(ServerPacket.Chat.class);
            if (chat.sid() == -1) {
                return chat.message();
            }
        }
    }

    @BeforeAll
    static void docker() {
        Docker.requireDocker();
    }

    @BeforeEach
    void start() {
        container = new GenericContainer<>(Docker.image())
                .withExposedPorts(3000)
                // A small map, so that every player sees every other one wherever they spawn,
                .withEnv("MOOMOO_MAP_SIZE", "600").withEnv("MOOMOO_ANIMALS", "none") // and no bull to kill them on it
                .withEnv("MOOMOO_ADMIN_TOKEN", ADMIN_TOKEN)
                // no drain: the SIGTERM test is about 1001, the exit status and the restart (DrainTest covers the drain)
                .withEnv("MOOMOO_DRAIN_SECONDS", "0")
                .withEnv("MOOMOO_TREES", "0").withEnv("MOOMOO_BUSHES", "0").withEnv("MOOMOO_ROCKS", "0").withEnv("MOOMOO_GOLD_ORES", "0")
                .waitingFor(Wait.forHttp("/healthz").forStatusCode(200).withStartupTimeout(Duration.ofSeconds(60)));
        container.start();
    }

    @AfterEach
    void stop() {
        if (container != null) {
            container.stop();
        }
    }

    private GameClient connect() throws IOException {
        return GameClient.connect(container.getHost(), container.getMappedPort(3000), null, Profile.ERA_2, 10_000);
    }

    private static int spawn(GameClient c, String name) throws IOException {
        assertInstanceOf(ServerPacket.IoInit.class, c.receive(), "io-init first");
        c.receiveUntil(ServerPacket.TribeList.class);
        c.send(new ClientPacket.Spawn(name, false, 1));
        int sid = c.receiveUntil(ServerPacket.SetupGame.class).yourSid();
        assertTrue(c.receiveUntil(ServerPacket.AddPlayer.class).isYou());
        return sid;
    }

    @Test
    void playersSpawnSeeEachOtherMoveChatAndPing() throws Exception {
        try (GameClient alice = connect(); GameClient bob = connect()) {
            int a = spawn(alice, "alice");
            int b = spawn(bob, "bob");
            ServerPacket.AddPlayer seen = alice.receiveUntil(ServerPacket.AddPlayer.class);
            assertEquals(b, seen.player().sid());
            assertEquals("bob", seen.player().name());

            double startY = stateOf(bob, a).y();
            alice.send(new ClientPacket.Move(Math.PI / 2)); // down
            double y = startY;
            for (int i = 0; i < 40 && Math.abs(y - startY) < 20; i++) {
                y = stateOf(bob, a).y();
            }
            assertTrue(Math.abs(y - startY) >= 20 || y >= 600 - 35 - 1e-6, "bob saw alice move: " + startY + " -> " + y);

            alice.send(new ClientPacket.Chat("moo"));
            ServerPacket.Chat chat = bob.receiveUntil(ServerPacket.Chat.class);
            assertEquals(a, chat.sid());
            assertEquals("moo", chat.message());

            bob.send(new ClientPacket.Ping());
            bob.receiveUntil(ServerPacket.Pong.class);
        }
    }

    private static ServerPacket.PlayerState stateOf(GameClient c, int sid) throws IOException {
        for (int i = 0; i < 100; i++) {
            ServerPacket.UpdatePlayers u = c.receiveUntil(ServerPacket.UpdatePlayers.class);
            for (ServerPacket.PlayerState s : u.players()) {
                if (s.sid() == sid) {
                    return s;
                }
            }
        }
        throw new AssertionError("sid " + sid + " never in view");
    }

    @Test
    void sigtermClosesEveryClientWith1001AndExitsZeroThenARestartServesAgain() throws Exception {
        List<GameClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                GameClient c = connect();
                spawn(c, "p" + i);
                clients.add(c);
            }
            // A ban is kept in the state directory, which the container's user 10001 can write.
            assertEquals("banned " + BANNED + ", 0 connection(s) closed",
                    adminCommand(container.getHost(), container.getMappedPort(3000), "ban " + BANNED));
            DockerClient docker = container.getDockerClient();
            String id = container.getContainerId();
            long sent = System.nanoTime();
            docker.killContainerCmd(id).withSignal("SIGTERM").exec();
            for (GameClient c : clients) {
                ServerPacket p;
                boolean notice = false;
                while ((p = c.receive()) != null) {
                    // updates until the Close; the restart notice comes before it
                    notice |= p instanceof ServerPacket.RestartNotice;
                }
                assertTrue(notice, "the restart notice before the Close");
                assertEquals(1001, c.closeCode(), "Close 1001 on SIGTERM");
            }
            InspectContainerResponse.ContainerState state = awaitExit(docker, id, Duration.ofSeconds(15));
            double seconds = (System.nanoTime() - sent) / 1e9;
            assertEquals(0L, state.getExitCodeLong(), "exit code after SIGTERM");
            assertTrue(seconds < 15, "exited within 15 s of SIGTERM: " + seconds);

            // Restart the same container; clients can connect and play again.
            docker.startContainerCmd(id).exec();
            int port = awaitPort(docker, id, Duration.ofSeconds(30));
            GameClient again = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (again == null) {
                try {
                    again = GameClient.connect(container.getHost(), port, null, Profile.ERA_2, 5000);
                } catch (IOException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                    sleepBriefly();
                }
            }
            try (GameClient c = again) {
                spawn(c, "back");
                c.send(new ClientPacket.Ping());
                c.receiveUntil(ServerPacket.Pong.class);
            }
            // The ban outlived the restart (it was read back from the state directory).
            assertEquals("unbanned " + BANNED, adminCommand(container.getHost(), port, "unban " + BANNED));
        } finally {
            for (GameClient c : clients) {
                c.close();
            }
        }
    }

    /** Waits for the container to stop and returns its state. */
    static InspectContainerResponse.ContainerState awaitExit(DockerClient docker, String id, Duration timeout) {
        docker.waitContainerCmd(id).start().awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return docker.inspectContainerCmd(id).exec().getState();
    }

    private static int awaitPort(DockerClient docker, String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var bindings = docker.inspectContainerCmd(id).exec().getNetworkSettings().getPorts().getBindings();
            for (var e : bindings.entrySet()) {
                if (e.getKey().getPort() == 3000 && e.getValue() != null && e.getValue().length > 0) {
                    return Integer.parseInt(e.getValue()[0].getHostPortSpec());
                }
            }
            sleepBriefly();
        }
        throw new AssertionError("no port mapping for 3000 after restart");
    }

    /** Between polls of a condition that has its own deadline. */
    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
