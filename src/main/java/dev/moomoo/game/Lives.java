package dev.moomoo.game;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.protocol.ServerPacket;
import org.tinylog.Logger;

import java.util.Arrays;

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
    private final Economy economy;

    Lives(String world, GameConfig config, GameData data, Roster roster, ObjectRegistry objects, ObjectPlacer placer,
          Outbound out, Departures departures, Economy economy) {
        this.economy = economy;
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
        Player p = roster.playerOf(c);
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
        p.progress.reset();
        p.loadout.reset(data);
        p.stats = Modifiers.BASE;
        p.slowMult = 1;
        p.layer = 0;
        p.foodRegen = 0;
        p.shameCount = 0;
        p.shamedUntil = 0;
        p.lastHitAt = Double.NEGATIVE_INFINITY;
        p.poison.clear();
        p.stillMillis = 0;
        p.foodRegenTicks = 0;
        p.objectScanX = Double.NaN; // what was built while it was dead is offered by a full scan
        Arrays.fill(p.resources, moofoll ? 100 : 0);
        Building pad = spawnPad(p);
        if (pad != null) { // the next respawn is at the pad, which is used up by it
            p.x = pad.x();
            p.y = pad.y();
            objects.remove(pad.sid(), out);
            int group = pad.item().group().id();
            out.send(p, new ServerPacket.ItemCount(group, p.buildings.count(group)));
        } else {
            double[] at = placer.spawnPoint();
            p.x = at[0];
            p.y = at[1];
        }
        roster.addLiving(p);
        p.playersInView.clear();
        p.playersInView.set(p.sid());
        out.send(p, new ServerPacket.SetupGame(p.sid()));
        out.send(p, new ServerPacket.AddPlayer(p.info(), true));
        out.send(p, new ServerPacket.Hotbar(p.loadout.weaponIds(), true));
        out.send(p, new ServerPacket.Hotbar(p.loadout.itemIds(), false));
        for (Resource r : Resource.values()) {
            out.send(p, new ServerPacket.Stat(r.stat(), p.resource(r), true));
        }
        out.send(p, new ServerPacket.Stat("kills", 0, true));
        out.send(p, new ServerPacket.Xp(p.progress.xp, Economy.oneDecimal(p.progress.maxXp), p.progress.age));
        out.send(p, new ServerPacket.Upgrades(0, p.progress.upgradeAge));
        if (first && !c.isBot()) {
            Logger.info("player joined: '{}' (sid {}, from {})", p.name, p.sid(), c.address());
        } else {
            Logger.debug("{}: spawned {} at {},{}", world, roster.describe(c), Math.round(p.x), Math.round(p.y));
        }
        return true;
    }

    private static Building spawnPad(Player p) {
        for (Building s : p.buildings.standing) {
            if (s.item().behaviour() instanceof ItemBehaviour.SpawnPad) {
                return s;
            }
        }
        return null;
    }

    /**
     * A kill: the victim dies ({@code P}); the killer counts it and earns 100 points per age of the victim
     * (times its Scavenger Gear's factor), or with a Thief Gear a share of the victim's points instead.
     */
    void kill(Player victim, Player killer) {
        despawn(victim);
        out.send(victim, new ServerPacket.Died());
        if (killer != null && killer.alive && killer != victim) {
            killer.progress.kills++;
            out.send(killer, new ServerPacket.Stat("kills", killer.progress.kills, true));
            economy.addResource(killer, Resource.GOLD, killReward(victim, killer.effects()));
        }
    }

    static long killReward(Player victim, dev.moomoo.game.data.Effects killer) {
        if (killer.goldSteal() > 0) {
            return Math.round(victim.resource(Resource.GOLD) * killer.goldSteal());
        }
        return Math.round(KILL_POINTS_PER_AGE * victim.progress.age * killer.killReward());
    }

    /** Points a kill is worth per age of the victim (GAME-DATA.md section 7). */
    static final int KILL_POINTS_PER_AGE = 100;

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
        Player p = roster.playerOf(c);
        if (!roster.remove(c)) {
            return false;
        }
        if (p != null && !c.isBot()) {
            Logger.info("player left: '{}' (sid {}, from {}): {}", p.name, p.sid(), c.address(), c.leaveReason() == null ? "left" : c.leaveReason());
        }
        if (p != null) {
            if (p.alive) {
                despawn(p);
            }
            objects.removeAllOf(p, out); // its buildings go with it: R to everyone who was sent one
            objects.forget(p);
            roster.freeSid(p);
        }
        return true;
    }
}
