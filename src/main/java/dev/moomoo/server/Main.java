package dev.moomoo.server;

import dev.moomoo.config.ConfigException;
import dev.moomoo.config.SettingDef;
import dev.moomoo.config.Columns;
import dev.moomoo.config.Settings;
import dev.moomoo.config.StateDirectory;
import org.tinylog.Logger;
import org.tinylog.configuration.Configuration;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Command-line entry point: parses settings, starts the server, stops it on SIGTERM. */
public final class Main {
    public static final String NAME = "moomoo-server";

    /** Exit status: stopped as asked (SIGTERM, the stop command), or --help / --version. */
    static final int EXIT_OK = 0;
    /** Exit status: could not start (the address is in use or cannot be bound), or a subcommand failed. */
    static final int EXIT_CANNOT_START = 1;
    /** Exit status: a bad setting, option or argument. */
    static final int EXIT_USAGE = 2;

    /**
     * What the process exits with. The shutdown hook ends the JVM with {@code halt}, so it must know:
     * a signal stops the server as asked (0), a failed start has already set its own status.
     */
    private static volatile int exitStatus = EXIT_OK;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        exit(run(args, System.getenv(), System.out, System.err));
    }

    private static void exit(int status) {
        exitStatus = status;
        System.exit(status);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.length > 0 && args[0].equals("load")) {
            if (!Configuration.isFrozen()) { // (a JVM that logged already, such as a test's, keeps its level)
                Configuration.set("level", "warn");
            }
            return dev.moomoo.tools.LoadGenerator.main(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals("trace-report")) {
            return dev.moomoo.admin.TraceReport.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        boolean healthcheck = args.length > 0 && args[0].equals("healthcheck");
        if (healthcheck) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
            if (java.util.Arrays.asList(args).contains("--help")) {
                out.println(HealthCheck.USAGE);
                return EXIT_OK;
            }
        }
        ServerConfig config;
        boolean training;
        try {
            Map<String, String> flags = parseFlags(args);
            training = flags.remove("cds-training") != null;
            if (flags.containsKey("help")) {
                printHelp(out, env);
                return EXIT_OK;
            }
            if (flags.containsKey("version")) {
                out.println(NAME + " " + version());
                return EXIT_OK;
            }
            config = ServerConfig.from(Settings.resolve(ServerConfig.SETTINGS, flags, env));
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return EXIT_USAGE;
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
                // was asked to exits 0, and one that could not start keeps the status it chose.
                // halt() skips the remaining hooks, so flush the log first.
                try {
                    org.tinylog.provider.ProviderRegistry.getLoggingProvider().shutdown();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(exitStatus);
            }));
        } catch (IllegalStateException shuttingDown) {
            return EXIT_OK; // stopped before it started
        }
        GameServer server;
        try {
            server = GameServer.start(config);
        } catch (StartFailure e) {
            err.println("error: " + e.getMessage());
            return EXIT_CANNOT_START;
        }
        running.set(server);
        Logger.info("open {} in a browser to play", server.pageUrl());
        server.onStopRequested(() -> exit(EXIT_OK)); // the shutdown hook stops the server gracefully
        if (config.admin().console()) {
            Thread.ofPlatform().daemon(true).name("console")
                    .start(new dev.moomoo.admin.Console(server.commands(), System.in, System.out));
        }
        if (stopped.getCount() == 0 && running.compareAndSet(server, null)) {
            server.shutdown(); // the hook ran while the server was starting
        }
        stopped.await();
        return EXIT_OK;
    }

    /**
     * {@code --name=value}, {@code --name value}, or a bare {@code --name}: {@link Settings#NO_VALUE},
     * which is true for a switch and an error naming the missing value for any other setting.
     */
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
                flags.put(body, Settings.NO_VALUE);
            }
        }
        return flags;
    }

    static void printHelp(PrintStream out, Map<String, String> env) {
        out.println("Usage: " + NAME + " [--name=value ...]       run the server");
        out.println("       " + NAME + " healthcheck [--port=N]   exit 0 when the local server answers /healthz with 200");
        out.println("       " + NAME + " load --help              the load generator (loopback targets only)");
        out.println("       " + NAME + " trace-report --help      packets and bytes per code, direction and second of a trace file");
        out.println();
        out.println("Each setting is read from its flag, else its environment variable, else the file");
        out.println("given by --config (name = value lines, same names), else its default.");
        out.println();
        List<String[]> rows = new java.util.ArrayList<>();
        for (SettingDef<?> s : ServerConfig.SETTINGS) {
            rows.add(new String[] {"--" + s.name(), s.description() + " (default: " + (s.defaultValue().isEmpty() ? "empty" : s.defaultValue())
                    + "; env " + s.environmentName() + ")"});
        }
        rows.add(new String[] {"--config", "settings file (env MOOMOO_CONFIG)"});
        rows.add(new String[] {"--help", "print this and exit"});
        rows.add(new String[] {"--version", "print the version and exit"});
        out.print(Columns.format(rows, 2));
        out.println();
        out.println("State (the ban file) is kept in " + StateDirectory.resolve("", env) + " (--state-dir).");
        out.println();
        out.println("Exit status: " + EXIT_OK + " stopped as asked (SIGTERM, the stop command) or --help/--version; "
                + EXIT_CANNOT_START + " could not start");
        out.println("(the address is in use or cannot be bound); " + EXIT_USAGE + " a bad setting, option or argument.");
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
