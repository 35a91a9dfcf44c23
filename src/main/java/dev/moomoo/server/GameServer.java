package dev.moomoo.server;

import dev.moomoo.admin.BanList;
import dev.moomoo.admin.ChatCommands;
import dev.moomoo.admin.Commands;
import dev.moomoo.admin.Metrics;
import dev.moomoo.admin.StaffDesk;
import dev.moomoo.admin.WorldCommands;
import dev.moomoo.config.StateDirectory;
import dev.moomoo.game.TickLoop;
import dev.moomoo.game.World;
import dev.moomoo.game.WorldAdmin;
import dev.moomoo.fleet.AgonesLifecycle;
import dev.moomoo.fleet.AgonesSdk;
import dev.moomoo.fleet.ticket.SignedTicketGate;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.gateway.GameEndpoint;
import dev.moomoo.gateway.Intake;
import dev.moomoo.gateway.JoinGate;
import dev.moomoo.gateway.KeyedEndpoint;
import dev.moomoo.gateway.PacketTrace;
import dev.moomoo.gateway.Wires;
import dev.moomoo.lab.LabTap;
import dev.moomoo.lab.inputs.InputRecorder;
import dev.moomoo.lab.inspect.ConnectionTable;
import dev.moomoo.lab.inspect.Inspector;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.http.RequestTarget;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.EchoEndpoint;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.CodeTable;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.Text;
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
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole application: its worlds ({@link HostedWorld}, each with its tick thread), the v1.9 client's
 * endpoint on {@code /s/<key>} of each world, the endpoint of the plain-frame clients on every other
 * WebSocket path (the default world's, or the one {@code ?world=} or {@code ?server=} names), the echo
 * endpoint when enabled, the pages (health, metrics, ping), and the admin commands.
 */
public final class GameServer implements AutoCloseable {
    /** What begins the line of {@code /healthz}'s answer that holds the server's id. */
    public static final String HEALTHZ_SERVER = "server ";
    private final ServerConfig config;
    /** The worlds in the order of the setting; the first is the default. */
    private final List<HostedWorld> worlds = new ArrayList<>();
    private final BanList bans;
    private final WorldCommands commands;
    private final Metrics metrics;
    private final Server server;
    private final CurrentBuild build;
    /** The current client's page the operator saved, served at {@code /}; null: the own client is there. */
    private final SavedPage savedPage;
    private final JoinTickets tickets;
    /** What every world's keyed endpoint asks whether a socket may play. */
    private final JoinGate gate;
    /** This server's id in a fleet (setting server-id): signed tickets must name it, and /healthz tells it to the lobby. */
    private final String serverId;
    private final WebServices services;
    /** The server drains or is shutting down: the page's server list leaves the worlds out. */
    private volatile boolean closing;
    private final AtomicBoolean restartNoticeSent = new AtomicBoolean();
    private volatile Runnable stopAction = this::shutdown;
    /** Whether the game endpoints seat new players: closed from the drain on. */
    private final Intake intake = new Intake();
    /** The countdown before the stop, begun by a SIGTERM ({@link #drainThenShutdown()}) or the stop command. */
    private final Drain drain = new Drain(this::restartNotice, this::drainBegun);
    /** This process as an Agones GameServer; null unless the setting agones asks for it. */
    private final AgonesLifecycle agones;
    /** The packet lab's tap: every world's connections tell it what they read and write (src/site/architecture.md, "The packet lab"). */
    private final LabTap lab = new LabTap();
    /** The text trace, a subscriber of the tap, for every world. */
    private final PacketTrace trace;
    /** Each world's input journal while the setting input-journal asks for them; empty otherwise. */
    private final List<InputRecorder> journals;
    /** A journal file's time stamp: UTC, to the second. */
    private static final DateTimeFormatter JOURNAL_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** The recordings of {@code record}, in {@code <state-dir>/recordings}. */
    private final Recordings recordings;

    private GameServer(ServerConfig config) throws IOException {
        this.config = config;
        this.savedPage = savedPage(config.hosting());
        Path stateDir = StateDirectory.resolve(config.admin().stateDir(), System.getenv());
        HostingConfig hosting = config.hosting();
        this.build = currentBuild(hosting, stateDir);
        this.recordings = new Recordings(stateDir.resolve("recordings"), lab, ServerCommand.NAME + " " + ServerCommand.version());
        this.tickets = new JoinTickets(InstantSource.system(), hosting.joinTicketLifetime(), hosting.joinTicketsMax(), new SecureRandom());
        this.services = new WebServices(this::listedWorlds, tickets, hosting.joinsPerMinute(), InstantSource.system(), config.allowedOrigins());
        this.serverId = hosting.serverId(System.getenv());
        if (config.joinSecret().secret().isPresent() && serverId.equals(HostingConfig.NO_SERVER_ID)) {
            // Two servers of one fleet under one id would let each other's tickets in, and the lobby would list only one.
            throw new StartFailure("a server of a fleet (join-ticket-secret set) needs an id of its own: set server-id"
                    + " (on Kubernetes the pod's HOSTNAME is used)");
        }
        this.gate = joinGate(config, savedPage != null, tickets, serverId);
        this.trace = new PacketTrace(lab, Profile.forEra(config.era()).name());
        for (WorldSpec spec : config.worlds()) {
            worlds.add(new HostedWorld(spec, this, config, gate, build, intake));
        }
        build.onRoll(next -> worlds.forEach(w -> w.keyedEndpoint().buildRolled()));
        // One ban list for every world: a ban is of an address, refused at the port before any world is chosen.
        Path banFile = StateDirectory.file(stateDir, config.admin().banFile());
        try {
            this.bans = new BanList(banFile);
        } catch (IOException e) {
            throw new StartFailure("cannot read ban file " + banFile + ": " + reason(e));
        }
        Map<String, Commands> byWorld = new LinkedHashMap<>();
        worlds.forEach(w -> byWorld.put(w.name(), w.commands()));
        this.commands = WorldCommands.console(byWorld, defaultWorld().name());
        for (HostedWorld w : worlds) {
            // in chat, commands address the admin's own world unless they name another
            w.world().chatListener(new ChatCommands(WorldCommands.chat(byWorld, w.name()), w.world(), config.admin().adminToken()));
        }
        String trace = config.admin().packetTrace();
        if (!trace.equals("off")) {
            try {
                // opened on the trace's own thread; nothing was traced before, so it opens at once
                this.trace.start(PacketTrace.Filter.ALL, trace.equals("log") ? null : Path.of(trace)).join();
            } catch (CompletionException e) {
                throw new StartFailure("cannot open packet trace file " + trace + ": " + reason(e.getCause() instanceof Exception x ? x : e));
            }
        }
        worlds.forEach(w -> w.world().admin().addBots(w.spec().bots()));
        this.journals = startJournals(stateDir); // after the bots are queued, before the first tick
        worlds.forEach(HostedWorld::startTicking);
        try {
            this.server = Server.start(config, routes(Profile.forEra(config.era()).codes()));
        } catch (IOException e) {
            stopTicking();
            closeJournals();
            stopLab();
            throw new StartFailure("cannot listen on " + config.bind() + ":" + config.port() + ": " + reason(e));
        }
        this.metrics = new Metrics(new Metrics.Sources(server.stats(), server.registry().drops(), server::connectionCount, server::openSocketCount,
                worlds.stream().map(HostedWorld::metricSources).toList()));
        this.agones = config.agones().enabled() ? agones(config.agones().sdkPort(), System.getenv()).start() : null;
    }

    /**
     * The Agones lifecycle of this process (README, "On Agones"): labels {@code region} (the setting) and
     * {@code worlds} (the worlds' names joined by dots: a label value may hold no comma), a counter of
     * players per world, Health while {@link #healthy()}.
     */
    private AgonesLifecycle agones(int port, Map<String, String> env) {
        AgonesSdk sdk = new AgonesSdk(AgonesSdk.port(port, env), config.agones().healthPeriod());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("region", config.hosting().region());
        labels.put("worlds", ServerConfig.worldsLabel(config.worlds()));
        return new AgonesLifecycle(sdk, config.agones().healthPeriod(), labels, new AgonesLifecycle.Game() {
            @Override
            public boolean healthy() {
                return GameServer.this.healthy();
            }

            @Override
            public Map<String, Integer> players() {
                Map<String, Integer> players = new LinkedHashMap<>();
                worlds.forEach(w -> players.put(w.name(), w.world().livingPlayers().size()));
                return players;
            }
        });
    }

    /**
     * With a saved page served, a v1.9 socket needs the ticket its page got from POST /api/join; without
     * one no page of this server hands out tickets, and the v1.9 endpoint is as open as the plain one on /.
     * A member of a fleet (join-ticket-secret set) needs a ticket either way: its own, or one the lobby
     * signed for it (README, "The lobby").
     */
    private static JoinGate joinGate(ServerConfig config, boolean pageServed, JoinTickets tickets, String serverId) {
        JoinGate own = pageServed ? tickets : JoinGate.admitAll();
        return config.joinSecret().secret()
                .<JoinGate>map(secret -> new SignedTicketGate(secret, serverId, InstantSource.system(), config.hosting().joinTicketsMax(), tickets))
                .orElse(own);
    }

    static GameEndpoint.ViolationPolicy violationPolicy(ServerConfig config) {
        return GameEndpoint.ViolationPolicy.valueOf(config.violationPolicy().toUpperCase(Locale.ROOT));
    }

    private HostedWorld defaultWorld() {
        return worlds.getFirst();
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

    /**
     * The tables for the own client: the default world's, or those of the world {@code ?world=<name>} names
     * (its mode changes building costs and limits), 404 for a name of no world here. Each written once: they
     * do not change while the server runs.
     */
    private Function<PageRequest, HttpResponse> gameDataPage() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (HostedWorld w : worlds) {
            bodies.put(w.name(), GameDataJson.of(w.world().data(), w.world().config()).getBytes(StandardCharsets.UTF_8));
        }
        return r -> {
            String name = RequestTarget.queryParameter(r.request().target(), WorldChoice.WORLD_PARAMETER);
            byte[] body = bodies.get(name == null ? defaultWorld().name() : name);
            return body == null ? HttpResponse.text(404, "no world " + Text.quote(name, 32) + " here\n")
                    : HttpResponse.of(200, "application/json; charset=utf-8", body).withHeader("Cache-Control", "no-cache");
        };
    }

    private Routes routes(CodeTable codes) {
        Routes routes = WebClientPages.addTo(new Routes(), codes, savedPage == null);
        if (savedPage != null) {
            savedPage.addTo(routes, build::moduleUrl);
        }
        routes
                .page("/version", r -> HttpResponse.text(200, ServerCommand.NAME + " " + ServerCommand.version() + "\n"))
                .page("/game-data.json", gameDataPage())
                // The second line tells a fleet's lobby which server this is (README, "The lobby").
                .page("/healthz", this::healthPage)
                .page("/metrics", this::metricsPage)
                // The client measures each region's latency by fetching /ping on its host.
                .page("/ping", r -> HttpResponse.text(200, "pong\n").withHeader("Access-Control-Allow-Origin", "*")
                        .withHeader("Cache-Control", "no-store"))
                .pagesUnder(CurrentBuild.FOLDER, build::serve)
                .servicesUnder(WebServices.FOLDER, services::handle)
                // an unknown key reaches the default world's endpoint, which closes it with 4001
                .socketsUnder(KeyedEndpoint.PATH, defaultWorld().keyedEndpoint())
                .socketOnAnyPath(new WorldChoice(worlds)::endpointFor)
                .admission(address -> !bans.isBanned(address));
        for (HostedWorld w : worlds) {
            routes.socket(KeyedEndpoint.PATH + w.spec().key(), w.keyedEndpoint());
        }
        if (config.echoEnabled()) {
            routes.socket("/echo", new EchoEndpoint());
        }
        // The packet inspector at /inspect: the lab's tap, a connection's address from its player key, and the
        // recordings, made with the console's own commands.
        InspectorDesk desk = new InspectorDesk(recordings, worlds.stream().map(HostedWorld::name).toList(), commands::execute);
        InspectorRoutes.addTo(routes, new Inspector(lab, config.admin().adminToken(), config.allowedOrigins(), id -> ConnectionTable.addressOfPlayer(lab.playerOf(id)),
                InspectorRoutes.signInLimit(InstantSource.system()), desk, InstantSource.system()));
        return routes;
    }

    /**
     * This server's worlds as the page's server list shows them; nothing while the server stops, so that a
     * page on it says it has closed (and one that asks anew finds no server) rather than trying to join.
     * The label {@code region-name} is that of the region of the setting {@code region}.
     */
    private List<ListedWorld> listedWorlds() {
        if (closing) {
            return List.of();
        }
        HostingConfig hosting = config.hosting();
        return worlds.stream().map(w -> w.listed(w.spec().region().equals(hosting.region()) ? hosting.regionName() : "")).toList();
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
     * {@code /healthz}: 503 while the server drains, so that a load balancer or a Kubernetes readiness
     * probe sends no one here any more; the Agones Health beat reads {@link #healthy()}, which a drain does
     * not change (an unhealthy GameServer is deleted, which would cut the drain short).
     */
    private HttpResponse healthPage(PageRequest r) {
        if (drain.begun()) {
            return HttpResponse.text(503, "draining: restarting soon, pick another server\n");
        }
        return healthy() ? HttpResponse.text(200, "ok\n" + HEALTHZ_SERVER + serverId + "\n") : HttpResponse.text(503, "unhealthy\n");
    }

    /**
     * Healthy while every world's tick keeps its schedule (its last tick ended less than three of its tick
     * periods ago) and the server is not shutting down.
     */
    public boolean healthy() {
        long now = System.nanoTime();
        return !server.isStopping() && worlds.stream().allMatch(w -> w.keepsTime(now));
    }

    public Server server() {
        return server;
    }

    /** The default (first) world. */
    public World world() {
        return defaultWorld().world();
    }

    /** The world named {@code name}; an {@link IllegalArgumentException} when there is none. */
    public World world(String name) {
        return hosted(name).world();
    }

    private HostedWorld hosted(String name) {
        return worlds.stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no world " + name));
    }

    /** The default world's tick loop. */
    public TickLoop tickLoop() {
        return defaultWorld().tickLoop();
    }

    /** The tick loop of the world named {@code name}. */
    public TickLoop tickLoop(String name) {
        return hosted(name).tickLoop();
    }

    /** The default world's endpoint of the plain-frame clients. */
    public GameEndpoint endpoint() {
        return defaultWorld().endpoint();
    }

    /** The default world's v1.9 endpoint ({@code /s/<key>}). */
    public KeyedEndpoint keyedEndpoint() {
        return defaultWorld().keyedEndpoint();
    }

    /** Every profile's side of the gateway, of the default world. */
    public Wires wires() {
        return defaultWorld().wires();
    }

    /** The packet lab's tap, every world's. */
    public LabTap lab() {
        return lab;
    }

    /** The text trace, every world's. */
    public PacketTrace trace() {
        return trace;
    }

    /** The console's commands: the default world's unless a line names another ({@code @name} or {@code world name}). */
    public WorldCommands commands() {
        return commands;
    }

    /** What the staff of the default world does with v1.9 clients' telemetry, reports and admin menu. */
    public StaffDesk staff() {
        return defaultWorld().staff();
    }

    public Metrics metrics() {
        return metrics;
    }

    public int port() {
        return server.port();
    }

    public int connectionCount() {
        return server.connectionCount();
    }

    public BanList bans() {
        return bans;
    }

    public Recordings recordings() {
        return recordings;
    }

    /** The saved page's protocol module: the build served now, which the keyed endpoint checks {@code b=} against, and its roll. */
    public CurrentBuild currentBuild() {
        return build;
    }

    /** What the keyed endpoints ask at the upgrade whether a socket may play: the join tickets of {@code POST /api/join}, and signed ones in a fleet. */
    public JoinGate joinGate() {
        return gate;
    }

    /** This server's id in a fleet (setting server-id). */
    public String serverId() {
        return serverId;
    }

    public BuildModule build() {
        return build.get();
    }

    public BuildModule rollBuild() throws IOException {
        return build.roll();
    }

    /**
     * Disconnects every connection from {@code address}, for a ban made in world {@code from}; called on its
     * tick thread (commands run there). Players are kicked through their world on its own tick thread: in
     * {@code from} as a task, which a replay of its input journal makes again from the ban's command line;
     * in another world as a kick from outside, which that world's journal records as the player's leave
     * (src/site/input-journal.md). Other sockets are closed.
     */
    int disconnectAddress(String address, String reason, HostedWorld from) {
        int n = 0;
        for (Connection c : server.registry().connections()) {
            if (c.remoteAddress().getHostAddress().equals(address)) {
                Client client = defaultWorld().endpoint().clientOf(c);
                HostedWorld home = worlds.stream().filter(w -> w.seats(c)).findFirst().orElse(null);
                if (client != null && home == from) {
                    home.world().submit(w -> {
                        w.kick(client, DisconnectReason.BANNED, reason);
                        return null;
                    });
                } else if (client != null && home != null) {
                    home.world().kickFromOutside(client, DisconnectReason.BANNED, reason);
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
     * The stop command: the drain (README, "Stopping: the drain") with a countdown of {@code seconds}, then
     * the stop action (the process exits, and its SIGTERM path finishes the drain). Called on a world's
     * tick thread (commands run there): each world sends the first notice at the start of its next tick,
     * as a task. A drain that has begun already (a SIGTERM, an earlier stop) goes on as it is.
     */
    public void requestStop(int seconds) {
        if (drain.begun()) {
            Logger.info("stop requested: the server drains already");
            return;
        }
        restartNoticeSent.set(true);
        Logger.info("stop requested: restarting in {} s", seconds);
        // on a thread of its own, never the caller's: the stop waits for the tick threads
        drain.begin(seconds).whenCompleteAsync((ended, failed) -> stopAction.run(), task -> Thread.ofVirtual().name("stop").start(task));
    }

    /**
     * What SIGTERM does: the drain of {@code drain-seconds} (or the one a stop command began), waited for,
     * then {@link #shutdown()}. Blocks until the server has stopped; returns whether it was graceful. A stop
     * command's longer countdown (up to an hour) is waited for only {@code drain-seconds}: whoever sent the
     * SIGTERM (Kubernetes after its grace period, {@code docker stop} after its timeout) kills what is still
     * running, and the players are better told to pick another server than cut off.
     */
    public boolean drainThenShutdown() {
        int seconds = config.drainSeconds();
        try {
            drain.begin(seconds).get(seconds + 1L, TimeUnit.SECONDS); // the second: slack for its last notice
        } catch (TimeoutException e) {
            Logger.info("SIGTERM during a longer stop countdown: stopping after drain-seconds ({} s)", seconds);
        } catch (ExecutionException e) {
            Logger.warn("the drain failed, stopping now: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return shutdown();
    }

    /** At once when the drain begins: no new players, no worlds listed (and {@code /healthz} 503), the Agones label. */
    private void drainBegun() {
        closing = true;
        intake.close();
        if (agones != null) {
            agones.draining();
        }
    }

    /**
     * Stops now: after a drain that counted down, tells every player to pick another server ({@code B}, which
     * the v1.9 client acts on); without one, sends the restart notice {@code Z [0]} (unless a stop command's
     * countdown told them already). Then stops accepting, closes every connection with 1001, stops the
     * tick, and tells Agones last. Returns whether it was graceful. One stop at a time: a second caller
     * (a second SIGTERM's, a test's) waits for the first, and then finds the server stopped.
     */
    public synchronized boolean shutdown() {
        closing = true;
        intake.close();
        if (!server.isStopping()) {
            if (drain.countingDown()) {
                awaitEveryWorld("restarting notice", farewell());
            } else if (restartNoticeSent.compareAndSet(false, true)) {
                awaitEveryWorld("restart notice", restartNotice(0));
            }
        }
        boolean graceful = server.shutdown();
        stopTicking();
        closeJournals();
        recordings.close(); // after the connections' last frames, before the tap stops
        stopLab();
        if (agones != null) {
            agones.shutdown(); // last: Agones deletes the pod once it has it
        }
        return graceful;
    }

    private static void awaitEveryWorld(String what, CompletableFuture<?>[] sent) {
        try {
            CompletableFuture.allOf(sent).get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            Logger.warn("{} not sent: {}", what, e.toString());
        }
    }

    /** {@code B "Server is restarting - pick another"} to every world's players, each on its own tick thread. */
    private CompletableFuture<?>[] farewell() {
        return everyWorld(w -> w.farewell(Intake.RESTARTING));
    }

    /** The restart notice {@code Z [seconds]} to every world, each on its own tick thread; done when all are sent. */
    private CompletableFuture<?>[] restartNotice(int seconds) {
        return everyWorld(w -> w.restartNotice(seconds));
    }

    private CompletableFuture<?>[] everyWorld(Consumer<WorldAdmin> task) {
        return worlds.stream().map(h -> h.world().submit(w -> {
            task.accept(w);
            return null;
        })).toArray(CompletableFuture<?>[]::new);
    }

    /**
     * Each world's input journal from its first tick (setting input-journal; src/site/input-journal.md),
     * in {@code <dir>/<world>-<UTC time>.journal}; none when the setting is off.
     */
    private List<InputRecorder> startJournals(Path stateDir) throws StartFailure {
        String dir = config.admin().inputJournal();
        List<InputRecorder> started = new ArrayList<>();
        if (dir.equals("off")) {
            return started;
        }
        Path folder = stateDir.resolve(dir);
        String stamp = JOURNAL_STAMP.format(Instant.now());
        long maxBytes = config.admin().inputJournalMaxMb() * 1024L * 1024L;
        try {
            Files.createDirectories(folder);
            for (HostedWorld w : worlds) {
                Path file = folder.resolve(w.name() + "-" + stamp + ".journal");
                // chat commands: every world has the admins' chat listener (above)
                started.add(InputRecorder.attach(w.world(), true, Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), maxBytes));
                Logger.info("world {}: input journal {}", w.name(), file);
            }
        } catch (IOException | InvalidPathException e) {
            closeJournals(started);
            throw new StartFailure("cannot write the input journal in " + folder + ": " + reason(e));
        }
        return started;
    }

    /** Ends the input journals (what each was given is written); after the ticks have stopped. */
    private void closeJournals() {
        closeJournals(journals);
    }

    private static void closeJournals(List<InputRecorder> recorders) {
        for (InputRecorder r : recorders) {
            try {
                r.close();
            } catch (IOException e) {
                Logger.warn("closing an input journal: {}", e.getMessage());
            }
        }
    }

    /** Ends the trace (what it was given is written, its file closed) and the tap's thread. */
    private void stopLab() {
        trace.close();
        lab.close();
    }

    private void stopTicking() {
        try {
            for (HostedWorld w : worlds) {
                w.stopTicking();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown();
    }
}
