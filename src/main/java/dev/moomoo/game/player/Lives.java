package dev.moomoo.game.player;

import dev.moomoo.game.data.Effects;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.delivery.Departures;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Progress;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.world.ObjectPlacer;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;
import org.tinylog.Logger;

/**
 * A player's life: spawning (with the start kit), death, and leaving the world. Spawning and death
 * reset what a new life starts without; leaving also frees the player's sid and what it was sent.
 */
public final class Lives {
    /** Points a kill is worth per age of the victim (src/site/rules.md#death-kill-reward-and-respawn). */
    static final int KILL_POINTS_PER_AGE = 100;
    /**
     * Why a full world refuses a spawn: the v1.9 client takes exactly this text as "switch to another
     * server of the region" (src/site/keyed-protocol.md, "The texts a client acts on"); the others show it as it is.
     */
    public static final String FULL = "server is full";

    private final String world;
    private final int maxPlayers;
    private final GameData data;
    private final Roster roster;
    private final ObjectRegistry objects;
    private final ObjectPlacer placer;
    private final Outbound out;
    private final Departures departures;
    private final Economy economy;
    private final GameClock clock;

    public Lives(String world, int maxPlayers, GameData data, Roster roster, ObjectRegistry objects, ObjectPlacer placer,
                 Outbound out, Departures departures, Economy economy, GameClock clock) {
        this.clock = clock;
        this.world = world;
        this.maxPlayers = maxPlayers;
        this.data = data;
        this.roster = roster;
        this.objects = objects;
        this.placer = placer;
        this.out = out;
        this.departures = departures;
        this.economy = economy;
    }

    /** Spawns (or respawns) the client's player. Returns false when the world is full. */
    public boolean spawn(Client c, String name, boolean moofoll, int skin) {
        Player p = roster.playerOf(c);
        if (p != null && p.alive()) {
            return true;
        }
        if (roster.livingCount() >= maxPlayers) {
            departures.disconnect(c, DisconnectReason.SERVER_FULL, FULL);
            return false;
        }
        boolean first = p == null;
        if (first) {
            p = roster.newPlayer(c);
        }
        p.beginLife(name, skin, moofoll ? 100 : 0, data);
        Building pad = spawnPad(p);
        if (pad != null) { // the next respawn is at the pad, which is used up by it
            p.moveTo(pad.x(), pad.y());
            out.toReceiversOf(pad, new ServerPacket.RemoveObject(pad.sid()));
            objects.remove(pad);
            int group = pad.item().group().id();
            out.send(p, new ServerPacket.ItemCount(group, p.buildings().count(group)));
        } else {
            double[] at = placer.spawnPoint();
            p.moveTo(at[0], at[1]);
        }
        roster.addLiving(p);
        introduce(p, out);
        if (first && !c.isBot()) {
            Logger.info("player joined: '{}' (sid {}, from {})", p.name(), p.sid(), c.address());
        } else {
            Logger.debug("{}: spawned {} at {},{}", world, roster.describe(c), Math.round(p.x()), Math.round(p.y()));
        }
        return true;
    }

    /**
     * What a living player's client is told of itself as it enters the world: its sid, itself, its
     * hotbars, resources, kills, XP and upgrade points. Sent through {@code to}: the world's delivery at a
     * spawn (a new life's values), or a recording's keyframe (the values of this moment: a fresh join of
     * the player's view).
     */
    public static void introduce(Player p, Outbound to) {
        Progress progress = p.progress();
        to.send(p, new ServerPacket.SetupGame(p.sid()));
        to.send(p, new ServerPacket.AddPlayer(p.info(), true));
        to.send(p, new ServerPacket.Hotbar(p.weaponIds(), true));
        to.send(p, new ServerPacket.Hotbar(p.itemIds(), false));
        for (Resource r : Resource.values()) {
            to.send(p, new ServerPacket.Stat(r.stat(), p.resource(r), true));
        }
        to.send(p, new ServerPacket.Stat("kills", progress.kills(), true));
        to.send(p, new ServerPacket.Xp(progress.xp(), Economy.oneDecimal(progress.maxXp()), progress.age()));
        to.send(p, new ServerPacket.Upgrades(progress.upgradePoints(), progress.upgradeAge()));
    }

    private static Building spawnPad(Player p) {
        for (Building b : p.buildings().standing()) {
            if (b.item().behaviour() instanceof ItemBehaviour.SpawnPad) {
                return b;
            }
        }
        return null;
    }

    /**
     * A kill: the victim dies ({@code P}); the killer counts it and earns 100 points per age of the victim
     * (times its Scavenger Gear's factor, its Skull Cape's for the kill leader, its Troll Cape's for a kill
     * by its spikes), or with a Thief Gear a share of the victim's points instead; a Super Cape starts its
     * rush. {@code bySpikes}: the killer's spikes dealt the last blow.
     */
    public void kill(Player victim, Player killer, boolean bySpikes) {
        boolean leader = victim.killLeader();
        despawn(victim);
        out.send(victim, new ServerPacket.Died());
        if (killer != null && killer.alive() && killer != victim) {
            int kills = killer.progress().countKill();
            out.send(killer, new ServerPacket.Stat("kills", kills, true));
            Effects e = killer.effects();
            economy.addScore(killer, killReward(victim, e, leader, bySpikes));
            if (e.killRushSeconds() > 0) {
                killer.boosts().rush(e.killRush(), e.killRushSpeed(), clock.millis() + e.killRushSeconds() * 1000.0);
            }
        }
    }

    static long killReward(Player victim, Effects killer, boolean leader, boolean bySpikes) {
        if (killer.goldSteal() > 0) {
            return Math.round(victim.resource(Resource.GOLD) * killer.goldSteal());
        }
        double factor = killer.killReward() * (leader ? killer.leaderBounty() : 1) * (bySpikes ? killer.spikeKill() : 1);
        return Math.round(KILL_POINTS_PER_AGE * victim.age() * factor);
    }

    /** Takes a player out of the world: {@code E} to everyone who had it in view. */
    private void despawn(Player p) {
        p.endLife();
        roster.removeLiving(p);
        ServerPacket remove = new ServerPacket.RemovePlayer(p.client().id());
        for (Player q : roster.living()) {
            if (q.sight().removePlayer(p.sid())) {
                out.send(q, remove);
            }
        }
    }

    /** The client leaves the world: its player goes, and its sid and what it was sent are freed. Returns whether it was in. */
    public boolean leave(Client c) {
        Player p = roster.playerOf(c);
        if (!roster.remove(c)) {
            return false;
        }
        if (p != null && !c.isBot()) {
            Logger.info("player left: '{}' (sid {}, from {}): {}", p.name(), p.sid(), c.address(), c.leaveReason() == null ? "left" : c.leaveReason());
        }
        if (p != null) {
            if (p.alive()) {
                despawn(p);
            }
            // its buildings go with it: one R to everyone who was sent any of them, no Q each
            out.toReceiversOfAny(p.buildings().standing(), new ServerPacket.RemoveBuildings(p.sid()));
            objects.removeAllOf(p);
            objects.forget(p);
            roster.freeSid(p);
        }
        return true;
    }
}
