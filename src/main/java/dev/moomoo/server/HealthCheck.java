package dev.moomoo.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The {@code healthcheck} subcommand: asks the local server's {@code /healthz} and exits 0 on 200.
 * It needs no shell tool, so a container built from scratch can run it as its health check.
 */
final class HealthCheck {
    static final String USAGE = "usage: moomoo-server healthcheck [--port=N] [--bind=ADDRESS]\n"
            + "asks the server on this machine for /healthz (the settings say where it listens); exit status 0 healthy, 1 not";

    private HealthCheck() {
    }

    /** Returns the process exit code: 0 healthy, 1 not. */
    static int run(String host, int port, int timeoutMillis) {
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
