package dev.moomoo.fleet.lobby;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.ConfigRecord;
import dev.moomoo.config.Setting;
import dev.moomoo.config.SettingDef;
import dev.moomoo.config.Settings;
import dev.moomoo.fleet.ticket.JoinSecretConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The settings of the {@code lobby} subcommand (README, "The lobby"): where it listens, where it finds
 * the game servers (a list of base URLs, or an Agones Fleet through the Kubernetes API), and the
 * join tickets it signs. Declared like the server's ({@link Setting}).
 */
public record LobbyConfig(
        @Setting(name = "bind", defaultValue = "0.0.0.0", description = "address to listen on")
        String bind,
        @Setting(name = "port", defaultValue = "3000", min = 0, max = 65535,
                description = "TCP port of the list, ping and join services (0 picks a free one; PORT is honoured too)")
        int port,
        @Setting(name = "allowed-origins", defaultValue = "",
                description = "Origin values whose pages may read the answers (CORS), comma-separated; empty allows all")
        Set<String> allowedOrigins,
        @Setting(name = "log-level", defaultValue = "info", oneOf = {"trace", "debug", "info", "warn", "error"},
                description = "trace, debug, info, warn or error")
        String logLevel,
        @Setting(name = "lobby-servers", defaultValue = "",
                description = "game servers to list, their base URLs comma-separated (http://10.0.0.5:3000,...); each is polled for /api/servers and /healthz")
        Set<String> servers,
        @Setting(name = "lobby-fleet", defaultValue = "",
                description = "the Agones Fleet whose GameServers to list through the Kubernetes API (label agones.dev/fleet); empty: use lobby-servers")
        String fleet,
        @Setting(name = "lobby-namespace", defaultValue = "default",
                description = "the Kubernetes namespace of lobby-fleet")
        String namespace,
        @Setting(name = "lobby-port-name", defaultValue = "game",
                description = "the name of the GameServers' port the clients dial (the Fleet's spec.template.spec.ports)")
        String portName,
        @Setting(name = "kubernetes-api", defaultValue = "",
                description = "base URL of the Kubernetes API; empty: https://KUBERNETES_SERVICE_HOST:KUBERNETES_SERVICE_PORT with the service account's CA")
        String kubernetesApi,
        @Setting(name = "lobby-poll-ms", defaultValue = "2000", min = 100, max = 600_000,
                description = "how often the game servers are asked for their worlds; a server that fails to answer drops out of the list at once")
        Duration pollPeriod,
        @Setting(name = "join-ticket-ms", defaultValue = "30000", min = 1000, max = 600_000,
                description = "how long a join ticket from POST /join is good for")
        Duration joinTicketLifetime,
        @Setting(name = "joins-per-minute", defaultValue = "30", min = 1, max = 1_000_000,
                description = "POST /join requests one address may make per minute, all at once at most; past it 429")
        int joinsPerMinute,
        @Setting(name = "client-page", defaultValue = "",
                description = "folder of the v1.9 page saved from moomoo.io, served at / so that one origin holds the page, the list and the joins; empty: none")
        String clientPage,
        @Setting(name = "anti-debug", defaultValue = "true",
                description = "false: the saved page's anti-tamper start is patched out (for developers)")
        boolean antiDebug,
        @Setting(name = "build-module-file", defaultValue = "",
                description = "the fleet's build module (the file every game server's build-module-file names), required with client-page")
        String buildModuleFile,
        JoinSecretConfig joinSecret) {

    private static final ConfigRecord<LobbyConfig> DECLARED = ConfigRecord.of(LobbyConfig.class);

    /** Every setting, in the order of {@code --help}. */
    public static final List<SettingDef<?>> SETTINGS = DECLARED.settings();

    public LobbyConfig {
        allowedOrigins = Set.copyOf(allowedOrigins);
        servers = Set.copyOf(servers);
        if (servers.isEmpty() == fleet.isEmpty()) {
            throw new ConfigException("the lobby lists either lobby-servers or lobby-fleet: set " + (servers.isEmpty() ? "one" : "only one"));
        }
        servers.forEach(LobbyConfig::baseUrl);
        if (!clientPage.isEmpty() && buildModuleFile.isEmpty()) {
            throw new ConfigException("a page served by the lobby dials the game servers with their build: set build-module-file to the fleet's");
        }
        if (joinSecret.secret().isEmpty()) {
            throw new ConfigException("the lobby signs join tickets: set join-ticket-secret (the game servers' own, at least 32 bytes)");
        }
    }

    /** {@code base} as a URI; a ConfigException when it is no http or https base URL. */
    static URI baseUrl(String base) {
        try {
            URI uri = new URI(base);
            if (List.of("http", "https").contains(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new ConfigException("invalid value '" + base + "' in setting lobby-servers: expected a base URL such as http://10.0.0.5:3000");
    }

    public static LobbyConfig from(Settings s) {
        return DECLARED.from(s);
    }
}
