package dev.moomoo.fleet.lobby;

import dev.moomoo.server.services.ListedWorld;

/**
 * One world of one game server of the fleet, as a source found it: the server's id (which the tickets
 * the lobby signs for it name), the world's name there, the region and its label, how many play and may,
 * and where the page dials it ({@code socketOrigin}, {@code ws://host:port}; the port alone for the
 * v1.8 page, which pings it).
 */
record FleetWorld(String serverId, String world, String region, String regionName, int playerCount, int playerCapacity, String socketOrigin, int port) {

    /** The key the lobby lists it by: unique across the fleet, and free of dots (the page's host name starts with it). */
    String key() {
        return serverId + "-" + world;
    }

    /** The entry of the list, under {@code name} (unique within the region). */
    ListedWorld listed(String name) {
        return new ListedWorld(region, name, key(), playerCount, playerCapacity, regionName, port, socketOrigin + "/s/" + world);
    }
}
