package dev.moomoo.cli;

import dev.moomoo.admin.TraceReport;
import dev.moomoo.fleet.lobby.LobbyCommand;
import dev.moomoo.lab.record.RecordingJson;
import dev.moomoo.server.HealthCheck;
import dev.moomoo.server.ServerCommand;
import dev.moomoo.tools.CdsTraining;
import dev.moomoo.tools.LoadGenerator;
import org.tinylog.configuration.Configuration;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * The program's entry point, above everything else: by its first argument it runs a subcommand
 * ({@code load}, {@code trace-report}, {@code recording-json}, {@code healthcheck}, {@code lobby}) or else the server. It sits here so that the
 * server does not depend on its own clients (the load generator, the training run).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServerCommand.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the command line {@code args}; returns the process exit status. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws InterruptedException {
        String first = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        return switch (first) {
            case "load" -> load(rest, out, err);
            case "trace-report" -> TraceReport.run(rest, out, err);
            case "recording-json" -> RecordingJson.run(rest, out, err);
            case "healthcheck" -> HealthCheck.command(rest, env, out, err);
            case "lobby" -> LobbyCommand.run(rest, env, out, err);
            default -> server(args, env, out, err);
        };
    }

    private static int load(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        if (!Configuration.isFrozen()) { // (a JVM that logged already, such as a test's, keeps its level)
            Configuration.set("level", "warn");
        }
        return LoadGenerator.main(args, out, err);
    }

    private static int server(String[] args, Map<String, String> env, PrintStream out, PrintStream err) throws InterruptedException {
        return switch (ServerCommand.parse(args, env, out, err)) {
            case ServerCommand.Answered answered -> answered.status();
            case ServerCommand.Run run when run.cdsTraining() -> {
                Configuration.set("level", "warn");
                yield CdsTraining.run();
            }
            case ServerCommand.Run run -> ServerCommand.serve(run.config(), err);
        };
    }
}
