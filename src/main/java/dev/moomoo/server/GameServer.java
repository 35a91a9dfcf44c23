package dev.moomoo.server;

import dev.moomoo.admin.AdminContext;
import dev.moomoo.admin.BanList;
import dev.moomoo.admin.ChatCommands;
import dev.moomoo.admin.Commands;
import dev.moomoo.admin.Metrics;
import dev.moomoo.config.ServerConfig;
import dev.moomoo.game.Client;
import dev.moomoo.game.TickLoop;
import dev.moomoo.game.TickStats;
import dev.moomoo.game.World;
import dev.moomoo.game.DisconnectReason;
import dev.moomoo.gateway.FrameEncoder;
import dev.moomoo.gateway.GameEndpoint;
import dev.moomoo.gateway.PacketTrace;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.EchoEndpoint;
import dev.moomoo.net.session.WriterWakeups;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.CodeTable;
import org.tinylog.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole application: one world and its tick thread, the game endpoint on every WebSocket path,
 * the echo endpoint when enabled, the pages (health, metrics, ping), and the admin commands.
 */
public final class GameServer implements AdminContext, AutoCloseable {
    private final ServerConfig config;
    private final World world;
    private final TickLoop tickLoop;
    private final WriterWakeups writerWakeups = new WriterWakeups();
    private final GameEndpoint endpoint;
    private final BanList bans;
    private final Commands commands;
    private final Metrics metrics;
    private final Server server;
    private final AtomicBoolean restartNoticeSent = new AtomicBoolean();
    private volatile Runnable stopAction = this::shutdown;

    private GameServer(ServerConfig config) throws IOException {
        this.config = config;
        this.world = new World("main", config.game());
        CodeTable codes = CodeTable.forEra(config.era());
        this.endpoint = new GameEndpoint(world, codes,
                GameEndpoint.ViolationPolicy.valueOf(config.violationPolicy().toUpperCase(Locale.ROOT)), config.violationLimit());
        this.bans = new BanList(config.admin().banFile().isEmpty() ? null : Path.of(config.admin().banFile()));
        this.commands = new Commands(this);
        world.chatListener(new ChatCommands(commands, world, config.admin().adminToken()));
        String trace = config.admin().packetTrace();
        if (!trace.equals("off")) {
            endpoint.trace().start(dev.moomoo.gateway.PacketTrace.Filter.ALL, trace.equals("log") ? null : Path.of(trace));
        }
        world.addBots(config.bots());
        // What a tick sends wakes the connections' writers once the tick is over (see WriterWakeups), and
        // each packet it sends is encoded once however many connections it goes to (see FrameEncoder).
        FrameEncoder frames = endpoint.frames();
        this.tickLoop = new TickLoop(world, tick -> writerWakeups.during(() -> frames.duringTick(tick))).start();
        this.server = Server.start(config, routes());
        this.metrics = new Metrics(new Metrics.Sources(server.stats(), endpoint.stats(), tickLoop.stats(), codes,
                server::connectionCount, () -> world.livingPlayers().size(), server::openSocketCount));
    }

    public static GameServer start(ServerConfig config) throws IOException {
        return new GameServer(config);
    }

    private Routes routes() {
        Routes routes = WebClientPages.addTo(new Routes())
                .page("/version", r -> HttpResponse.text(200, Main.NAME + " " + Main.version() + "\n"))
                .page("/healthz", r -> healthy() ? HttpResponse.text(200, "ok\n") : HttpResponse.text(503, "unhealthy\n"))
                .page("/metrics", this::metricsPage)
                // The client measures each region's latency by fetching /ping on its host.
                .page("/ping", r -> HttpResponse.text(200, "pong\n").withHeader("Access-Control-Allow-Origin", "*")
                        .withHeader("Cache-Control", "no-store"))
                .socketOnAnyPath(endpoint)
                .admission(address -> !bans.isBanned(address));
        if (config.echoEnabled()) {
            routes.socket("/echo", new EchoEndpoint());
        }
        return routes;
    }

    private HttpResponse metricsPage(PageRequest r) {
        boolean allowed = switch (config.admin().metricsAccess()) {
            case "open" -> true;
            case "loopback" -> r.remote().isLoopbackAddress();
            default -> {
                String auth = r.request().header("authorization");
                String token = config.admin().adminToken();
                yield !token.isEmpty() && auth != null && MessageDigest.isEqual(("Bearer " + token).getBytes(StandardCharsets.UTF_8),
                        auth.getBytes(StandardCharsets.UTF_8));
            }
        };
        if (!allowed) {
            return HttpResponse.text(403, "metrics are restricted (setting metrics-access=" + config.admin().metricsAccess() + ")\n");
        }
        return HttpResponse.of(200, "text/plain; version=0.0.4; charset=utf-8", metrics.render().getBytes(StandardCharsets.UTF_8));
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

    @Override
    public World world() {
        return world;
    }

    public TickLoop tickLoop() {
        return tickLoop;
    }

    @Override
    public TickStats tickStats() {
        return tickLoop.stats();
    }

    public GameEndpoint endpoint() {
        return endpoint;
    }

    public Commands commands() {
        return commands;
    }

    public Metrics metrics() {
        return metrics;
    }

    public int port() {
        return server.port();
    }

    @Override
    public int connectionCount() {
        return server.connectionCount();
    }

    @Override
    public BanList bans() {
        return bans;
    }

    @Override
    public PacketTrace trace() {
        return endpoint.trace();
    }

    /** Tick thread (commands run there): players are kicked through the world, other sockets closed. */
    @Override
    public int disconnectAddress(String address, String reason) {
        int n = 0;
        for (Connection c : server.registry().connections()) {
            if (c.remoteAddress().getHostAddress().equals(address)) {
                Client client = endpoint.clientOf(c);
                if (client != null) {
                    world.kick(client, DisconnectReason.BANNED, reason);
                } else {
                    c.close(CloseCode.POLICY_VIOLATION, reason);
                }
                n++;
            }
        }
        return n;
    }

    /** What a stop command finally does; by default {@link #shutdown()}. The process sets it to exit. */
    public void onStopRequested(Runnable action) {
        stopAction = action;
    }

    @Override
    public void requestStop(int seconds) {
        restartNoticeSent.set(true);
        world.restartNotice(seconds);
        Logger.info("stop requested: restarting in {} s", seconds);
        Thread.ofVirtual().name("stop-countdown").start(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopAction.run();
        });
    }

    /**
     * Tells players the server is restarting (unless a stop command already did), stops accepting,
     * closes every connection with 1001, then stops the tick. Returns whether it was graceful.
     */
    public boolean shutdown() {
        if (!server.isStopping() && restartNoticeSent.compareAndSet(false, true)) {
            try {
                world.submit(w -> {
                    w.restartNotice(0);
                    return null;
                }).get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                Logger.warn("restart notice not sent: {}", e.toString());
            }
        }
        boolean graceful = server.shutdown();
        try {
            tickLoop.stop();
            writerWakeups.close();
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
