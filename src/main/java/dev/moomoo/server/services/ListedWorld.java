package dev.moomoo.server.services;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One world as the v1.9 page's server list holds it ({@code GET /api/servers}): the region it is listed
 * under, its name (unique within the region), its key (the socket's path is {@code /s/<key>}), how many
 * play and how many may (the page calls it full, and will not join, when the count reaches the capacity),
 * and the region's label ({@code regionName}; empty: the page's own label for the region id).
 */
public record ListedWorld(String region, String name, String key, int playerCount, int playerCapacity, String regionName) {

    /** The list entry as the page reads it. */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", region);
        m.put("name", name);
        m.put("key", key);
        m.put("playerCount", playerCount);
        m.put("playerCapacity", playerCapacity);
        if (!regionName.isEmpty()) {
            m.put("regionName", regionName);
        }
        return m;
    }
}
