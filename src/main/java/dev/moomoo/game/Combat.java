package dev.moomoo.game;

import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * Swings: once per reload while the attack button is held or auto-gather is on. A swing gathers from
 * every object and hits every player in range within the swing's arc.
 */
final class Combat {
    private final SpatialGrid<Player> players;
    private final SpatialGrid<WorldObject> objects;
    private final GameClock clock;
    private final Damage damage;
    private final Economy economy;
    private final Outbound out;
    private final List<WorldObject> hitObjects = new ArrayList<>();
    private final List<Player> hitPlayers = new ArrayList<>();

    Combat(SpatialGrid<Player> players, SpatialGrid<WorldObject> objects, GameClock clock, Damage damage, Economy economy, Outbound out) {
        this.players = players;
        this.objects = objects;
        this.clock = clock;
        this.damage = damage;
        this.economy = economy;
        this.out = out;
    }

    void update(Player p) {
        if (!p.alive || !(p.attacking || p.autoGather) || clock.millis() < p.reloadedAt || p.weapon.reload() == 0) {
            return;
        }
        p.reloadedAt = clock.millis() + p.weapon.reload() * p.stats.reload();
        swing(p);
    }

    private void swing(Player p) {
        WeaponDef w = p.weapon;
        double range = w.range();
        double playerReach = range + Physics.PLAYER_HIT_SCALE * Player.SCALE;
        hitObjects.clear();
        hitPlayers.clear();
        objects.query(p.x, p.y, range, range, o -> {
            if (Math.hypot(o.x() - p.x, o.y() - p.y) - o.scale() <= range && inArc(p, o)) {
                hitObjects.add(o);
            }
        });
        players.query(p.x, p.y, playerReach, playerReach, q -> {
            if (q != p && q.alive && Math.hypot(q.x - p.x, q.y - p.y) - Physics.PLAYER_HIT_SCALE * q.scale() <= range && inArc(p, q)) {
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
        out.toViewersOf(p, new ServerPacket.Swing(p.sid(), didHit, w.id()));
    }

    private static boolean inArc(Player p, Positioned target) {
        double angle = Math.atan2(target.y() - p.y, target.x() - p.x);
        return Physics.angleDistance(angle, p.dir) <= Physics.SWING_ARC;
    }

    private void gather(Player p, WorldObject o, WeaponDef w) {
        Resource r = o.type().resource();
        int amount = w.gather() + (r == Resource.GOLD ? 4 : 0);
        economy.addResource(p, r, amount);
        economy.addXp(p, 4L * w.gather());
        double dir = Math.atan2(o.y() - p.y, o.x() - p.x);
        out.toViewersOf(o, new ServerPacket.Wiggle(dir, o.sid()));
    }

    private void hit(Player attacker, Player target, WeaponDef w) {
        double angle = Math.atan2(target.y - attacker.y, target.x - attacker.x);
        double knock = Physics.BASE_KNOCKBACK + w.knock();
        target.vx += Math.cos(angle) * knock;
        target.vy += Math.sin(angle) * knock;
        damage.apply(new Hit(attacker, target, (int) Math.round(w.damage() * attacker.stats.damage()), Hit.Kind.MELEE));
    }
}
