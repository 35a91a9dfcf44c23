package dev.moomoo.server;

import dev.moomoo.admin.Console;
import dev.moomoo.config.Columns;
import dev.moomoo.config.ConfigException;
import dev.moomoo.config.SettingDef;
import dev.moomoo.config.Settings;
import dev.moomoo.config.StateDirectory;
import org.tinylog.Logger;
import org.tinylog.configuration.Configuration;
import org.tinylog.provider.ProviderRegistry;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's command line: reads the settings (or answers {@code --help} and {@code --version}),
 * then serves until stopped. The program's entry point, {@code dev.moomoo.cli.Launcher}, sends it every
 * command line that is not another subcommand's.
 */
public final class ServerCommand {
    public static final String NAME = "moomoo-server";

    /** Exit status: stopped as asked (SIGTERM, the stop command), or --help / --version. */
    public static final int EXIT_OK = 0;
    /** Exit status: could not start (the address is in use or cannot be bound), or a subcommand failed. */
    public static final int EXIT_CANNOT_START = 1;
    /** Exit status: a bad setting, option or argument. */
    public static final int EXIT_USAGE = 2;

    /**
     * What the process exits with. The shutdown hook ends the JVM with {@code halt}, so it must know:
     * a signal stops the server as asked (0), a failed start has already set its own status.
     */
    private static volatile int exitStatus = EXIT_OK;

    /** What a command line asks of the server. */
    public sealed interface Parsed {
    }

    /** Already answered: help or the version printed, or an error reported; the process exits with {@code status}. */
    public record Answered(int status) implements Parsed {
    }

    /**
     * Settings to run with; {@code cdsTraining} when the command line asked for the class-data-sharing
     * training run ({@code --cds-training}) instead of serving.
     */
    public record Run(ServerConfig config, boolean cdsTraining) implements Parsed {
    }

    private ServerCommand() {
    }

    /** Ends the JVM with {@code status}; a running server's shutdown hook halts with it too. */
    public static void exit(int status) {
        exitStatus = status;
        System.exit(status);
    }

    /** Reads {@code args} (settings as flags, else from {@code env}, else the settings file, else defaults). */
    public static Parsed parse(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            Map<String, String> flags = parseFlags(args);
            boolean training = flags.remove("cds-training") != null;
            if (flags.containsKey("help")) {
                printHelp(out, env);
                return new Answered(EXIT_OK);
            }
            if (flags.containsKey("version")) {
                out.println(NAME + " " + version());
                return new Answered(EXIT_OK);
            }
            return new Run(ServerConfig.from(Settings.resolve(ServerConfig.SETTINGS, flags, env)), training);
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return new Answered(EXIT_USAGE);
        }
    }

    /** Starts the server with {@code config} and serves until it is stopped; returns the exit status. */
    public static int serve(ServerConfig config, PrintStream err) throws InterruptedException {
        Configuration.set("level", config.logLevel());
        // The logger is made now: the shutdown hook flushes it, and could not make it while the JVM exits
        // (a start that fails before anything was logged would print tinylog's complaint after its one line).
        ProviderRegistry.getLoggingProvider();
        // The hook is in place before the server starts, so a SIGTERM at any moment stops it cleanly.
        AtomicReference<GameServer> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(() -> {
                GameServer s = running.getAndSet(null);
                if (s != null) {
                    Logger.info("stop requested");
                    s.drainThenShutdown(); // the JVM waits for its hooks: the drain runs to its end
                }
                stopped.countDown();
                // A JVM stopped by a signal exits 128+signal (143 for SIGTERM); a server that stopped as it
                // was asked to exits 0, and one that could not start keeps the status it chose.
                // halt() skips the remaining hooks, so flush the log first.
                try {
                    ProviderRegistry.getLoggingProvider().shutdown();
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
                    .start(new Console(server.commands(), System.in, System.out));
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
    public static Map<String, String> parseFlags(String[] args) {
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
        out.println("       " + NAME + " lobby --help             the fleet's server list and join tickets");
        out.println("       " + NAME + " load --help              the load generator (loopback targets only)");
        out.println("       " + NAME + " trace-report --help      packets and bytes per code, direction and second of a trace file or recording");
        out.println("       " + NAME + " recording-json --help    a recording as JSON lines, for scripts");
        out.println();
        out.println("Each setting is read from its flag, else its environment variable, else the file");
        out.println("given by --config (name = value lines, same names), else its default.");
        out.println();
        List<String[]> rows = settingRows(ServerConfig.SETTINGS);
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

    /** A row of {@code --help} for each of {@code settings}: its flag, and what it does with its default and environment variable. */
    public static List<String[]> settingRows(List<SettingDef<?>> settings) {
        List<String[]> rows = new ArrayList<>();
        for (SettingDef<?> s : settings) {
            rows.add(new String[] {"--" + s.name(), s.description() + " (default: " + (s.defaultValue().isEmpty() ? "empty" : s.defaultValue())
                    + "; env " + s.environmentName() + ")"});
        }
        return rows;
    }

    static String version() {
        String v = ServerCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
