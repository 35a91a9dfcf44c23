package dev.moomoo.game;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ProjectileDef;
import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.game.data.WeaponVariant;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * Attacks: once per reload of the weapon in hand, while the attack button is held or auto-gather is on
 * and no item is held. A melee weapon swings: it gathers from every natural object and node in range
 * within the swing's arc, hurts every building and player there; a ranged weapon shoots if its owner
 * can pay the shot; the shield does neither.
 */
final class Combat {
    /** A shot starts this far ahead of the shooter (two player radii). */
    static final double SHOT_START = 2 * Player.SCALE;

    private final SpatialGrid<Player> players;
    private final SpatialGrid<WorldObject> objects;
    private final GameData data;
    private final Damage damage;
    private final Economy economy;
    private final Projectiles projectiles;
    private final Outbound out;
    private final GameClock clock;
    private final List<WorldObject> hitObjects = new ArrayList<>();
    private final List<Player> hitPlayers = new ArrayList<>();

    Combat(SpatialGrid<Player> players, SpatialGrid<WorldObject> objects, GameData data, Damage damage, Economy economy,
           Projectiles projectiles, Outbound out, GameClock clock) {
        this.players = players;
        this.objects = objects;
        this.data = data;
        this.damage = damage;
        this.economy = economy;
        this.projectiles = projectiles;
        this.out = out;
        this.clock = clock;
    }

    /**
     * Each tick the weapon in hand (with no item held) either runs its reload down by a tick or, when it
     * is reloaded and the button is held, is used: a 300 ms weapon is used every 4th tick, a 100 ms one
     * every 2nd, as in the real game.
     */
    void update(Player p) {
        WeaponDef w = p.weapon();
        Loadout l = p.loadout;
        if (!p.alive || l.held != null || w.shield()) {
            return;
        }
        if (l.reloadLeft[w.id()] > 0) {
            l.reloadLeft[w.id()] -= clock.tickMillis();
            return;
        }
        if (!(p.attacking || p.autoGather)) {
            return;
        }
        if (w.ranged()) {
            shoot(p, w);
        } else {
            l.reloadLeft[w.id()] = w.reload() * p.stats.reload();
            p.slowMult = Math.max(0, p.slowMult - w.hitSlow());
            swing(p, w);
        }
    }

    private void shoot(Player p, WeaponDef w) {
        if (!economy.has(p, w.shotCost())) {
            return; // no reload starts when the shot cannot be paid
        }
        economy.pay(p, w.shotCost());
        p.loadout.reloadLeft[w.id()] = w.reload() * p.stats.reload();
        ProjectileDef def = data.projectile(w.projectile());
        int layer = p.layer != 0 ? p.layer : def.layer();
        projectiles.fire(def, p, p.x + Math.cos(p.dir) * SHOT_START, p.y + Math.sin(p.dir) * SHOT_START, p.dir,
                def.range(), def.speed(), layer);
        if (w.recoil() > 0) {
            p.vx -= Math.cos(p.dir) * w.recoil();
            p.vy -= Math.sin(p.dir) * w.recoil();
        }
        out.toViewersOf(p, new ServerPacket.Swing(p.sid(), false, w.id()));
    }

    private void swing(Player p, WeaponDef w) {
        double range = w.range();
        double playerReach = range + Physics.PLAYER_HIT_SCALE * Player.SCALE;
        hitObjects.clear();
        hitPlayers.clear();
        objects.query(p.x, p.y, range, range, o -> {
            if (Math.hypot(o.x() - p.x, o.y() - p.y) - o.scale() <= range && inArc(p, o)
                    && !(o instanceof Structure s && !s.visibleTo(p))) {
                hitObjects.add(o);
            }
        });
        players.query(p.x, p.y, playerReach, playerReach, q -> {
            if (q != p && q.alive && Math.hypot(q.x - p.x, q.y - p.y) - Physics.PLAYER_HIT_SCALE * q.scale() <= range && inArc(p, q)) {
                hitPlayers.add(q);
            }
        });
        WeaponVariant variant = data.variants().get(p.variant);
        for (WorldObject o : hitObjects) {
            strike(p, o, w, variant);
        }
        for (Player q : hitPlayers) {
            hit(p, q, w, variant);
        }
        boolean didHit = !hitObjects.isEmpty() || !hitPlayers.isEmpty();
        out.toViewersOf(p, new ServerPacket.Swing(p.sid(), didHit, w.id()));
    }

    private static boolean inArc(Player p, Positioned target) {
        double angle = Math.atan2(target.y() - p.y, target.x() - p.x);
        return Physics.angleDistance(angle, p.dir) <= Physics.SWING_ARC;
    }

    /** A swing at an object: gathered from if it gives a resource, else hurt (a building). */
    private void strike(Player p, WorldObject o, WeaponDef w, WeaponVariant variant) {
        Resource r = o.resource();
        boolean fell = false;
        if (r != null) {
            int amount = w.gather() + (r == Resource.GOLD ? 4 : 0);
            if (amount > 0) {
                economy.addResource(p, r, amount);
            }
            if (w.gather() > 0) { // a weapon that does not gather (mc grabby) earns no XP from a node
                economy.addXp(p, 4L * w.gather());
            }
        } else {
            int amount = (int) Math.round(w.damage() * variant.damage() * w.buildings() * p.stats.damage());
            fell = damage.apply(new Hit(p, o, amount, Hit.Kind.MELEE));
        }
        if (!fell) {
            double dir = Math.atan2(o.y() - p.y, o.x() - p.x);
            out.toViewersOf(o, new ServerPacket.Wiggle(dir, o.sid()));
        }
    }

    private void hit(Player attacker, Player target, WeaponDef w, WeaponVariant variant) {
        double angle = Math.atan2(target.y - attacker.y, target.x - attacker.x);
        double knock = Physics.BASE_KNOCKBACK + w.knock();
        target.vx += Math.cos(angle) * knock;
        target.vy += Math.sin(angle) * knock;
        if (w.steal() > 0) {
            long stolen = Math.min(target.resource(Resource.GOLD), w.steal());
            if (stolen > 0) {
                economy.addResource(target, Resource.GOLD, -stolen);
                economy.addResource(attacker, Resource.GOLD, stolen);
            }
        }
        double multiplier = Damage.shieldBlocks(target, angle + Math.PI) ? target.weapon().block() : variant.damage();
        int amount = (int) Math.round(w.damage() * multiplier * attacker.stats.damage());
        if (variant.poison() > 0 && amount > 0) {
            target.poisonPerSecond = variant.poison();
            target.poisonTicks = Movement.POISON_TICKS;
            target.poisonSource = attacker;
        }
        damage.apply(new Hit(attacker, target, amount, Hit.Kind.MELEE));
    }
}
