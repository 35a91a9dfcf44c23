package dev.moomoo.config;

import java.util.List;

/** The settings of operating the server, part of {@link ServerConfig#SETTINGS}. */
public final class AdminSettings {
    public static final Setting<String> ADMIN_TOKEN = Setting.string("admin-token", "", "token for /login <token> in chat, which allows admin commands there (max 23 characters); empty: nobody");
    public static final Setting<String> STATE_DIR = Setting.string("state-dir", "", "directory for what outlives a restart (the ban file), made when first needed; empty: $XDG_STATE_HOME/moomoo-server, else ~/.local/state/moomoo-server");
    public static final Setting<String> BAN_FILE = Setting.string("ban-file", "bans.txt", "file of banned IP addresses, kept across restarts; a relative path is inside state-dir; empty: bans last until stop");
    public static final Setting<String> METRICS_ACCESS = Setting.oneOf("metrics-access", "loopback", "who may read /metrics: open, loopback, or token (Authorization: Bearer <admin-token>)", "open", "loopback", "token");
    public static final Setting<String> PACKET_TRACE = Setting.string("packet-trace", "off", "trace every packet from the start: off, log, or the path of a trace file (the console's trace command changes it at run time)");
    public static final Setting<Boolean> CONSOLE = Setting.bool("console", true, "read commands from standard input");

    public static final List<Setting<?>> SETTINGS = List.of(ADMIN_TOKEN, STATE_DIR, BAN_FILE, METRICS_ACCESS, PACKET_TRACE, CONSOLE);

    /** The resolved admin settings. */
    public record AdminConfig(String adminToken, String stateDir, String banFile, String metricsAccess, String packetTrace, boolean console) {
        public AdminConfig {
            if (adminToken.length() > 23) {
                throw new ConfigException("invalid value for setting admin-token: expected at most 23 characters (chat lines are 30, '/login ' takes 7)");
            }
        }
    }

    private AdminSettings() {
    }

    static AdminConfig adminConfig(Settings s) {
        return new AdminConfig(s.get(ADMIN_TOKEN), s.get(STATE_DIR), s.get(BAN_FILE), s.get(METRICS_ACCESS), s.get(PACKET_TRACE), s.get(CONSOLE));
    }
}
