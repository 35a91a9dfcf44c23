package dev.moomoo.game;

import dev.moomoo.game.data.GameData;
import dev.moomoo.protocol.ServerPacket;
import org.tinylog.Logger;

import java.util.Arrays;
import java.util.List;

/**
 * A player's life: spawning (with the start kit), death, and leaving the world. Spawning and death
 * reset what a new life starts without; leaving also frees the player's sid and what it was sent.
 */
final class Lives {
    private final String world;
    private final GameConfig config;
    private final GameData data;
    private final Roster roster;
    private final ObjectRegistry objects;
    private final ObjectPlacer placer;
    private final Outbound out;
    private final Departures departures;

    Lives(String world, GameConfig config, GameData data, Roster roster, ObjectRegistry objects, ObjectPlacer placer,
          Outbound out, Departures departures) {
        this.world = world;
        this.config = config;
        this.data = data;
        this.roster = roster;
        this.objects = objects;
        this.placer = placer;
        this.out = out;
        this.departures = departures;
    }

    /** Spawns (or respawns) the client's player. Returns false when the world is full. */
    boolean spawn(Client c, String name, boolean moofoll, int skin) {
        Player p = c.player;
        if (p != null && p.alive) {
            return true;
        }
        if (roster.livingCount() >= config.maxPlayers()) {
            departures.disconnect(c, DisconnectReason.SERVER_FULL, "Server is full");
            return false;
        }
        boolean first = p == null;
        if (first) {
            p = roster.newPlayer(c);
            c.player = p;
        }
        p.name = name;
        p.skin = skin;
        p.alive = true;
        p.health = Player.MAX_HEALTH;
        p.vx = 0;
        p.vy = 0;
        p.moveDir = Double.NaN;
        p.attacking = false;
        p.autoGather = false;
        p.kills = 0;
        p.xp = 0;
        p.maxXp = (long) Player.FIRST_MAX_XP;
        p.age = 1;
        p.weapon = data.startWeapons().getFirst();
        p.stats = PlayerStats.BASE;
        Arrays.fill(p.resources, moofoll ? 100 : 0);
        double[] at = placer.spawnPoint();
        p.x = at[0];
        p.y = at[1];
        roster.addLiving(p);
        p.playersInView.clear();
        p.playersInView.set(p.sid());
        out.send(p, new ServerPacket.SetupGame(p.sid()));
        out.send(p, new ServerPacket.AddPlayer(p.info(), true));
        out.send(p, new ServerPacket.Hotbar(List.of(p.weapon.id()), true));
        for (Resource r : Resource.values()) {
            out.send(p, new ServerPacket.Stat(r.stat(), p.resource(r), true));
        }
        out.send(p, new ServerPacket.Stat("kills", 0, true));
        out.send(p, new ServerPacket.Xp(p.xp, (double) p.maxXp, p.age));
        if (first && !c.isBot()) {
            Logger.info("player joined: '{}' (sid {}, from {})", p.name, p.sid(), c.address());
        } else {
            Logger.debug("{}: spawned {} at {},{}", world, c, Math.round(p.x), Math.round(p.y));
        }
        return true;
    }

    void kill(Player victim, Player killer) {
        despawn(victim);
        out.send(victim, new ServerPacket.Died());
        if (killer != null && killer.alive) {
            killer.kills++;
            out.send(killer, new ServerPacket.Stat("kills", killer.kills, true));
        }
    }

    /** Takes a player out of the world: {@code E} to everyone who had it in view. */
    private void despawn(Player p) {
        p.alive = false;
        p.attacking = false;
        p.moveDir = Double.NaN;
        roster.removeLiving(p);
        ServerPacket remove = new ServerPacket.RemovePlayer(p.client().id());
        for (Player q : roster.living()) {
            if (q.playersInView.get(p.sid())) {
                q.playersInView.clear(p.sid());
                out.send(q, remove);
            }
        }
        p.playersInView.clear();
    }

    /** The client leaves the world: its player goes, and its sid and what it was sent are freed. Returns whether it was in. */
    boolean leave(Client c) {
        if (!roster.remove(c)) {
            return false;
        }
        Player p = c.player;
        if (p != null && !c.isBot()) {
            Logger.info("player left: '{}' (sid {}, from {}): {}", p.name, p.sid(), c.address(), c.leaveReason == null ? "left" : c.leaveReason);
        }
        if (p != null) {
            if (p.alive) {
                despawn(p);
            }
            objects.forget(p);
            roster.freeSid(p);
        }
        return true;
    }
}
