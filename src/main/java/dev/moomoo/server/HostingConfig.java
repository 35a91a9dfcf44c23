package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.Setting;

import java.time.Duration;
import java.util.Map;

/**
 * The settings of serving the current MooMoo.io client (v1.9) from a page the operator saved, and of
 * the web services that page calls (README, "Serving the current client"); a part of
 * {@link ServerConfig}.
 */
public record HostingConfig(
        @Setting(name = "client-page", defaultValue = "",
                description = "folder of a page saved from moomoo.io (Webpage, Complete), served at / with its patches (the own client then at /own/); empty: the own client at /")
        String clientPage,
        @Setting(name = "anti-debug", defaultValue = "true",
                description = "keep the saved page's anti-debugging (a debugger pause every second, F12 blocked); false for developers")
        boolean antiDebug,
        @Setting(name = "region", defaultValue = "local",
                description = "the region id this server's world is listed under in /api/servers (lower-case letters, digits and dashes)")
        String region,
        @Setting(name = "server-id", defaultValue = "",
                description = "this server's id in a fleet: the lobby lists its worlds by it and signs join tickets for it; empty: the environment's HOSTNAME (the pod's name on Kubernetes), else local")
        String serverId,
        @Setting(name = "region-name", defaultValue = "",
                description = "the region's label in the page's server list; empty: the page's own label for the region id")
        String regionName,
        @Setting(name = "build-module-file", defaultValue = "build-module.txt",
                description = "file keeping the saved page's protocol module build across restarts; a relative path is inside state-dir; empty: a new build at each start")
        String buildModuleFile,
        @Setting(name = "join-ticket-ms", defaultValue = "30000", min = 1000, max = 600_000,
                description = "how long a join ticket from POST /api/join is good for")
        Duration joinTicketLifetime,
        @Setting(name = "join-tickets-max", defaultValue = "10000", min = 1, max = 1_000_000,
                description = "join tickets waiting to be used at most, past it the oldest is dropped; with join-ticket-secret also the signed tickets remembered as used at most, past it new ones are refused")
        int joinTicketsMax,
        @Setting(name = "joins-per-minute", defaultValue = "30", min = 1, max = 1_000_000,
                description = "POST /api/join requests one address may make per minute, all at once at most; past it 429")
        int joinsPerMinute) {

    public HostingConfig {
        if (!serverId.isEmpty() && !serverId.matches(SERVER_ID)) {
            throw new ConfigException("invalid value '" + serverId + "' for setting server-id: expected 1 to 63 letters, digits, dashes and underscores");
        }
        if (!region.matches("[a-z0-9][a-z0-9-]{0,31}") || region.equals("0")) {
            throw new ConfigException("invalid value '" + region + "' for setting region: expected 1 to 32 lower-case letters, digits and dashes, not 0"
                    + " (the page's address for region 0 is localhost)");
        }
    }

    /** What a server id may be: an Agones GameServer's name fits; no dot, since the lobby's keys are its first part of a host name. */
    private static final String SERVER_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,62}";

    /** The id of a server that has none: the setting unset and no fit HOSTNAME. */
    public static final String NO_SERVER_ID = "local";

    /** The server id: the setting, else {@code env}'s HOSTNAME when it is a fit one, else {@value #NO_SERVER_ID}. */
    public String serverId(Map<String, String> env) {
        if (!serverId.isEmpty()) {
            return serverId;
        }
        String host = env.getOrDefault("HOSTNAME", "");
        return host.matches(SERVER_ID) ? host : NO_SERVER_ID;
    }
}
