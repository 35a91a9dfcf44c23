package dev.moomoo.game;

import dev.moomoo.game.combat.Projectiles;
import dev.moomoo.game.delivery.LeaderboardBroadcast;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.NaturalObject;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Projectile;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.entity.Tribe;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.journal.Digest;
import dev.moomoo.game.tribes.Tribes;
import dev.moomoo.game.world.Herd;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * Sums up the game's state after a tick (src/site/input-journal.md, "The state digest"): each section's
 * things in a fixed order (players and objects by sid, animals and shots in the order the world keeps
 * them, tribes in founding order), each thing's fields in a fixed order, numbers by their exact bits.
 * What the clients are sent (sights, notices, queued packets) is not state and is left out. Tick thread.
 */
final class StateDigest {
    private final Roster roster;
    private final ObjectRegistry objects;
    private final Herd herd;
    private final Projectiles projectiles;
    private final Tribes tribes;
    private final LeaderboardBroadcast leaderboard;
    private final Hash objectHash = new Hash();

    StateDigest(Roster roster, ObjectRegistry objects, Herd herd, Projectiles projectiles, Tribes tribes,
                       LeaderboardBroadcast leaderboard) {
        this.roster = roster;
        this.objects = objects;
        this.herd = herd;
        this.projectiles = projectiles;
        this.tribes = tribes;
        this.leaderboard = leaderboard;
    }

    Digest digest() {
        List<Digest.Part> parts = new ArrayList<>(Digest.Section.values().length);
        for (Digest.Section section : Digest.Section.values()) {
            parts.add(switch (section) {
                case PLAYERS -> players();
                case OBJECTS -> objects();
                case ANIMALS -> animals();
                case PROJECTILES -> projectiles();
                case TRIBES -> tribes();
                case LEADERBOARD -> leaderboard();
            });
        }
        return new Digest(parts);
    }

    private Digest.Part players() {
        Hash h = new Hash();
        for (int sid = 0; sid < roster.sidCapacity(); sid++) {
            Player p = roster.bySid(sid);
            if (p == null) {
                continue;
            }
            h.thing().add(p.sid()).add(p.alive()).add(p.name()).add(p.x()).add(p.y()).add(p.vx()).add(p.vy()).add(p.dir())
                    .add(p.moveDir()).add(p.health()).add(p.score()).add(p.xp()).add(p.age()).add(p.kills()).add(p.upgradePoints())
                    .add(p.weapon() == null ? -1 : p.weapon().id()).add(p.heldItem() == null ? -1 : p.heldItem().index())
                    .add(p.variant()).add(p.hatId()).add(p.accessoryId()).add(p.tribeName()).add(p.slow()).add(p.layer());
            for (Resource r : Resource.values()) {
                h.add(p.resource(r));
            }
            for (int id : p.weaponIds()) {
                h.add(id);
            }
            for (int id : p.itemIds()) {
                h.add(id);
            }
        }
        return h.part(Digest.Section.PLAYERS);
    }

    private Digest.Part objects() {
        Hash h = objectHash.reset();
        objects.forEachInSidOrder(o -> {
            h.thing().add(o.sid()).add(o.x()).add(o.y()).add(o.dir()).add(o.scale());
            switch (o) {
                case Building b -> h.add(b.item().index()).add(b.owner() == null ? 0 : b.owner().sid()).add(b.health());
                case NaturalObject n -> h.add(n.type().name());
            }
        });
        return h.part(Digest.Section.OBJECTS);
    }

    private Digest.Part animals() {
        Hash h = new Hash();
        for (Animal a : herd.all()) {
            h.thing().add(a.sid()).add(a.kind().id()).add(a.present()).add(a.x()).add(a.y()).add(a.dir()).add(a.health()).add(a.state());
        }
        return h.part(Digest.Section.ANIMALS);
    }

    private Digest.Part projectiles() {
        Hash h = new Hash();
        for (Projectile s : projectiles.flying()) {
            h.thing().add(s.sid()).add(s.def().index()).add(s.owner() == null ? 0 : s.owner().sid()).add(s.x()).add(s.y())
                    .add(s.dir()).add(s.rangeLeft());
        }
        return h.part(Digest.Section.PROJECTILES);
    }

    private Digest.Part tribes() {
        Hash h = new Hash();
        for (Tribe t : tribes.all()) {
            h.thing().add(t.name()).add(t.leader().sid());
            for (Player member : t.members()) {
                h.add(member.sid());
            }
        }
        return h.part(Digest.Section.TRIBES);
    }

    private Digest.Part leaderboard() {
        Hash h = new Hash();
        ServerPacket.Leaderboard board = leaderboard.board();
        for (ServerPacket.LeaderEntry e : board.entries()) {
            h.thing().add(e.sid()).add(e.name()).add(e.score()).add(board.crabKillers().contains(e.sid()));
        }
        return h.part(Digest.Section.LEADERBOARD);
    }

    /**
     * A 64-bit running hash of longs: each value is mixed in by xor, a multiply by the golden-ratio
     * constant and a fold of the high half (src/site/input-journal.md). Not for security: for telling two
     * runs apart.
     */
    private static final class Hash {
        private long h;
        private int count;

        Hash reset() {
            h = 0;
            count = 0;
            return this;
        }

        /** A new thing of the section begins. */
        Hash thing() {
            count++;
            return add(0x7468696e67L); // a separator, so two things never read as one
        }

        Hash add(long v) {
            h = (h ^ v) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 32;
            return this;
        }

        Hash add(double v) {
            return add(Double.doubleToLongBits(v));
        }

        Hash add(boolean v) {
            return add(v ? 1L : 0L);
        }

        Hash add(String s) {
            if (s == null) {
                return add(-1L);
            }
            add(s.length());
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i));
            }
            return this;
        }

        Digest.Part part(Digest.Section section) {
            return new Digest.Part(section, count, h);
        }
    }
}
