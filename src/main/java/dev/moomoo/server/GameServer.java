package dev.moomoo.server;

import dev.moomoo.admin.AdminContext;
import dev.moomoo.admin.BanList;
import dev.moomoo.admin.ChatCommands;
import dev.moomoo.admin.Commands;
import dev.moomoo.admin.Metrics;
import dev.moomoo.admin.StaffDesk;
import dev.moomoo.config.StateDirectory;
import dev.moomoo.game.GameConfig;
import dev.moomoo.game.TickLoop;
import dev.moomoo.game.World;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.tick.TickStats;
import dev.moomoo.gateway.GameEndpoint;
import dev.moomoo.gateway.JoinGate;
import dev.moomoo.gateway.KeyedEndpoint;
import dev.moomoo.gateway.PacketTrace;
import dev.moomoo.gateway.Wires;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.EchoEndpoint;
import dev.moomoo.net.session.WriterWakeups;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.CodeTable;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.server.savedpage.SavedPage;
import dev.moomoo.server.savedpage.SavedPageException;
import dev.moomoo.server.services.CurrentBuild;
import dev.moomoo.server.services.JoinTickets;
import dev.moomoo.server.services.ListedWorld;
import dev.moomoo.server.services.WebServices;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The whole application: one world and its tick thread, the v1.9 client's endpoint on {@code /s/<world>}
 * and the endpoint of the plain-frame clients on every other WebSocket path, the echo endpoint when
 * enabled, the pages (health, metrics, ping), and the admin commands.
 */
public final class GameServer implements AdminContext, AutoCloseable {
    private final ServerConfig config;
    private final World world;
    private final TickLoop tickLoop;
    private final WriterWakeups writerWakeups = new WriterWakeups();
    private final Wires wires;
    private final GameEndpoint endpoint;
    private final KeyedEndpoint keyedEndpoint;
    private final BanList bans;
    private final Commands commands;
    private final StaffDesk staff;
    private final Metrics metrics;
    private final Server server;
    private final CurrentBuild build;
    /** The current client's page the operator saved, served at {@code /}; null: the own client is there. */
    private final SavedPage savedPage;
    private final JoinTickets tickets;
    private final WebServices services;
    /** A stop was asked for (a countdown runs) or the server is shutting down: the page's server list leaves the world out. */
    private volatile boolean closing;
    private final AtomicBoolean restartNoticeSent = new AtomicBoolean();
    private volatile Runnable stopAction = this::shutdown;

    private GameServer(ServerConfig config) throws IOException {
        this.config = config;
        this.savedPage = savedPage(config.hosting());
        this.world = new World("main", config.game());
        Profile profile = Profile.forEra(config.era());
        this.wires = new Wires(profile);
        GameEndpoint.ViolationPolicy policy = GameEndpoint.ViolationPolicy.valueOf(config.violationPolicy().toUpperCase(Locale.ROOT));
        this.endpoint = new GameEndpoint(world, wires, policy, config.violationLimit());
        Path stateDir = StateDirectory.resolve(config.admin().stateDir(), System.getenv());
        HostingConfig hosting = config.hosting();
        this.build = currentBuild(hosting, stateDir);
        this.tickets = new JoinTickets(InstantSource.system(), hosting.joinTicketLifetime(), hosting.joinTicketsMax(), new SecureRandom());
        this.services = new WebServices(this::listedWorlds, tickets, hosting.joinsPerMinute(), InstantSource.system(), config.allowedOrigins());
        // With a saved page served, a v1.9 socket needs the ticket its page got from POST /api/join; without
        // one no page of this server hands out tickets, and the v1.9 endpoint is as open as the plain one on /.
        JoinGate gate = savedPage != null ? tickets : JoinGate.admitAll();
        this.keyedEndpoint = new KeyedEndpoint(world, wires, policy, config.violationLimit(), gate, build, config.v19().mode());
        build.onRoll(next -> keyedEndpoint.buildRolled());
        Path banFile = StateDirectory.file(stateDir, config.admin().banFile());
        try {
            this.bans = new BanList(banFile);
        } catch (IOException e) {
            throw new StartFailure("cannot read ban file " + banFile + ": " + reason(e));
        }
        this.commands = new Commands(this);
        world.chatListener(new ChatCommands(commands, world, config.admin().adminToken()));
        this.staff = new StaffDesk(commands, world, config.v19().telemetryActions());
        world.staffListener(staff);
        String trace = config.admin().packetTrace();
        if (!trace.equals("off")) {
            try {
                wires.trace().start(PacketTrace.Filter.ALL, trace.equals("log") ? null : Path.of(trace));
            } catch (IOException | UncheckedIOException e) {
                throw new StartFailure("cannot open packet trace file " + trace + ": " + reason(e));
            }
        }
        world.admin().addBots(config.bots());
        // What a tick sends wakes the connections' writers once the tick is over (see WriterWakeups), and
        // each packet it sends is encoded once per profile however many connections it goes to (see FrameEncoder).
        this.tickLoop = new TickLoop(world, tick -> writerWakeups.during(() -> wires.duringTick(tick))).start();
        try {
            this.server = Server.start(config, routes(profile.codes()));
        } catch (IOException e) {
            stopTicking();
            throw new StartFailure("cannot listen on " + config.bind() + ":" + config.port() + ": " + reason(e));
        }
        this.metrics = new Metrics(new Metrics.Sources(server.stats(), wires.all(), staff, tickLoop.stats(), server.registry().drops(),
                server::connectionCount, () -> world.livingPlayers().size(), server::openSocketCount));
    }

