package dev.moomoo.server;

import dev.moomoo.net.http.HttpRequest;
import dev.moomoo.net.http.RequestTarget;
import dev.moomoo.net.session.Endpoint;
import org.tinylog.Logger;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Which world a plain-frame socket plays in (README, "Several worlds"): from its URL, {@code ?world=<name>},
 * or {@code ?server=<region>:<name>} (the v1.8 client's pick from its server list); a URL that names no
 * world of this server gets no endpoint, and its upgrade is refused with 404. A URL that names none: the
 * world the Host header names, {@code <key>.<region>.<anything>} (the v1.8 client dials
 * {@code wss://<key>.<region>.<base>/} with no query), else the default (first) world, since a Host such as
 * {@code localhost:3000} or an address names none.
 */
final class WorldChoice {
    static final String WORLD_PARAMETER = "world";
    static final String SERVER_PARAMETER = "server";

    private final List<HostedWorld> worlds;

    WorldChoice(List<HostedWorld> worlds) {
        this.worlds = List.copyOf(worlds);
    }

    /** The endpoint of the world {@code request} names, or null when its URL names none of these. */
    Endpoint endpointFor(HttpRequest request) {
        HostedWorld w = worldFor(request.target(), request.header("host"));
        if (w == null) {
            Logger.debug("an upgrade of {} names no world here", request.target());
            return null;
        }
        return w.endpoint();
    }

    /** The world of {@code requestTarget}, else of {@code host} (null: none sent); null when the URL names a world not here. */
    HostedWorld worldFor(String requestTarget, String host) {
        String name = decoded(RequestTarget.queryParameter(requestTarget, WORLD_PARAMETER));
        if (name != null) {
            return worlds.stream().filter(w -> w.name().equals(name)).findFirst().orElse(null);
        }
        String server = decoded(RequestTarget.queryParameter(requestTarget, SERVER_PARAMETER));
        if (server != null) {
            int colon = server.indexOf(':');
            String region = colon < 0 ? "" : server.substring(0, colon);
            String world = server.substring(colon + 1);
            return inRegion(region, world);
        }
        HostedWorld byHost = host == null ? null : byHost(host);
        return byHost != null ? byHost : worlds.getFirst();
    }

    /**
     * The world whose key and region are the first two labels of {@code host} ({@code <key>.<region>.<base>},
     * a port after it or not), or null. Host names are case-insensitive (RFC 9110, 4.2.3: "The scheme and
     * host are case-insensitive"); world names and regions are lower-case.
     */
    private HostedWorld byHost(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.", 3);
        if (labels.length < 3) {
            return null;
        }
        return worlds.stream().filter(w -> w.spec().key().equals(labels[0]) && w.spec().region().equals(labels[1])).findFirst().orElse(null);
    }

    private HostedWorld inRegion(String region, String name) {
        return worlds.stream().filter(w -> w.spec().region().equals(region) && w.name().equals(name)).findFirst().orElse(null);
    }

    /** A query value percent-decoded (a page writes {@code :} as {@code %3A}); one that does not decode is kept as it is, and names no world. */
    private static String decoded(String raw) {
        try {
            return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
