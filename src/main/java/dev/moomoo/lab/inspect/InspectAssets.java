package dev.moomoo.lab.inspect;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.protocol.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inspector's own files, from {@code src/main/resources/dev/moomoo/web/inspect/}: only the names of
 * {@link #TYPES}, read once. Every answer forbids caching, framing by other sites, and scripts from
 * anywhere but this origin.
 */
final class InspectAssets {
    private static final String FOLDER = "/dev/moomoo/web/inspect/";
    /** The files there are, by name, with their content types. */
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "signin.html", "text/html; charset=utf-8",
            "off.html", "text/html; charset=utf-8",
            "refused.html", "text/html; charset=utf-8",
            "slow.html", "text/html; charset=utf-8",
            "inspect.css", "text/css; charset=utf-8",
            "inspect.js", "text/javascript; charset=utf-8",
            "msgpack.js", "text/javascript; charset=utf-8",
            "rowlist.js", "text/javascript; charset=utf-8",
            "filter.js", "text/javascript; charset=utf-8");
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    /** The file {@code name} with status 200, or a 404. */
    HttpResponse file(String name) {
        return TYPES.containsKey(name) ? page(200, name) : guarded(HttpResponse.text(404, "not found\n"));
    }

    /** The page {@code name} (one of {@link #TYPES}) with {@code status}. */
    HttpResponse page(int status, String name) {
        return guarded(HttpResponse.of(status, TYPES.get(name), files.computeIfAbsent(name, InspectAssets::load)));
    }

    HttpResponse json(int status, Object value) {
        return guarded(HttpResponse.of(status, "application/json; charset=utf-8", Json.write(value).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code r} with the headers every answer of the inspector has. */
    static HttpResponse guarded(HttpResponse r) {
        // "same-origin", not "no-referrer": with no referrer at all, the sign-in form's Origin would be "null".
        return r.withHeader("Cache-Control", "no-store")
                .withHeader("Content-Security-Policy", POLICY)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "same-origin");
    }

    private static byte[] load(String name) {
        try (InputStream in = InspectAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("inspector file missing from the resources: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
