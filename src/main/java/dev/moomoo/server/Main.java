package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.ServerConfig;
import dev.moomoo.config.Setting;
import dev.moomoo.config.Settings;
import org.tinylog.Logger;
import org.tinylog.configuration.Configuration;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Command-line entry point: parses settings, starts the server, stops it on SIGTERM. */
public final class Main {
    public static final String NAME = "moomoo-server";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.length > 0 && args[0].equals("load")) {
            Configuration.set("level", "warn");
            return dev.moomoo.tools.LoadGenerator.main(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("trace-report")) {
            return dev.moomoo.admin.TraceReport.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        boolean healthcheck = args.length > 0 && args[0].equals("healthcheck");
        if (healthcheck) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        ServerConfig config;
        boolean training;
        try {
            Map<String, String> flags = parseFlags(args);
            training = flags.remove("cds-training") != null;
            if (flags.containsKey("help")) {
                printHelp(out);
                return 0;
            }
            if (flags.containsKey("version")) {
                out.println(NAME + " " + version());
                return 0;
            }
            config = ServerConfig.from(Settings.resolve(ServerConfig.SETTINGS, flags, env));
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (healthcheck) {
            String host = config.bind().equals("0.0.0.0") || config.bind().equals("::") ? "127.0.0.1" : config.bind();
            return HealthCheck.run(host, config.port(), 3000);
        }
        Configuration.set("level", training ? "warn" : config.logLevel());
        if (training) {
            return CdsTraining.run();
        }
        // The hook is in place before the server starts, so a SIGTERM at any moment stops it cleanly.
        java.util.concurrent.atomic.AtomicReference<GameServer> running = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
                GameServer s = running.getAndSet(null);
                if (s != null) {
                    Logger.info("stop requested");
                    s.shutdown();
                }
                stopped.countDown();
                // A JVM stopped by a signal exits 128+signal (143 for SIGTERM); a server that stopped as it
                // was asked to exits 0. halt() skips the remaining hooks, so flush the log first.
                try {
                    org.tinylog.provider.ProviderRegistry.getLoggingProvider().shutdown();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(0);
            }));
        } catch (IllegalStateException shuttingDown) {
            return 0; // stopped before it started
        }
        GameServer server;
        try {
            server = GameServer.start(config);
        } catch (IOException e) {
            err.println("error: cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage());
            return 1;
        }
        running.set(server);
        server.onStopRequested(() -> System.exit(0)); // the shutdown hook stops the server gracefully
        if (config.admin().console()) {
            Thread.ofPlatform().daemon(true).name("console")
                    .start(new dev.moomoo.admin.Console(server.commands(), System.in, System.out));
        }
        if (stopped.getCount() == 0 && running.compareAndSet(server, null)) {
            server.shutdown(); // the hook ran while the server was starting
        }
        stopped.await();
        return 0;
    }

    /** {@code --name=value}, {@code --name value}, or a bare {@code --name} meaning true. */
    static Map<String, String> parseFlags(String[] args) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || a.length() == 2) {
                throw new ConfigException("unexpected argument '" + a + "' (settings are given as --name=value; see --help)");
            }
            String body = a.substring(2);
            int eq = body.indexOf('=');
            if (eq >= 0) {
                flags.put(body.substring(0, eq), body.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                flags.put(body, args[++i]);
            } else {
                flags.put(body, "true");
            }
        }
        return flags;
    }

    static void printHelp(PrintStream out) {
        out.println("Usage: " + NAME + " [--name=value ...]");
        out.println("       " + NAME + " healthcheck [--port=N]   exit 0 when the local server answers /healthz with 200");
        out.println("       " + NAME + " load --mode idle|active --connections N --seconds S [--host H] [--port P] [--sources K]");
        out.println("                                           the load generator (loopback targets only)");
        out.println("       " + NAME + " trace-report <file> [--type CODE] [--direction in|out] [--connection ID]");
        out.println("                                           packets and bytes per code, direction and second of a trace file");
        out.println("Each setting is read from its flag, else its environment variable, else the file");
        out.println("given by --config (Java properties, same names), else its default.");
        out.println();
        for (Setting<?> s : ServerConfig.SETTINGS) {
            out.printf("  --%-24s %s (default: %s; env %s)%n", s.name(), s.description(),
                    s.defaultValue().isEmpty() ? "empty" : s.defaultValue(), s.environmentName());
        }
        out.printf("  --%-24s %s%n", "config", "properties file with settings (env MOOMOO_CONFIG)");
        out.printf("  --%-24s %s%n", "help", "print this and exit");
        out.printf("  --%-24s %s%n", "version", "print the version and exit");
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
