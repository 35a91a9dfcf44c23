package dev.moomoo.server;

import dev.moomoo.net.http.HttpResponse;
import dev.moomoo.protocol.ClientKind;
import dev.moomoo.protocol.CodeTable;
import dev.moomoo.protocol.Json;
import dev.moomoo.protocol.ServerKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The browser client, served from the server's resources on the game's own port: the page and the
 * socket share one origin, so the page works from any host name, over ws: and wss:. The page is ES
 * modules loaded with no build step: every file of the client's folder is served under its path, and
 * {@code /protocol.json} gives the packet codes this server speaks, so that the page knows its packets
 * by kind name only. The client is always at {@code /own/}, and at {@code /} too unless a saved page
 * of the current client is served there: its page names its files relatively, and its socket and its
 * tables ({@code /protocol.json}, {@code /game-data.json}) are at the root either way.
 */
final class WebClientPages {
    private static final String FOLDER = "/dev/moomoo/web/";
    /** Where the own client is whatever is at {@code /}. */
    static final String OWN = "/own/";
    /**
     * The paths that can name a file of the client: lower-case names in folders, one dot (the
     * extension's), so never {@code ..}, a hidden file or anything outside the folder.
     */
    private static final Pattern FILE = Pattern.compile("(?:[a-z0-9][a-z0-9_-]*/){0,4}[a-z0-9][a-z0-9_-]*\\.(?:html|js|css)");
    private static final int LONGEST_PATH = 200;

    /** The files read so far, by path; only files that exist get in, so it holds the folder at most. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    private WebClientPages() {
    }

    /** The own client at {@code /own/}, and at {@code /} too when {@code atRoot}. */
    static Routes addTo(Routes routes, CodeTable codes, boolean atRoot) {
        WebClientPages pages = new WebClientPages();
        if (pages.read("index.html") == null) {
            throw new IllegalStateException("web client file missing from the resources: index.html");
        }
        byte[] protocol = protocolJson(codes).getBytes(StandardCharsets.UTF_8);
        routes.page("/protocol.json", r -> HttpResponse.of(200, "application/json; charset=utf-8", protocol)
                        .withHeader("Cache-Control", "no-cache"))
                // the page names its files relatively, so /own must become /own/ first
                .page(OWN.substring(0, OWN.length() - 1), r -> HttpResponse.text(301, "the own client is at " + OWN + "\n").withHeader("Location", OWN));
        List<String> bases = atRoot ? List.of("/", OWN) : List.of(OWN);
        for (String base : bases) {
            routes.page(base, r -> pages.serve("index.html"))
                    .pagesUnder(base, r -> pages.serve(r.request().path().substring(base.length())));
        }
        return routes;
    }

    /**
     * The code of every packet kind of the profile in both directions, by kind name: {@code {"client":
     * {"SPAWN": "M", ...}, "server": {"IO_INIT": "io-init", ...}}}. A kind the profile lacks is left out.
     */
    static String protocolJson(CodeTable codes) {
        Map<String, Object> client = new LinkedHashMap<>();
        for (ClientKind kind : ClientKind.values()) {
            if (codes.has(kind)) {
                client.put(kind.name(), codes.clientCode(kind));
            }
        }
        Map<String, Object> server = new LinkedHashMap<>();
        for (ServerKind kind : ServerKind.values()) {
            if (codes.has(kind)) {
                server.put(kind.name(), codes.serverCode(kind));
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("client", client);
        root.put("server", server);
        return Json.write(root);
    }

    private HttpResponse serve(String file) {
        byte[] body = file.length() <= LONGEST_PATH && FILE.matcher(file).matches() ? read(file) : null;
        if (body == null) {
            return HttpResponse.text(404, "not found\n");
        }
        return HttpResponse.of(200, contentType(file), body).withHeader("Cache-Control", "no-cache");
    }

    /** The file's bytes, or null when the folder has no such file. */
    private byte[] read(String file) {
        return files.computeIfAbsent(file, WebClientPages::load);
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
        try (InputStream in = WebClientPages.class.getResourceAsStream(FOLDER + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
