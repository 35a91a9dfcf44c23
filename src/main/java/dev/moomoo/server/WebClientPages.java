package dev.moomoo.server;

import dev.moomoo.net.http.HttpResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The browser client, served from the server's resources on the game's own port: the page and the
 * socket share one origin, so the page works from any host name, over ws: and wss:.
 */
final class WebClientPages {
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/msgpack.js", "msgpack.js",
            "/art.js", "art.js",
            "/game.js", "game.js",
            "/view.js", "view.js",
            "/hud.js", "hud.js",
            "/input.js", "input.js",
            "/style.css", "style.css");

    private WebClientPages() {
    }

    static Routes addTo(Routes routes) {
        FILES.forEach((path, file) -> {
            HttpResponse page = HttpResponse.of(200, contentType(file), load(file));
            routes.page(path, r -> new HttpResponse(200, new java.util.LinkedHashMap<>(page.headers()), page.body())
                    .withHeader("Cache-Control", "no-cache"));
        });
        return routes;
    }

    private static String contentType(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return "text/css; charset=utf-8";
    }

    private static byte[] load(String file) {
        try (InputStream in = WebClientPages.class.getResourceAsStream("/dev/moomoo/web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("web client file missing from the resources: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
