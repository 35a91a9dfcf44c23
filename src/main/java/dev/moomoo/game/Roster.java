package dev.moomoo.game;

import dev.moomoo.game.data.GameData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is in the world: the clients in join order and the player each plays (none before its first
 * spawn), the players by sid (sids are reused once a player has left), and the living players, also
 * filed in a grid by position. Tick thread only.
 */
final class Roster {
    /** Each client in the world and its player, null until it first spawns. */
    private final Map<Client, Player> clients = new LinkedHashMap<>();
    private final List<Player> living = new ArrayList<>();
    private final SpatialGrid<Player> grid;
    private Player[] bySid = new Player[64];
    private final int weaponCount;
    private final int groupCount;
    private final GameData data;

    Roster(double mapSize, GameData data) {
        this.grid = new SpatialGrid<>(mapSize, 300);
        this.weaponCount = data.weapons().size();
        this.groupCount = data.groups().size();
        this.data = data;
    }

    SpatialGrid<Player> grid() {
        return grid;
    }

    /** Takes a client in; returns false when it was in already. */
    boolean add(Client c) {
        if (clients.containsKey(c)) {
            return false;
        }
        clients.put(c, null);
        return true;
    }

    /** Takes a client out; returns whether it was in. */
    boolean remove(Client c) {
        if (!clients.containsKey(c)) {
            return false;
        }
        clients.remove(c);
        return true;
    }

    /** The player a client in the world plays, or null before its first spawn (or when it is not in). */
    Player playerOf(Client c) {
        return clients.get(c);
    }

    /** The client and, once it spawned, its player: for the log. */
    String describe(Client c) {
        Player p = clients.get(c);
        return c + (p == null ? "" : " (sid " + p.sid() + " '" + p.name() + "')");
    }

    Collection<Client> clients() {
        return Collections.unmodifiableSet(clients.keySet());
    }

    Client[] clientSnapshot() {
        return clients.keySet().toArray(new Client[0]);
    }

    List<Player> living() {
        return Collections.unmodifiableList(living);
    }

    Player[] livingSnapshot() {
        return living.toArray(new Player[0]);
    }

    int livingCount() {
        return living.size();
    }

    Player bySid(int sid) {
        return sid >= 0 && sid < bySid.length ? bySid[sid] : null;
    }

    /** How far sids go now: per-sid caches size themselves by it. */
    int sidCapacity() {
        return bySid.length;
    }

    /** A new player for {@code c}, under the lowest free sid (1 and up: the client treats 0 as none). */
    Player newPlayer(Client c) {
        int sid = 1;
        while (sid < bySid.length && bySid[sid] != null) {
            sid++;
        }
        if (sid == bySid.length) {
            bySid = Arrays.copyOf(bySid, bySid.length * 2);
        }
        Player p = new Player(sid, c, weaponCount, groupCount, new Outfit(data));
        bySid[sid] = p;
        clients.put(c, p);
        return p;
    }

    void freeSid(Player p) {
        bySid[p.sid()] = null;
    }

    void addLiving(Player p) {
        p.cell = grid.insert(p);
        living.add(p);
    }

    void removeLiving(Player p) {
        living.remove(p);
        grid.remove(p, p.cell);
    }

    void moved(Player p) {
        p.cell = grid.move(p, p.cell);
    }
}
