package dev.moomoo.game.combat;

import dev.moomoo.game.data.Cost;
import dev.moomoo.game.data.Effects;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ProjectileDef;
import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.game.data.WeaponVariant;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.Loadout;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.DamageOverTime;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.space.Angles;
import dev.moomoo.game.space.Positioned;
import dev.moomoo.game.space.SpatialGrid;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * Attacks: once per reload of the weapon in hand, while the attack button is held or auto-gather is on
 * and no item is held. A melee weapon swings: it gathers from every natural object and node in range
 * within the swing's arc, hurts every building and player there; a ranged weapon shoots if its owner
 * can pay the shot; the shield does neither.
 */
public final class Attacks {
    /** A shot starts this far ahead of the shooter (two player radii). */
    static final double SHOT_START = 2 * Player.SCALE;

    private final SpatialGrid<Player> players;
    private final SpatialGrid<Animal> animals;
    private final SpatialGrid<WorldObject> objects;
    private final GameData data;
    private final Damage damage;
    private final Economy economy;
    private final Projectiles projectiles;
    private final Outbound out;
    private final GameClock clock;
    private final List<WorldObject> hitObjects = new ArrayList<>();
    private final List<Player> hitPlayers = new ArrayList<>();
    private final List<Animal> hitAnimals = new ArrayList<>();
    private final double maxAnimalScale;
    private final Sizes sizes;

    /**
     * The sizes of accessory effects their descriptions do not give (src/site/rules.md#effects,
     * reconstructed settings): what Thorns heals per hit on a player, and the damage a second of the
     * Devils Tail's bleeding.
     */
    public record Sizes(double thornsHeal, double bleedPerSecond) {
    }

    /** The Devils Tail's bleeding lasts 2 s (its description). */
    static final int BLEED_SECONDS = 2;

