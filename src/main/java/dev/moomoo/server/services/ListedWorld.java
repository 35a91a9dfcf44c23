package dev.moomoo.server.services;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One world as the v1.9 page's server list holds it ({@code GET /api/servers}): the region it is listed
 * under, its name (unique within the region), its key (the socket's path is {@code /s/<key>}), how many
 * play and how many may (the page calls it full, and will not join, when the count reaches the capacity),
 * and the region's label ({@code regionName}; empty: the page's own label for the region id). A fleet's
 * lobby (README, "The lobby") lists worlds of other hosts: it adds the host's {@code port}, which the
 * v1.8 page pings, and {@code socket}, the URL the page dials (0 and empty: not listed, the world is on
 * the page's own host).
 */
public record ListedWorld(String region, String name, String key, int playerCount, int playerCapacity, String regionName, int port, String socket) {

    /** A world of this server. */
    public ListedWorld(String region, String name, String key, int playerCount, int playerCapacity, String regionName) {
        this(region, name, key, playerCount, playerCapacity, regionName, 0, "");
    }

    /** The list entry as the page reads it. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", region);
        m.put("name", name);
        m.put("key", key);
        m.put("playerCount", playerCount);
        m.put("playerCapacity", playerCapacity);
        if (!regionName.isEmpty()) {
            m.put("regionName", regionName);
        }
        if (port != 0) {
            m.put("port", port);
        }
        if (!socket.isEmpty()) {
            m.put("socket", socket);
        }
        return m;
    }
}
