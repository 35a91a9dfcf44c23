package dev.moomoo.lab.inspect;

import dev.moomoo.testing.HandFedFeed;
import dev.moomoo.client.WsClient;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.server.InspectorDesk;
import dev.moomoo.server.InspectorRoutes;
import dev.moomoo.server.Routes;
import dev.moomoo.server.Server;
import dev.moomoo.server.ServerConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A server on loopback that serves only the inspector, fed by hand (or a game server's port, {@link #on}),
 * and what its tests do with it over real sockets.
 */
final class InspectServer implements AutoCloseable {
    static final String TOKEN = "s3cret-token";
    private static final Pattern SET_COOKIE = Pattern.compile("Set-Cookie: (" + InspectSessions.COOKIE + "=[^;\\r\\n]+)([^\\r\\n]*)");

    final HandFedFeed feed = new HandFedFeed();
    /** The inspector's own server, or null for a game server's port. */
    private final Server server;
    private final int port;

    InspectServer(String token, String... settings) throws IOException {
        this(token, noRecordings(), settings);
    }

    InspectServer(String token, RecordingDesk desk, String... settings) throws IOException {
        this(token, desk, InspectorRoutes.signInLimit(InstantSource.system()), settings);
    }

    /** An inspector with {@code signInLimit} on wrong tokens. */
    InspectServer(String token, Inspector.SignInLimit signInLimit) throws IOException {
        this(token, noRecordings(), signInLimit);
    }

    private InspectServer(String token, RecordingDesk desk, Inspector.SignInLimit signInLimit, String... settings) throws IOException {
        Map<String, String> all = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1"));
        for (int i = 0; i < settings.length; i += 2) {
            all.put(settings[i], settings[i + 1]);
        }
        ServerConfig config = ServerConfig.defaults(all);
        Inspector inspector = new Inspector(feed, token, config.allowedOrigins(), id -> "192.0.2.7",
                signInLimit, desk, InstantSource.system());
        server = Server.start(config, InspectorRoutes.addTo(new Routes(), inspector));
        port = server.port();
    }

    private InspectServer(int port) {
        this.server = null;
        this.port = port;
    }

    /** The inspector of the server on {@code port} (a game server's, with {@link #TOKEN} as its admin token). */
    static InspectServer on(int port) {
        return new InspectServer(port);
    }

    int port() {
        return port;
    }

    /** A desk with no recordings whose commands fail the test. */
    static RecordingDesk noRecordings() {
        return new InspectorDesk(new Recordings(Path.of("target/no-recordings-here"), new HandFedFeed(), "test"), List.of("main"),
                (line, origin) -> fail("no command expected, got " + line));
    }

    /** One request written by hand, and the whole response. */
    String exchange(String request) throws IOException {
        try (WsClient c = WsClient.tcp(port, 5000)) {
            c.write(request);
            return c.readResponse();
        }
    }

    /** One request written by hand, and the whole response as bytes: its head, then its body. */
    byte[] exchangeBytes(String request) throws IOException {
        try (WsClient c = WsClient.tcp(port, 5000)) {
            c.write(request);
            return c.socket().getInputStream().readAllBytes(); // every answer closes the connection
        }
    }

    String get(String path, String... headers) throws IOException {
        return exchange(getRequest(path, headers));
    }

    String getRequest(String path, String... headers) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + lines(headers) + "\r\n";
    }

    String post(String path, String body, String... headers) throws IOException {
        return exchange("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n" + lines(headers) + "\r\n" + body);
    }

    private static String lines(String... headers) {
        StringBuilder sb = new StringBuilder();
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        return sb.toString();
    }

    /** The whole {@code Set-Cookie} line's value of a response: the cookie, then its attributes. */
    static String[] setCookie(String response) {
        Matcher m = SET_COOKIE.matcher(response);
        assertTrue(m.find(), "a session cookie is set: " + response);
        return new String[] {m.group(1), m.group(2)};
    }

    /** Signs in with the token ({@code changes}: the checkbox ticked) and returns the {@code Cookie} header line. */
    String signIn(boolean changes) throws IOException {
        String r = post(Inspector.LOGIN, "token=" + TOKEN + (changes ? "&changes=on" : ""));
        assertTrue(r.startsWith("HTTP/1.1 303 "), r);
        return "Cookie: " + setCookie(r)[0];
    }

    /** An upgrade of {@code /inspect/socket} with {@code headers}: the client, its response head read. */
    WsClient socket(String... headers) throws IOException {
        WsClient c = WsClient.tcp(port, 5000);
        c.write(WsClient.upgradeRequest(Inspector.SOCKET, headers));
        return c;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
        }
    }
}
