package dev.moomoo.game.world;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.entity.Outfit;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.space.SpatialGrid;

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
public final class Roster {
    /** Each client in the world and its player, null until it first spawns. */
    private final Map<Client, Player> clients = new LinkedHashMap<>();
    private final List<Player> living = new ArrayList<>();
    private final SpatialGrid<Player> grid;
    private Player[] bySid = new Player[64];
    private final int weaponCount;
    private final int groupCount;
    private final GameData data;

    public Roster(double mapSize, GameData data) {
        this.grid = new SpatialGrid<>(mapSize, 300);
        this.weaponCount = data.weapons().size();
        this.groupCount = data.groups().size();
        this.data = data;
    }

    /** The living players by position. */
    public SpatialGrid<Player> grid() {
        return grid;
    }

    /** Takes a client in; returns false when it was in already. */
    public boolean add(Client c) {
        if (clients.containsKey(c)) {
            return false;
        }
        clients.put(c, null);
        return true;
    }

    /** Takes a client out; returns whether it was in. */
    public boolean remove(Client c) {
        if (!clients.containsKey(c)) {
            return false;
        }
        clients.remove(c);
        return true;
    }

    /** The player a client in the world plays, or null before its first spawn (or when it is not in). */
    public Player playerOf(Client c) {
        return clients.get(c);
    }

    /** The client and, once it spawned, its player: for the log. */
    public String describe(Client c) {
        Player p = clients.get(c);
        return c + (p == null ? "" : " (sid " + p.sid() + " '" + p.name() + "')");
    }

    public Collection<Client> clients() {
        return Collections.unmodifiableSet(clients.keySet());
    }

    public Client[] clientSnapshot() {
        return clients.keySet().toArray(new Client[0]);
    }

    public List<Player> living() {
        return Collections.unmodifiableList(living);
    }

    public Player[] livingSnapshot() {
        return living.toArray(new Player[0]);
    }

    public int livingCount() {
        return living.size();
    }

    public Player bySid(int sid) {
        return sid >= 0 && sid < bySid.length ? bySid[sid] : null;
    }

    /** How far sids go now: per-sid caches size themselves by it. */
    public int sidCapacity() {
        return bySid.length;
    }

    /** A new player for {@code c}, under the lowest free sid (1 and up: the client treats 0 as none). */
    public Player newPlayer(Client c) {
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

    /** A player left: its sid is free for the next one. */
    public void freeSid(Player p) {
        bySid[p.sid()] = null;
    }

    public void addLiving(Player p) {
        p.fileIn(grid.insert(p));
        living.add(p);
    }

    public void removeLiving(Player p) {
        living.remove(p);
        grid.remove(p, p.cell());
    }

    /** A player was put somewhere else: it is filed again. */
    public void moved(Player p) {
        p.fileIn(grid.move(p, p.cell()));
    }
}
