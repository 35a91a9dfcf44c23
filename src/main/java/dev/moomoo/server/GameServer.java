package dev.moomoo.server;

import dev.moomoo.config.ServerConfig;
import dev.moomoo.game.TickLoop;
import dev.moomoo.game.World;
import dev.moomoo.gateway.GameEndpoint;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.session.EchoEndpoint;
import dev.moomoo.protocol.CodeTable;

import java.io.IOException;
import java.util.Locale;

/**
 * The whole application: one world and its tick thread, the game endpoint on every WebSocket path,
 * the echo endpoint when enabled, and the pages, all on one port.
 */
public final class GameServer implements AutoCloseable {
    private final ServerConfig config;
    private final World world;
    private final TickLoop tickLoop;
    private final GameEndpoint endpoint;
    private final Server server;

    private GameServer(ServerConfig config) throws IOException {
        this.config = config;
        this.world = new World("main", config.game());
        this.endpoint = new GameEndpoint(world, CodeTable.forEra(config.era()),
                GameEndpoint.ViolationPolicy.valueOf(config.violationPolicy().toUpperCase(Locale.ROOT)), config.violationLimit());
        this.tickLoop = new TickLoop(world).start();
        this.server = Server.start(config, routes());
    }

    public static GameServer start(ServerConfig config) throws IOException {
        return new GameServer(config);
    }

    private Routes routes() {
        Routes routes = new Routes()
                .page("/", r -> HttpResponse.text(200, Main.NAME + " " + Main.version() + "\n"))
                .page("/healthz", r -> healthy() ? HttpResponse.text(200, "ok\n") : HttpResponse.text(503, "unhealthy\n"))
                .socketOnAnyPath(endpoint);
        if (config.echoEnabled()) {
            routes.socket("/echo", new EchoEndpoint());
        }
        return routes;
    }

    /**
     * Healthy while the tick keeps its schedule (the last tick ended less than three tick periods
     * ago) and the server is not shutting down.
     */
    public boolean healthy() {
        long sinceLastTick = System.nanoTime() - tickLoop.stats().lastTickEndNanos();
        return !server.isStopping() && sinceLastTick < 3 * config.game().tickMillis() * 1_000_000L;
    }

    public Server server() {
        return server;
    }

    public World world() {
        return world;
    }

    public TickLoop tickLoop() {
        return tickLoop;
    }

    public GameEndpoint endpoint() {
        return endpoint;
    }

    public int port() {
        return server.port();
    }

    /** Stops accepting, closes every connection with 1001, then stops the tick. Returns whether it was graceful. */
    public boolean shutdown() {
        boolean graceful = server.shutdown();
        try {
            tickLoop.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return graceful;
    }

    @Override
    public void close() {
        shutdown();
    }
}
