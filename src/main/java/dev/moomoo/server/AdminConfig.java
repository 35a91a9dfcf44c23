package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.Setting;

/** The settings of operating the server, a part of {@link ServerConfig}. */
public record AdminConfig(
        @Setting(name = "admin-token", defaultValue = "",
                description = "token for /login <token> in chat, which allows admin commands there (max 23 characters); empty: nobody")
        String adminToken,
        @Setting(name = "state-dir", defaultValue = "",
                description = "directory for what outlives a restart (the ban file), made when first needed; empty: $XDG_STATE_HOME/moomoo-server, else ~/.local/state/moomoo-server")
        String stateDir,
        @Setting(name = "ban-file", defaultValue = "bans.txt",
                description = "file of banned IP addresses, kept across restarts; a relative path is inside state-dir; empty: bans last until stop")
        String banFile,
        @Setting(name = "metrics-access", defaultValue = "loopback", oneOf = {"open", "loopback", "token"},
                description = "who may read /metrics: open, loopback, or token (Authorization: Bearer <admin-token>)")
        String metricsAccess,
        @Setting(name = "packet-trace", defaultValue = "off",
                description = "trace every packet from the start: off, log, or the path of a trace file (the console's trace command changes it at run time)")
        String packetTrace,
        @Setting(name = "input-journal", defaultValue = "off",
                description = "record each world's input journal from its first tick (replay-inputs re-simulates it): off, or a directory (relative: inside state-dir)")
        String inputJournal,
        @Setting(name = "input-journal-max-mb", defaultValue = "256", min = 1, max = 65536,
                description = "a world's input journal ends (the world goes on unrecorded) past this many MB")
        int inputJournalMaxMb,
        @Setting(name = "console", defaultValue = "true", description = "read commands from standard input")
        boolean console) {

    public AdminConfig {
        if (adminToken.length() > 23) {
            throw new ConfigException("invalid value for setting admin-token: expected at most 23 characters (chat lines are 30, '/login ' takes 7)");
        }
    }
}
