package dev.moomoo.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of the server, resolved and typed. {@link #SETTINGS} is the one table of names,
 * defaults and descriptions that {@code --help}, the README and the parser all come from.
 */
public record ServerConfig(
        String bind,
        int port,
        int maxConnections,
        int maxConnectionsPerIp,
        int maxHandshakesPerIp,
        boolean echoEnabled,
        int maxFrameSize,
        int maxMessageSize,
        int outboundQueueFrames,
        int outboundQueueBytes,
        int messagesPerSecond,
        int messageBurst,
        int controlFramesPerSecond,
        Duration pingInterval,
        Duration pingTimeout,
        Duration closeTimeout,
        Duration handshakeTimeout,
        int maxHeadBytes,
        int maxLineLength,
        int maxHeaderCount,
        Set<String> allowedOrigins,
        Duration shutdownGrace,
        String logLevel,
        dev.moomoo.game.GameConfig game,
        int era,
        String violationPolicy,
        int violationLimit,
        int bots,
        AdminSettings.AdminConfig admin) {

    public static final Setting<String> BIND = Setting.string("bind", "0.0.0.0", "address to listen on");
    public static final Setting<Integer> PORT = Setting.integer("port", 3000, 0, 65535, "TCP port for HTTP and WebSocket (0 picks a free one; PORT is honoured too)");
    public static final Setting<Integer> MAX_CONNECTIONS = Setting.integer("max-connections", 19_000, 1, 1_000_000, "open connections at most; more are refused with 503");
    public static final Setting<Integer> MAX_CONNECTIONS_PER_IP = Setting.integer("max-connections-per-ip", 32, 1, 1_000_000, "open connections from one address at most; more are refused with 429");
    public static final Setting<Integer> MAX_HANDSHAKES_PER_IP = Setting.integer("max-handshakes-per-ip", 16, 1, 1_000_000, "request heads being read from one address at once (each within handshake-timeout-ms); more are refused with 429");
    public static final Setting<Boolean> ECHO = Setting.bool("echo", false, "serve a WebSocket echo endpoint at /echo (for conformance suites)");
    public static final Setting<Integer> MAX_FRAME_SIZE = Setting.integer("max-frame-size", 65_536, 125, 64 * 1024 * 1024, "largest frame payload accepted, bytes (else close 1009)");
    public static final Setting<Integer> MAX_MESSAGE_SIZE = Setting.integer("max-message-size", 65_536, 125, 64 * 1024 * 1024, "largest message accepted after reassembly, bytes (else close 1009)");
    public static final Setting<Integer> OUTBOUND_QUEUE_FRAMES = Setting.integer("outbound-queue-frames", 256, 4, 1_000_000, "frames queued for one connection before it counts as too slow");
    public static final Setting<Integer> OUTBOUND_QUEUE_BYTES = Setting.integer("outbound-queue-bytes", 1_048_576, 1024, 1 << 30, "bytes queued for one connection before it counts as too slow");
    public static final Setting<Integer> MESSAGES_PER_SECOND = Setting.integer("messages-per-second", 100, 0, 1_000_000, "messages (and control frames) read per second from one connection; beyond it reading pauses (0: no limit)");
    public static final Setting<Integer> MESSAGE_BURST = Setting.integer("message-burst", 200, 1, 1_000_000, "messages one connection may send at once above its per-second rate");
    public static final Setting<Integer> CONTROL_FRAMES_PER_SECOND = Setting.integer("control-frames-per-second", 10, 0, 1_000_000, "pings and pongs one connection may send per second, twice that at once; beyond it close 1008 (0: no limit)");
    public static final Setting<Integer> PING_INTERVAL_MS = Setting.integer("ping-interval-ms", 15_000, 100, 3_600_000, "a connection silent this long is pinged");
    public static final Setting<Integer> PING_TIMEOUT_MS = Setting.integer("ping-timeout-ms", 10_000, 100, 3_600_000, "a ping not answered within this is a dead connection");
    public static final Setting<Integer> CLOSE_TIMEOUT_MS = Setting.integer("close-timeout-ms", 2_000, 10, 60_000, "how long to wait for the peer's Close before closing TCP");
    public static final Setting<Integer> HANDSHAKE_TIMEOUT_MS = Setting.integer("handshake-timeout-ms", 5_000, 100, 120_000, "absolute deadline for a whole request head");
    public static final Setting<Integer> MAX_HEAD_BYTES = Setting.integer("max-head-bytes", 8_192, 256, 1_048_576, "largest request head, bytes (else 431)");
    public static final Setting<Integer> MAX_LINE_LENGTH = Setting.integer("max-line-length", 4_096, 64, 1_048_576, "longest request or header line, bytes (else 414 or 431)");
    public static final Setting<Integer> MAX_HEADER_COUNT = Setting.integer("max-header-count", 64, 4, 10_000, "most header fields in a request (else 431)");
    public static final Setting<Set<String>> ALLOWED_ORIGINS = Setting.list("allowed-origins", "", "Origin values allowed to open a WebSocket, comma-separated; empty allows all");
    public static final Setting<Integer> SHUTDOWN_GRACE_MS = Setting.integer("shutdown-grace-ms", 5_000, 0, 600_000, "on stop, how long connections get to close before they are cut");
    public static final Setting<String> LOG_LEVEL = Setting.oneOf("log-level", "info", "trace, debug, info, warn or error", "trace", "debug", "info", "warn", "error");

    public static final List<Setting<?>> SETTINGS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            BIND, PORT, MAX_CONNECTIONS, MAX_CONNECTIONS_PER_IP, MAX_HANDSHAKES_PER_IP, ECHO, MAX_FRAME_SIZE, MAX_MESSAGE_SIZE, OUTBOUND_QUEUE_FRAMES, OUTBOUND_QUEUE_BYTES,
            MESSAGES_PER_SECOND, MESSAGE_BURST, CONTROL_FRAMES_PER_SECOND, PING_INTERVAL_MS, PING_TIMEOUT_MS, CLOSE_TIMEOUT_MS, HANDSHAKE_TIMEOUT_MS, MAX_HEAD_BYTES, MAX_LINE_LENGTH,
            MAX_HEADER_COUNT, ALLOWED_ORIGINS, SHUTDOWN_GRACE_MS, LOG_LEVEL),
            java.util.stream.Stream.concat(GameSettings.SETTINGS.stream(), AdminSettings.SETTINGS.stream())).toList();

    public ServerConfig {
        if (maxMessageSize < maxFrameSize) {
            throw new ConfigException("invalid value '" + maxMessageSize + "' for setting max-message-size: expected at least max-frame-size (" + maxFrameSize + ")");
        }
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    public static ServerConfig from(Settings s) {
        return new ServerConfig(
                s.get(BIND), s.get(PORT), s.get(MAX_CONNECTIONS), s.get(MAX_CONNECTIONS_PER_IP), s.get(MAX_HANDSHAKES_PER_IP), s.get(ECHO), s.get(MAX_FRAME_SIZE), s.get(MAX_MESSAGE_SIZE),
                s.get(OUTBOUND_QUEUE_FRAMES), s.get(OUTBOUND_QUEUE_BYTES), s.get(MESSAGES_PER_SECOND), s.get(MESSAGE_BURST), s.get(CONTROL_FRAMES_PER_SECOND),
                millis(s.get(PING_INTERVAL_MS)), millis(s.get(PING_TIMEOUT_MS)), millis(s.get(CLOSE_TIMEOUT_MS)),
                millis(s.get(HANDSHAKE_TIMEOUT_MS)), s.get(MAX_HEAD_BYTES), s.get(MAX_LINE_LENGTH), s.get(MAX_HEADER_COUNT),
                s.get(ALLOWED_ORIGINS), millis(s.get(SHUTDOWN_GRACE_MS)), s.get(LOG_LEVEL),
                GameSettings.gameConfig(s), s.get(GameSettings.ERA), s.get(GameSettings.VIOLATION_POLICY), s.get(GameSettings.VIOLATION_LIMIT), s.get(GameSettings.BOTS),
                AdminSettings.adminConfig(s));
    }

    /** The defaults, with {@code overrides} given as {@code name -> value} as if they were flags. */
    public static ServerConfig defaults(Map<String, String> overrides) {
        return from(Settings.resolve(SETTINGS, overrides, Map.of()));
    }

    private static Duration millis(int ms) {
        return Duration.ofMillis(ms);
    }
}
