package dev.moomoo.fleet.lobby;

import dev.moomoo.config.Columns;
import dev.moomoo.config.ConfigException;
import dev.moomoo.config.Settings;
import dev.moomoo.fleet.ticket.TicketSigner;
import dev.moomoo.server.ServerCommand;
import org.tinylog.Logger;
import org.tinylog.configuration.Configuration;
import org.tinylog.provider.ProviderRegistry;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The {@code lobby} subcommand: reads its settings (or answers {@code --help}), then serves the fleet's list until stopped. */
public final class LobbyCommand {
    private LobbyCommand() {
    }

    /** Runs {@code moomoo-server lobby args}; returns the exit status. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws InterruptedException {
        LobbyConfig config;
        try {
            Map<String, String> flags = ServerCommand.parseFlags(args);
            if (flags.containsKey("help")) {
                printHelp(out);
                return ServerCommand.EXIT_OK;
            }
            config = LobbyConfig.from(Settings.resolve(LobbyConfig.SETTINGS, flags, env));
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return ServerCommand.EXIT_USAGE;
        }
        if (!Configuration.isFrozen()) {
            Configuration.set("level", config.logLevel());
        }
        Lobby lobby;
        try {
            TicketSigner signer = new TicketSigner(config.joinSecret().secret().orElseThrow(), InstantSource.system(), config.joinTicketLifetime(),
                    new SecureRandom());
            lobby = Lobby.start(config, source(config, env), signer);
        } catch (IOException | GeneralSecurityException e) {
            err.println("error: the lobby cannot start: " + e.getMessage());
            return ServerCommand.EXIT_CANNOT_START;
        }
        Logger.info("lobby listening on {}:{}, listing {}", config.bind(), lobby.port(),
                config.fleet().isEmpty() ? config.servers() : "Fleet " + config.fleet() + " in namespace " + config.namespace());
        // Stopped as asked (SIGTERM) is exit status 0, as for the server: the hook closes, flushes the log and halts with it.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("lobby-shutdown").unstarted(() -> {
            lobby.close();
            try {
                ProviderRegistry.getLoggingProvider().shutdown();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(ServerCommand.EXIT_OK);
        }));
        new CountDownLatch(1).await(); // until the hook halts the JVM
        return ServerCommand.EXIT_OK;
    }

    /** The source the settings name: the static servers, or the Fleet through the Kubernetes API. */
    static FleetSource source(LobbyConfig config, Map<String, String> env) throws IOException, GeneralSecurityException {
        Duration timeout = config.pollPeriod().compareTo(Duration.ofSeconds(2)) < 0 ? config.pollPeriod() : Duration.ofSeconds(2);
        if (config.fleet().isEmpty()) {
            List<URI> bases = config.servers().stream().sorted().map(LobbyConfig::baseUrl).toList();
            return new StaticServers(bases, http(timeout).build(), timeout);
        }
        HttpClient.Builder http = http(timeout);
        URI api;
        if (config.kubernetesApi().isEmpty()) {
            String host = env.get("KUBERNETES_SERVICE_HOST");
            String port = env.get("KUBERNETES_SERVICE_PORT");
            if (host == null || port == null) {
                throw new IOException("not in a Kubernetes pod (no KUBERNETES_SERVICE_HOST and _PORT): set kubernetes-api");
            }
            api = URI.create("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
            http.sslContext(trusting(KubernetesFleet.SERVICE_ACCOUNT.resolve("ca.crt")));
        } else {
            api = URI.create(config.kubernetesApi());
        }
        return new KubernetesFleet(api, config.namespace(), config.fleet(), config.portName(), KubernetesFleet.SERVICE_ACCOUNT.resolve("token"),
                http.build(), timeout);
    }

    /**
     * HTTP/1.1 only: the JDK client's default asks an http:// server to upgrade to h2c, which a game
     * server takes for a WebSocket upgrade it has no endpoint for (404).
     */
    private static HttpClient.Builder http(Duration timeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
    }

    /** A TLS context that trusts the certificates of {@code caFile} (the cluster's CA) and nothing else. */
    private static SSLContext trusting(Path caFile) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(caFile)) {
            int i = 0;
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("kubernetes-ca-" + i++, certificate);
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }

    static void printHelp(PrintStream out) {
        out.println("usage: " + ServerCommand.NAME + " lobby [--name=value ...]");
        out.println("The fleet's list service: one server list of every game server's worlds for the v1.8 and v1.9 pages");
        out.println("(GET /servers, /api/servers), GET /ping, and join tickets signed for the world chosen (POST /join, /api/join).");
        out.println();
        out.println("Each setting is read from its flag, else its environment variable, else the file");
        out.println("given by --config (name = value lines, same names), else its default.");
        out.println();
        List<String[]> rows = ServerCommand.settingRows(LobbyConfig.SETTINGS);
        rows.add(new String[] {"--config", "settings file (env MOOMOO_CONFIG)"});
        rows.add(new String[] {"--help", "print this and exit"});
        out.print(Columns.format(rows, 2));
    }
}
