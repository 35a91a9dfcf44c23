package dev.moomoo.server;

import dev.moomoo.net.http.RequestTarget;
import dev.moomoo.net.session.Endpoint;
import org.tinylog.Logger;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Which world a plain-frame socket plays in, from its URL: {@code ?world=<name>}, or
 * {@code ?server=<region>:<name>} (the v1.8 client's pick from its server list); neither: the default
 * (first) world. A URL that names no world of this server gets no endpoint, and its upgrade is refused
 * with 404 (README, "Several worlds").
 */
final class WorldChoice {
    static final String WORLD_PARAMETER = "world";
    static final String SERVER_PARAMETER = "server";

    private final List<HostedWorld> worlds;

    WorldChoice(List<HostedWorld> worlds) {
        this.worlds = List.copyOf(worlds);
    }

    /** The endpoint of the world {@code requestTarget} names, or null when it names none of these. */
    Endpoint endpointFor(String requestTarget) {
        HostedWorld w = worldFor(requestTarget);
        if (w == null) {
            Logger.debug("an upgrade of {} names no world here", requestTarget);
            return null;
        }
        return w.endpoint();
    }

    HostedWorld worldFor(String requestTarget) {
        String name = decoded(RequestTarget.queryParameter(requestTarget, WORLD_PARAMETER));
        if (name != null) {
            return worlds.stream().filter(w -> w.name().equals(name)).findFirst().orElse(null);
        }
        String server = decoded(RequestTarget.queryParameter(requestTarget, SERVER_PARAMETER));
        if (server != null) {
            int colon = server.indexOf(':');
            String region = colon < 0 ? "" : server.substring(0, colon);
            String world = server.substring(colon + 1);
            return worlds.stream().filter(w -> w.spec().region().equals(region) && w.name().equals(world)).findFirst().orElse(null);
        }
        return worlds.getFirst();
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