    /** Starts the whole server, or fails with a {@link StartFailure} that says what could not be done. */
    public static GameServer start(ServerConfig config) throws StartFailure {
        try {
            return new GameServer(config);
        } catch (StartFailure e) {
            throw e;
        } catch (IOException e) {
            throw new StartFailure("cannot start: " + reason(e));
        }
    }

    /** The saved page named by {@code client-page}, read and patched; null without one. */
    private static SavedPage savedPage(HostingConfig hosting) throws StartFailure {
        if (hosting.clientPage().isEmpty()) {
            return null;
        }
        try {
            SavedPage page = SavedPage.open(Path.of(hosting.clientPage()), hosting.antiDebug());
            Logger.info("serving {} at /, the own client at /own/", page);
            return page;
        } catch (InvalidPathException e) {
            throw new StartFailure("client-page " + hosting.clientPage() + ": not a path (" + e.getReason() + ")");
        } catch (SavedPageException e) {
            throw new StartFailure(e.getMessage());
        }
    }

    /**
     * The saved page's protocol module: kept in the state directory while a saved page is served, so
     * that a restart keeps the open pages valid, or when the file is there already (a page served by
     * another host, or a load generator on this machine, speaks it); in memory otherwise (nothing is written).
     */
    private static CurrentBuild currentBuild(HostingConfig hosting, Path stateDir) throws StartFailure {
        Path file = StateDirectory.file(stateDir, hosting.buildModuleFile());
        if (file == null || hosting.clientPage().isEmpty() && !Files.exists(file)) {
            return CurrentBuild.inMemory(new SecureRandom());
        }
        try {
            return CurrentBuild.kept(new BuildModuleFile(file), new SecureRandom());
        } catch (IOException e) {
            throw new StartFailure(e.getMessage());
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage();
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** The address to open in a browser: the page is served on the game port. */
    public String pageUrl() {
        String host = config.bind().equals("0.0.0.0") || config.bind().equals("::") ? "localhost" : config.bind();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** The tables for the own client, written once: they do not change while the server runs. */
    private static Function<PageRequest, HttpResponse> gameDataPage(GameData data, GameConfig config) {
        byte[] body = GameDataJson.of(data, config).getBytes(StandardCharsets.UTF_8);
        return r -> HttpResponse.of(200, "application/json; charset=utf-8", body).withHeader("Cache-Control", "no-cache");
    }

    private Routes routes(CodeTable codes) {
        Routes routes = WebClientPages.addTo(new Routes(), codes, savedPage == null);
        if (savedPage != null) {
            savedPage.addTo(routes, build::moduleUrl);
        }
        routes
                .page("/version", r -> HttpResponse.text(200, ServerCommand.NAME + " " + ServerCommand.version() + "\n"))
                .page("/game-data.json", gameDataPage(world.data(), world.config()))
                .page("/healthz", r -> healthy() ? HttpResponse.text(200, "ok\n") : HttpResponse.text(503, "unhealthy\n"))
                .page("/metrics", this::metricsPage)
                // The client measures each region's latency by fetching /ping on its host.
                .page("/ping", r -> HttpResponse.text(200, "pong\n").withHeader("Access-Control-Allow-Origin", "*")
                        .withHeader("Cache-Control", "no-store"))
                .pagesUnder(CurrentBuild.FOLDER, build::serve)
                .servicesUnder(WebServices.FOLDER, services::handle)
                .socketsUnder(KeyedEndpoint.PATH, keyedEndpoint)
                .socketOnAnyPath(endpoint)
                .admission(address -> !bans.isBanned(address));
        if (config.echoEnabled()) {
            routes.socket("/echo", new EchoEndpoint());
        }
        return routes;
    }

    /**
     * This server's world as the page's server list shows it; nothing while the server stops, so that a
     * page on it says it has closed (and one that asks anew finds no server) rather than trying to join.
     */
    private List<ListedWorld> listedWorlds() {
        if (closing) {
            return List.of();
        }
        HostingConfig hosting = config.hosting();
        return List.of(new ListedWorld(hosting.region(), world.name(), world.name(), world.livingPlayers().size(), world.config().maxPlayers(),
                hosting.regionName()));
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

    /** The v1.9 client's endpoint ({@code /s/<world>}). */
    public KeyedEndpoint keyedEndpoint() {
        return keyedEndpoint;
    }

    /** Every profile's side of the gateway. */
    public Wires wires() {
        return wires;
    }

    public Commands commands() {
        return commands;
    }

    /** What the staff does with v1.9 clients' telemetry, reports and admin menu. */
    public StaffDesk staff() {
        return staff;
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
        return wires.trace();
    }

    /** The saved page's protocol module: the build served now, which the keyed endpoint checks {@code b=} against, and its roll. */
    public CurrentBuild currentBuild() {
        return build;
    }

    /** The join tickets of {@code POST /api/join}: what the keyed endpoint asks at the upgrade whether a socket may play. */
    public JoinGate joinGate() {
        return tickets;
    }

    @Override
    public BuildModule build() {
        return build.get();
    }

    @Override
    public BuildModule rollBuild() throws IOException {
        return build.roll();
    }

    /** Tick thread (commands run there): players are kicked through the world, other sockets closed. */
    @Override
    public int disconnectAddress(String address, String reason) {
        int n = 0;
        for (Connection c : server.registry().connections()) {
            if (c.remoteAddress().getHostAddress().equals(address)) {
                Client client = endpoint.clientOf(c);
                if (client != null) {
                    world.admin().kick(client, DisconnectReason.BANNED, reason);
                } else {
                    c.close(DropReason.BANNED, CloseCode.POLICY_VIOLATION, reason);
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

    /**
     * Counts down: the restart notice {@code Z [n]} once a second from {@code seconds} down to 1 (the
     * real client shows the integer it last got and never counts down by itself), then stops. Called
     * on the tick thread (commands run there), so the first notice goes out at once.
     */
    @Override
    public void requestStop(int seconds) {
        closing = true;
        restartNoticeSent.set(true);
        Logger.info("stop requested: restarting in {} s", seconds);
        if (seconds > 0) {
            world.admin().restartNotice(seconds);
        }
        Thread.ofVirtual().name("stop-countdown").start(() -> {
            try {
                long start = System.nanoTime();
                for (int left = seconds - 1; left >= 0; left--) {
                    // each notice on its second from the start, so the countdown does not drift
                    long due = start + TimeUnit.SECONDS.toNanos(seconds - left);
                    TimeUnit.NANOSECONDS.sleep(due - System.nanoTime());
                    if (left > 0) {
                        int n = left;
                        world.submit(w -> {
                            w.restartNotice(n);
                            return null;
                        });
                    }
                }
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
        closing = true;
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
        stopTicking();
        return graceful;
    }

    private void stopTicking() {
        try {
            tickLoop.stop();
            writerWakeups.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown();
    }
}