    public Attacks(SpatialGrid<Player> players, SpatialGrid<Animal> animals, SpatialGrid<WorldObject> objects, GameData data, Damage damage,
                   Economy economy, Projectiles projectiles, Outbound out, GameClock clock, Sizes sizes) {
        this.sizes = sizes;
        this.animals = animals;
        this.maxAnimalScale = data.animals().stream().mapToDouble(k -> k.scale()).max().orElse(0);
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
     * is reloaded and a press is waiting or the button is held, is used: a 300 ms weapon is used every 4th
     * tick, a 100 ms one every 2nd, as in the real game. Either way the tick settles the press
     * (src/site/rules.md#weapons): a click let go before it was answered now, or forgotten while reloading.
     */
    public void update(Player p) {
        WeaponDef w = p.weapon();
        Loadout l = p.loadout();
        if (!p.alive() || l.held() != null) {
            return;
        }
        if (l.reloadLeft(w.id()) > 0) {
            l.runDownReload(w.id(), clock.tickMillis());
            p.settleAttack();
            return;
        }
        if (!p.wantsToAttack()) {
            return;
        }
        p.settleAttack();
        if (w.shield()) {
            return; // tried, and the shield does nothing
        }
        p.breakStillness(); // a swing or a shot ends the Assassin's stillness
        if (w.ranged()) {
            shoot(p, w);
        } else {
            l.reload(w.id(), w.reload() * p.modifiers().reload());
            p.slowBy(w.hitSlow());
            swing(p, w);
        }
    }

    private void shoot(Player p, WeaponDef w) {
        Effects e = p.effects();
        Cost cost = shotCost(w.shotCost(), e.shotCost());
        if (!economy.has(p, cost)) {
            return; // no reload starts when the shot cannot be paid
        }
        economy.pay(p, cost);
        p.loadout().reload(w.id(), w.reload() * p.modifiers().reload());
        ProjectileDef def = data.projectile(w.projectile());
        int layer = p.layer() != 0 ? p.layer() : def.layer();
        double dir = p.dir();
        projectiles.fire(def, p, p.x() + Math.cos(dir) * SHOT_START, p.y() + Math.sin(dir) * SHOT_START, dir,
                def.range() * e.shotRange(), def.speed() * e.shotRange(), layer);
        if (w.recoil() > 0) {
            p.pushBack(dir, w.recoil());
        }
        // no swing (K) for a shot: viewers see the shot itself (X)
    }

    /** A shot's cost with a hat's multiplier, each resource rounded (Musketeer: a bow shot costs 2 wood, not 4). */
    static Cost shotCost(Cost base, double factor) {
        if (factor == 1) {
            return base;
        }
        return new Cost((int) Math.round(base.food() * factor), (int) Math.round(base.wood() * factor),
                (int) Math.round(base.stone() * factor), (int) Math.round(base.gold() * factor));
    }

    private void swing(Player p, WeaponDef w) {
        double range = w.range();
        double playerReach = range + CombatRules.PLAYER_HIT_SCALE * Player.SCALE;
        hitObjects.clear();
        hitPlayers.clear();
        hitAnimals.clear();
        objects.query(p.x(), p.y(), range, range, o -> {
            if (Math.hypot(o.x() - p.x(), o.y() - p.y()) - o.scale() <= range && inArc(p, o)
                    && !(o instanceof Building b && !b.visibleTo(p))) {
                hitObjects.add(o);
            }
        });
        players.query(p.x(), p.y(), playerReach, playerReach, q -> {
            if (q != p && q.alive() && !p.isMateOf(q) && Math.hypot(q.x() - p.x(), q.y() - p.y()) - CombatRules.PLAYER_HIT_SCALE * q.scale() <= range
                    && inArc(p, q)) {
                hitPlayers.add(q);
            }
        });
        double animalReach = range + CombatRules.PLAYER_HIT_SCALE * maxAnimalScale;
        animals.query(p.x(), p.y(), animalReach, animalReach, a -> {
            // animals are hit within 1.8 times their radius, as players are (the client's shared gather code)
            if (a.present() && Math.hypot(a.x() - p.x(), a.y() - p.y()) - CombatRules.PLAYER_HIT_SCALE * a.scale() <= range && inArc(p, a)) {
                hitAnimals.add(a);
            }
        });
        WeaponVariant variant = data.variants().get(p.variant());
        for (WorldObject o : hitObjects) {
            strike(p, o, w, variant);
        }
        for (Player q : hitPlayers) {
            if (p.alive()) { // a reflected blow may have killed it
                hit(p, q, w, variant);
            }
        }
        for (Animal a : hitAnimals) {
            if (p.alive()) {
                hit(p, a, w, variant);
            }
        }
        // the client draws the object-hit swing only for a building or a resource struck, not for a player or an animal
        out.toViewersOf(p, new ServerPacket.Swing(p.sid(), !hitObjects.isEmpty(), w.id()));
    }

    private static boolean inArc(Player p, Positioned target) {
        double angle = Math.atan2(target.y() - p.y(), target.x() - p.x());
        return Angles.distance(angle, p.dir()) <= CombatRules.SWING_ARC;
    }

    /** A swing at an object: gathered from if it gives a resource, else hurt (a building). */
    private void strike(Player p, WorldObject o, WeaponDef w, WeaponVariant variant) {
        Resource r = o.resource();
        boolean fell = false;
        if (r != null) {
            int amount = w.gather() + (r == Resource.GOLD ? 4 : 0) + capeBonus(p.effects(), r);
            if (amount > 0) {
                economy.addResource(p, r, amount);
            }
            if (w.gather() > 0) { // a weapon that does not gather (mc grabby) earns no XP from a node
                economy.addXp(p, 4L * w.gather());
            }
            if (p.effects().extraGold() > 0) { // the Miners Helmet: points for every resource struck
                economy.addResource(p, Resource.GOLD, p.effects().extraGold());
            }
        } else {
            // Against buildings: the weapon's building factor and the Tank Gear's, not the melee damage factor.
            double amount = w.damage() * variant.damage() * w.buildings() * p.effects().buildingDamage();
            fell = damage.apply(new Hit(p, o, amount, Hit.Kind.MELEE));
        }
        if (!fell) {
            double dir = Math.atan2(o.y() - p.y(), o.x() - p.x());
            out.toViewersOf(o, new ServerPacket.Wiggle(dir, o.sid()));
        }
    }

    private void hit(Player attacker, Player target, WeaponDef w, WeaponVariant variant) {
        double angle = Math.atan2(target.y() - attacker.y(), target.x() - attacker.x());
        double knock = CombatRules.BASE_KNOCKBACK + w.knock();
        target.push(angle, knock);
        if (w.steal() > 0) {
            long stolen = Math.min(target.resource(Resource.GOLD), w.steal());
            if (stolen > 0) {
                economy.addResource(target, Resource.GOLD, -stolen);
                economy.addResource(attacker, Resource.GOLD, stolen);
            }
        }
        double multiplier = Damage.shieldBlocks(target, angle + Math.PI) ? target.weapon().block() : variant.damage();
        double amount = w.damage() * multiplier * attacker.modifiers().damage();
        Effects worn = target.effects();
        if (amount > 0 && !worn.poisonProof()) {
            poison(attacker, target.damageOverTime(), variant);
        }
        // What the target's gear does to the attacker comes before the blow, as in the client's shared
        // code: a wearer killed by the blow still gets the credit for a reflected kill.
        if (worn.knockAttacker() > 0) { // the Barbarian Armor throws its attacker back
            attacker.pushBack(angle, worn.knockAttacker());
        }
        if (worn.reflect() > 0) { // Spike Gear and its like: the attacker takes a share of its raw weapon damage
            damage.apply(new Hit(target, attacker, w.damage() * worn.reflect(), Hit.Kind.MELEE));
        }
        lifesteal(attacker, amount, variant);
        Effects own = attacker.effects();
        if (amount > 0) {
            if (own.hitRageSeconds() > 0) { // the Dragon Cape
                attacker.boosts().rage(own.hitRage(), clock.millis() + own.hitRageSeconds() * 1000.0);
            }
            if (own.thorns()) {
                damage.heal(attacker, sizes.thornsHeal());
            }
            boolean poisoned = !worn.poisonProof() && (own.poison() > 0 || variant.poison() > 0);
            if (own.bleed() && !poisoned) { // the Devils Tail; a poison given by the same blow fills the one slot instead
                target.damageOverTime().poison(sizes.bleedPerSecond(), BLEED_SECONDS, attacker);
            }
        }
        damage.apply(new Hit(attacker, target, amount, Hit.Kind.MELEE));
    }

    /** The capes that give one more of a resource per node of it struck (Tree, Stone and Cookie Capes). */
    private static int capeBonus(Effects e, Resource r) {
        return switch (r) {
            case WOOD -> e.extraWood();
            case STONE -> e.extraStone();
            case FOOD -> e.extraFood();
            case GOLD -> 0;
        };
    }

    /** A swing at an animal: knocked back by its weight, hurt as a player would be, and it reacts to the attacker. */
    private void hit(Player attacker, Animal target, WeaponDef w, WeaponVariant variant) {
        double angle = Math.atan2(target.y() - attacker.y(), target.x() - attacker.x());
        double knock = CombatRules.BASE_KNOCKBACK * target.kind().weight() + w.knock();
        target.push(angle, knock);
        double amount = w.damage() * variant.damage() * attacker.modifiers().damage();
        if (amount > 0) {
            poison(attacker, target.damageOverTime(), variant);
        }
        lifesteal(attacker, amount, variant);
        damage.apply(new Hit(attacker, target, amount, Hit.Kind.MELEE));
    }

    /**
     * The attacker's poison: a Plague Mask's dose, then a poisoned weapon variant's, which replaces it
     * (the order of the client's shared code).
     */
    private static void poison(Player attacker, DamageOverTime target, WeaponVariant variant) {
        Effects e = attacker.effects();
        if (e.poison() > 0) {
            target.poison(e.poison(), e.poisonSeconds(), attacker);
        }
        if (variant.poison() > 0) {
            target.poison(variant.poison(), DamageOverTime.POISON_TICKS, attacker);
        }
    }

    /**
     * Dark Knight, Bloodthirster, Blood Wings and the emerald variant: the attacker heals a share of the
     * melee damage it dealt (the shares add up).
     */
    private void lifesteal(Player attacker, double dealt, WeaponVariant variant) {
        double share = attacker.effects().lifesteal() + variant.lifesteal();
        if (share > 0 && dealt > 0) {
            damage.heal(attacker, dealt * share);
        }
    }
}
