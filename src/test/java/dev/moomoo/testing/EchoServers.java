package dev.moomoo.testing;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.net.session.EchoEndpoint;
import dev.moomoo.server.Routes;
import dev.moomoo.server.Server;
import dev.moomoo.server.ServerConfig;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** An in-process server with the echo endpoint at /echo and a page at /, on a free loopback port. */
public final class EchoServers {
    private EchoServers() {
    }

    public static Server start(String... settings) throws IOException {
        Map<String, String> s = new HashMap<>(Map.of("port", "0", "bind", "127.0.0.1", "echo", "true", "messages-per-second", "0", "max-connections-per-ip", "100000",
                "max-handshakes-per-ip", "100000"));
        for (int i = 0; i < settings.length; i += 2) {
            s.put(settings[i], settings[i + 1]);
        }
        return Server.start(ServerConfig.defaults(s),
                new Routes().socket("/echo", new EchoEndpoint()).page("/", r -> HttpResponse.text(200, "ok\n")));
    }
}
