package dev.moomoo.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The {@code healthcheck} subcommand: asks the local server's {@code /healthz} and exits 0 on 200.
 * It needs no shell tool, so a container built from scratch can run it as its health check.
 */
public final class HealthCheck {
    static final String USAGE = "usage: moomoo-server healthcheck [--port=N] [--bind=ADDRESS]\n"
            + "asks the server on this machine for /healthz (the settings say where it listens); exit status 0 healthy, 1 not";

    private HealthCheck() {
    }

    /**
     * The subcommand's command line: its usage for {@code --help}; else the server's own settings (flags,
     * environment, settings file) say where to ask. Returns the process exit code.
     */
    public static int command(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help")) {
            out.println(USAGE);
            return ServerCommand.EXIT_OK;
        }
        return switch (ServerCommand.parse(args, env, out, err)) {
            case ServerCommand.Answered answered -> answered.status();
            case ServerCommand.Run run -> {
                String bind = run.config().bind();
                String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind;
                yield run(host, run.config().port(), 3000);
            }
        };
    }

    /** Asks the server at {@code host:port} once; returns the process exit code: 0 healthy, 1 not. */
    public static int run(String host, int port, int timeoutMillis) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            s.getOutputStream().write(("GET /healthz HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            String status = new String(head, StandardCharsets.ISO_8859_1);
            System.out.println(status.startsWith("HTTP/1.1 200") ? "healthy" : "unhealthy: " + status.trim());
            return status.startsWith("HTTP/1.1 200") ? 0 : 1;
        } catch (IOException e) {
            System.out.println("unhealthy: " + e.getMessage());
            return 1;
        }
    }
}
