package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.ConfigRecord;
import dev.moomoo.config.Setting;
import dev.moomoo.config.SettingDef;
import dev.moomoo.config.Settings;
import dev.moomoo.fleet.AgonesConfig;
import dev.moomoo.fleet.ticket.JoinSecretConfig;
import dev.moomoo.game.GameConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of the server, resolved and typed. Each component is a setting declared where it is
 * ({@link Setting}), or a record of settings ({@link GameConfig}, {@link V19Config}, {@link AdminConfig},
 * {@link HostingConfig}, {@link AgonesConfig}, {@link JoinSecretConfig}) listed in its
 * place: {@link #SETTINGS}, the one list that {@code --help}, the resolver and the tests read, is in
 * component order. To add a setting, add a component with its {@code @Setting} here or in the record
 * of the part of the server that reads it.
 */
public record ServerConfig(
        @Setting(name = "bind", defaultValue = "0.0.0.0", description = "address to listen on")
        String bind,
        @Setting(name = "port", defaultValue = "3000", min = 0, max = 65535,
                description = "TCP port for HTTP and WebSocket (0 picks a free one; PORT is honoured too)")
        int port,
        @Setting(name = "max-connections", defaultValue = "19000", min = 1, max = 1_000_000,
                description = "open connections at most; more are refused with 503")
        int maxConnections,
        @Setting(name = "max-connections-per-ip", defaultValue = "32", min = 1, max = 1_000_000,
                description = "open connections from one address at most; more are refused with 429")
        int maxConnectionsPerIp,
        @Setting(name = "max-handshakes-per-ip", defaultValue = "16", min = 1, max = 1_000_000,
                description = "request heads being read from one address at once (each within handshake-timeout-ms); more are refused with 429")
        int maxHandshakesPerIp,
        @Setting(name = "echo", defaultValue = "false", description = "serve a WebSocket echo endpoint at /echo (for conformance suites)")
        boolean echoEnabled,
        @Setting(name = "max-frame-size", defaultValue = "65536", min = 125, max = 64 * 1024 * 1024,
                description = "largest frame payload accepted, bytes (else close 1009)")
        int maxFrameSize,
        @Setting(name = "max-message-size", defaultValue = "65536", min = 125, max = 64 * 1024 * 1024,
                description = "largest message accepted after reassembly, bytes (else close 1009)")
        int maxMessageSize,
        @Setting(name = "outbound-queue-frames", defaultValue = "256", min = 4, max = 1_000_000,
                description = "frames queued for one connection before it counts as too slow")
        int outboundQueueFrames,
        @Setting(name = "outbound-queue-bytes", defaultValue = "1048576", min = 1024, max = 1 << 30,
                description = "bytes queued for one connection before it counts as too slow")
        int outboundQueueBytes,
        @Setting(name = "messages-per-second", defaultValue = "100", min = 0, max = 1_000_000,
                description = "messages (and control frames) read per second from one connection; beyond it reading pauses (0: no limit)")
        int messagesPerSecond,
        @Setting(name = "message-burst", defaultValue = "200", min = 1, max = 1_000_000,
                description = "messages one connection may send at once above its per-second rate")
        int messageBurst,
        @Setting(name = "control-frames-per-second", defaultValue = "10", min = 0, max = 1_000_000,
                description = "pings and pongs one connection may send per second, twice that at once; beyond it close 1008 (0: no limit)")
        int controlFramesPerSecond,
        @Setting(name = "ping-interval-ms", defaultValue = "15000", min = 100, max = 3_600_000,
                description = "a connection silent this long is pinged")
        Duration pingInterval,
        @Setting(name = "ping-timeout-ms", defaultValue = "10000", min = 100, max = 3_600_000,
                description = "a ping not answered within this is a dead connection")
        Duration pingTimeout,
        @Setting(name = "close-timeout-ms", defaultValue = "2000", min = 10, max = 60_000,
                description = "how long to wait for the peer's Close before closing TCP")
        Duration closeTimeout,
        @Setting(name = "handshake-timeout-ms", defaultValue = "5000", min = 100, max = 120_000,
                description = "absolute deadline for a whole request head")
        Duration handshakeTimeout,
        @Setting(name = "max-head-bytes", defaultValue = "8192", min = 256, max = 1_048_576,
                description = "largest request head, bytes (else 431)")
        int maxHeadBytes,
        @Setting(name = "max-line-length", defaultValue = "4096", min = 64, max = 1_048_576,
                description = "longest request or header line, bytes (else 414 or 431)")
        int maxLineLength,
        @Setting(name = "max-header-count", defaultValue = "64", min = 4, max = 10_000,
                description = "most header fields in a request (else 431)")
        int maxHeaderCount,
        @Setting(name = "allowed-origins", defaultValue = "",
                description = "Origin values allowed to open a WebSocket, comma-separated; empty allows all")
        Set<String> allowedOrigins,
        @Setting(name = "shutdown-grace-ms", defaultValue = "5000", min = 0, max = 600_000,
                description = "on stop, how long connections get to close before they are cut")
        Duration shutdownGrace,
        @Setting(name = "drain-seconds", defaultValue = "10", min = 0, max = 3600,
                description = "on SIGTERM, seconds of drain before the stop: no new players, the restart notice counting down,"
                        + " then every player told to pick another server (0: stop at once)")
        int drainSeconds,
        @Setting(name = "log-level", defaultValue = "info", oneOf = {"trace", "debug", "info", "warn", "error"},
                description = "trace, debug, info, warn or error")
        String logLevel,
        @Setting(name = "era", defaultValue = "2", min = 1, max = 2,
                description = "packet code table of / for a socket that chooses none (?era=1 or ?era=2): 2 for the v1.8 client, 1 for the 2018-2023 codes (the v1.9 client dials /s/<world>)")
        int era,
        GameConfig game,
        @Setting(name = "worlds", defaultValue = "", parser = WorldSpec.Declarations.class,
                description = "the worlds, name:region:mode:capacity[:setting=value]... separated by commas, the first the default"
                        + " (mode normal or sandbox; settings map-size, world-seed, trees, bushes, rocks, gold-ores, animals with pairs joined by +, bots);"
                        + " empty: one world, main, in region, by the game settings")
        List<String> worldDeclarations,
        @Setting(name = "bots", defaultValue = "0", min = 0, max = 5000,
                description = "bots added at start to the default world (players without a socket; see addbot; a world of worlds may set its own bots=)")
        int bots,
        @Setting(name = "violation-policy", defaultValue = "drop", oneOf = {"drop", "close"},
                description = "undecodable packet: drop (count, close past the limit) or close")
        String violationPolicy,
        @Setting(name = "violation-limit", defaultValue = "20", min = 0, max = 1_000_000,
                description = "undecodable packets a connection may send before it is closed with 1008")
        int violationLimit,
        V19Config v19,
        AdminConfig admin,
        HostingConfig hosting,
        AgonesConfig agones,
        JoinSecretConfig joinSecret) {

    private static final ConfigRecord<ServerConfig> DECLARED = ConfigRecord.of(ServerConfig.class);

    /** Every setting, in the order of {@code --help}. */
    public static final List<SettingDef<?>> SETTINGS = DECLARED.settings();

    public ServerConfig {
        if (maxMessageSize < maxFrameSize) {
            throw new ConfigException("invalid value '" + maxMessageSize + "' for setting max-message-size: expected at least max-frame-size (" + maxFrameSize + ")");
        }
        allowedOrigins = Set.copyOf(allowedOrigins);
        worldDeclarations = List.copyOf(worldDeclarations);
        List<WorldSpec> worlds = WorldSpec.declared(worldDeclarations, game, hosting.region(), bots); // a declaration that cannot be read stops the start here
        String worldsLabel = worldsLabel(worlds);
        if (agones.enabled() && worldsLabel.length() > LABEL_VALUE_MAX) {
            // Kubernetes refuses a longer label value: the sidecar would refuse the label, and the lobby never list this server
            throw new ConfigException("setting worlds: the world names joined by dots (" + worldsLabel.length()
                    + " characters) are too long for the Agones label worlds (at most " + LABEL_VALUE_MAX + "): use shorter names");
        }
    }

    /** The longest value of a Kubernetes label. */
    static final int LABEL_VALUE_MAX = 63;

    /** The Agones label {@code worlds}: the worlds' names joined by dots (a label value may hold no comma); the lobby reads it. */
    public static String worldsLabel(List<WorldSpec> worlds) {
        return String.join(".", worlds.stream().map(WorldSpec::name).toList());
    }

    /** The worlds to run, the default (first) one first. */
    public List<WorldSpec> worlds() {
        return WorldSpec.declared(worldDeclarations, game, hosting.region(), bots);
    }

    public static ServerConfig from(Settings s) {
        return DECLARED.from(s);
    }

    /** The defaults, with {@code overrides} given as {@code name -> value} as if they were flags. */
    public static ServerConfig defaults(Map<String, String> overrides) {
        return from(Settings.resolve(SETTINGS, overrides, Map.of()));
    }
}
