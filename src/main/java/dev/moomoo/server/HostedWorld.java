package dev.moomoo.server;

import dev.moomoo.admin.AdminContext;
import dev.moomoo.admin.BanList;
import dev.moomoo.admin.Commands;
import dev.moomoo.admin.Metrics;
import dev.moomoo.admin.StaffDesk;
import dev.moomoo.game.TickLoop;
import dev.moomoo.game.World;
import dev.moomoo.game.tick.TickStats;
import dev.moomoo.gateway.GameEndpoint;
import dev.moomoo.gateway.Intake;
import dev.moomoo.gateway.JoinGate;
import dev.moomoo.gateway.KeyedEndpoint;
import dev.moomoo.gateway.Keyframer;
import dev.moomoo.gateway.PacketTrace;
import dev.moomoo.gateway.Spectators;
import dev.moomoo.gateway.Wires;
import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.WriterWakeups;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.server.services.CurrentBuild;
import dev.moomoo.server.services.ListedWorld;

import java.io.IOException;

/**
 * One world of the server and what is its own: its tick thread, its side of the gateway (the wires, whose
 * encoders and writer wakeups belong to one tick thread), its endpoints (plain frames, and the v1.9
 * client's on {@code /s/<key>}), its admin commands and staff desk. What the worlds share (the port, the
 * ban list, the build module and the join tickets) is the {@link GameServer}'s; the commands reach it
 * through this world's {@link AdminContext}.
 */
final class HostedWorld implements AdminContext {
    private final WorldSpec spec;
    private final GameServer server;
    private final World world;
    private final WriterWakeups writerWakeups = new WriterWakeups();
    private final Wires wires;
    private final GameEndpoint endpoint;
    private final KeyedEndpoint keyedEndpoint;
    private final Keyframer keyframer;
    private final Commands commands;
    private final StaffDesk staff;
    private TickLoop tickLoop;

    HostedWorld(WorldSpec spec, GameServer server, ServerConfig config, JoinGate gate, CurrentBuild build, Intake intake) {
        this.spec = spec;
        this.server = server;
        this.world = new World(spec.name(), spec.game());
        this.wires = new Wires(Profile.forEra(config.era()), server.lab());
        GameEndpoint.ViolationPolicy policy = GameServer.violationPolicy(config);
        this.endpoint = new GameEndpoint(world, wires, policy, config.violationLimit(), intake);
        this.keyedEndpoint = new KeyedEndpoint(world, wires, policy, config.violationLimit(), gate, build, config.v19().mode(), intake);
        this.keyframer = new Keyframer(world, wires);
        this.commands = new Commands(this);
        this.staff = new StaffDesk(commands, world, config.v19().telemetryActions());
        world.staffListener(staff);
    }

    /**
     * Starts the tick thread. What a tick sends wakes the connections' writers once the tick is over (see
     * WriterWakeups), and each packet it sends is encoded once per profile however many connections it
     * goes to (see FrameEncoder): both belong to this world's tick thread alone.
     */
    void startTicking() {
        tickLoop = new TickLoop(world, tick -> writerWakeups.during(() -> wires.duringTick(tick))).start();
    }

    void stopTicking() throws InterruptedException {
        if (tickLoop != null) {
            tickLoop.stop();
        }
        writerWakeups.close();
    }

    /** Whether the last tick ended less than three tick periods ago. */
    boolean keepsTime(long now) {
        return tickLoop != null && now - tickLoop.stats().lastTickEndNanos() < 3 * spec.game().tickMillis() * 1_000_000L;
    }

    WorldSpec spec() {
        return spec;
    }

    String name() {
        return spec.name();
    }

    TickLoop tickLoop() {
        return tickLoop;
    }

    Wires wires() {
        return wires;
    }

    GameEndpoint endpoint() {
        return endpoint;
    }

    KeyedEndpoint keyedEndpoint() {
        return keyedEndpoint;
    }

    Commands commands() {
        return commands;
    }

    StaffDesk staff() {
        return staff;
    }

    /** Whether {@code connection} plays in this world (through either of its endpoints). */
    boolean seats(Connection connection) {
        return endpoint.seats(connection);
    }

    ListedWorld listed(String regionName) {
        return new ListedWorld(spec.region(), spec.name(), spec.key(), world.livingPlayers().size(), spec.capacity(), regionName);
    }

    Metrics.WorldSources metricSources() {
        return new Metrics.WorldSources(spec.name(), wires.all(), staff, tickLoop.stats(), () -> world.livingPlayers().size());
    }

    @Override
    public World world() {
        return world;
    }

    @Override
    public String worldLabel() {
        return spec.name() + " (" + spec.mode().label() + ", " + spec.region() + ")";
    }

    @Override
    public TickStats tickStats() {
        return tickLoop.stats();
    }

    @Override
    public int connectionCount() {
        return server.connectionCount();
    }

    @Override
    public String pageUrl() {
        return server.pageUrl();
    }

    @Override
    public BanList bans() {
        return server.bans();
    }

    @Override
    public PacketTrace trace() {
        return server.trace();
    }

    @Override
    public LabFeed lab() {
        return server.lab();
    }

    @Override
    public KeyframeSource keyframes() {
        return keyframer;
    }

    @Override
    public Spectators spectators() {
        return wires.spectators();
    }

    @Override
    public Recordings recordings() {
        return server.recordings();
    }

    @Override
    public int disconnectAddress(String address, String reason) {
        return server.disconnectAddress(address, reason, this);
    }

    @Override
    public BuildModule build() {
        return server.build();
    }

    @Override
    public BuildModule rollBuild() throws IOException {
        return server.rollBuild();
    }

    @Override
    public void requestStop(int seconds) {
        server.requestStop(seconds);
    }
}
