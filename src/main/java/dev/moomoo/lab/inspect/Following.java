package dev.moomoo.lab.inspect;

import dev.moomoo.lab.LabFrame;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whose frames a page is sent: every connection, or the connections and the players it chose. A player
 * is followed by {@link LabFrame#player}, so following one survives its reconnecting on a new
 * connection. Immutable: a change makes a new one.
 */
record Following(boolean all, Set<String> connections, Set<String> players) {
    static final Following NOBODY = new Following(false, Set.of(), Set.of());

    Following {
        connections = Set.copyOf(connections);
        players = Set.copyOf(players);
    }

    boolean matches(LabFrame f) {
        return all || connections.contains(f.connectionId()) || (!f.player().isEmpty() && players.contains(f.player()));
    }

    Following withConnection(String id) {
        Set<String> c = new HashSet<>(connections);
        c.add(id);
        return new Following(all, c, players);
    }

    Following withPlayer(String player) {
        Set<String> p = new HashSet<>(players);
        p.add(player);
        return new Following(all, connections, p);
    }

    Following everyone() {
        return new Following(true, connections, players);
    }

    Map<String, Object> json() {
        return Map.of("all", all, "connections", List.copyOf(connections), "players", List.copyOf(players));
    }
}
