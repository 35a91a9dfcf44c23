package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * Swings: once per reload while the attack button is held or auto-gather is on. A swing gathers from
 * every object and hits every player in range within the swing's arc.
 */
final class Combat {
    private final World world;
    private final List<WorldObject> hitObjects = new ArrayList<>();
    private final List<Player> hitPlayers = new ArrayList<>();

    Combat(World world) {
        this.world = world;
    }

    void update(Player p) {
        if (!p.alive || !(p.attacking || p.autoGather) || world.timeMillis() < p.reloadedAt) {
            return;
        }
        p.reloadedAt = world.timeMillis() + p.weapon.reloadMillis();
        swing(p);
    }

    private void swing(Player p) {
        Weapon w = p.weapon;
        hitObjects.clear();
        hitPlayers.clear();
        world.objects().query(p.x, p.y, w.range(), w.range(), o -> {
            if (Math.hypot(o.x() - p.x, o.y() - p.y) - o.scale() <= w.range() && inArc(p, o)) {
                hitObjects.add(o);
            }
        });
        world.players().query(p.x, p.y, w.range() + Physics.PLAYER_HIT_SCALE * Player.SCALE,
                w.range() + Physics.PLAYER_HIT_SCALE * Player.SCALE, q -> {
                    if (q != p && q.alive && Math.hypot(q.x - p.x, q.y - p.y) - Physics.PLAYER_HIT_SCALE * q.scale() <= w.range() && inArc(p, q)) {
                        hitPlayers.add(q);
                    }
                });
        for (WorldObject o : hitObjects) {
            gather(p, o, w);
        }
        for (Player q : hitPlayers) {
            hit(p, q, w);
        }
        boolean didHit = !hitObjects.isEmpty() || !hitPlayers.isEmpty();
        world.sendToViewersOf(p, new ServerPacket.Swing(p.sid(), didHit, w.id()));
    }

    private static boolean inArc(Player p, Positioned target) {
        double angle = Math.atan2(target.y() - p.y, target.x() - p.x);
        return Physics.angleDistance(angle, p.dir) <= Physics.SWING_ARC;
    }

    private void gather(Player p, WorldObject o, Weapon w) {
        Resource r = o.type().resource();
        int amount = w.gather() + (r == Resource.GOLD ? 4 : 0);
        world.addResource(p, r, amount);
        world.addXp(p, 4L * w.gather());
        double dir = Math.atan2(o.y() - p.y, o.x() - p.x);
        world.sendToViewersOf(o, new ServerPacket.Wiggle(dir, o.sid()));
    }

    private void hit(Player attacker, Player target, Weapon w) {
        double angle = Math.atan2(target.y - attacker.y, target.x - attacker.x);
        double knock = Physics.BASE_KNOCKBACK + w.knock();
        target.vx += Math.cos(angle) * knock;
        target.vy += Math.sin(angle) * knock;
        world.damage(target, w.damage(), attacker);
    }
}
