package dev.moomoo.game.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hat or an accessory does to its wearer (src/site/rules.md#effects), written in the store table as
 * {@code key=value} pairs; a key left out is no effect. Hat and accessory effects are combined into one
 * record ({@link #with}) when either changes, so the tick reads one set of numbers per player.
 *
 * @param speed          multiplier of the acceleration
 * @param taken          multiplier of every damage the wearer takes
 * @param dealt          multiplier of the wearer's melee damage to players and animals
 * @param regen          health per second (negative: lost per second, and it can kill)
 * @param coldProof      no snow slowdown
 * @param swimmer        in the river: speed x0.75 instead of x0.33, and 0.4 of the current
 * @param poisonProof    poison from any source does not take
 * @param extraGold      points per natural object hit by a swing
 * @param shotCost       multiplier of what a shot costs (rounded per resource)
 * @param shotRange      multiplier of a shot's range and speed
 * @param turretProof    turrets do not shoot at the wearer
 * @param knockAttacker  a melee attacker is pushed back this much
 * @param poison         damage per second a melee hit poisons with, for {@code poisonSeconds}
 * @param bullRepel      charging animals do not pick the wearer (they still turn on whoever hits them)
 * @param points         points per second
 * @param reflect        a melee attacker takes this times its weapon's damage
 * @param turret         the wearer shoots like a turret, or null
 * @param reload         multiplier of every reload
 * @param lifesteal      the wearer heals this times the melee damage it deals
 * @param killReward     multiplier of the points a kill earns
 * @param buildingDamage multiplier of melee damage to buildings
 * @param goldSteal      a kill earns this share of the victim's points instead of the age reward
 * @param noEat          food cannot be eaten
 * @param invisibleAfter others stop seeing the wearer after it stood still this many ms (0: never)
 * @param snowSlow       share of the snow's slowdown the wearer feels (the Snowball: half)
 * @param extraWood      wood more per tree hit (the Tree Cape); {@code extraStone}, {@code extraFood} likewise
 *                       per rock hit and per bush or cactus hit
 * @param cowReward      multiplier of the points and food a cow's kill gives
 * @param leaderBounty   multiplier of a kill's points when the victim wears the skull (the kill leader)
 * @param spikeKill      multiplier of a kill's points when the wearer's spikes killed
 * @param hitRage        multiplier of melee damage for {@code hitRageSeconds} after the wearer hits a player
 * @param killRush       multiplier of melee damage, and {@code killRushSpeed} of speed, for
 *                       {@code killRushSeconds} after a kill
 * @param thorns         the wearer heals when it hits a player (how much: the setting thorns-heal)
 * @param shotTaken      multiplier of the damage of shots the wearer takes
 * @param bleed          the wearer's melee hits make players bleed (how much: the setting bleed-damage)
 */
public record Effects(double speed, double taken, double dealt, double regen, boolean coldProof, boolean swimmer,
                      boolean poisonProof, int extraGold, double shotCost, double shotRange, boolean turretProof,
                      double knockAttacker, double poison, int poisonSeconds, boolean bullRepel, double points,
                      double reflect, ItemBehaviour.Turret turret, double reload, double lifesteal, double killReward,
                      double buildingDamage, double goldSteal, boolean noEat, double invisibleAfter, double snowSlow,
                      int extraWood, int extraStone, int extraFood, double cowReward, double leaderBounty, double spikeKill,
                      double hitRage, int hitRageSeconds, double killRush, double killRushSpeed, int killRushSeconds,
                      boolean thorns, double shotTaken, boolean bleed) {

    public static final Effects NONE = new Effects(1, 1, 1, 0, false, false, false, 0, 1, 1, false, 0, 0, 0, false, 0,
            0, null, 1, 0, 1, 1, 0, false, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, false, 1, false);

    /** Reads the effects cell of a store row; throws with the problem in words. */
    static Effects parse(String cell) {
        KeyValues v = KeyValues.parse("effects", cell);
        ItemBehaviour.Turret turret = null;
        if (v.numberOr("turretRange", 0) > 0) {
            turret = new ItemBehaviour.Turret((int) v.number("turretProjectile"), v.number("turretRange"), v.number("turretReload"));
        }
        Effects e = new Effects(v.factorOr("speed"), v.factorOr("taken"), v.factorOr("dealt"), v.signedOr("regen", 0),
                v.flagOr("coldProof"), v.flagOr("swimmer"), v.flagOr("poisonProof"), (int) v.numberOr("extraGold", 0),
                v.factorOr("shotCost"), v.factorOr("shotRange"), v.flagOr("turretProof"), v.numberOr("knockAttacker", 0),
                v.numberOr("poison", 0), (int) v.numberOr("poisonSeconds", 0), v.flagOr("bullRepel"), v.numberOr("points", 0),
                v.numberOr("reflect", 0), turret, v.factorOr("reload"), v.numberOr("lifesteal", 0), v.factorOr("killReward"),
                v.factorOr("buildingDamage"), v.numberOr("goldSteal", 0), v.flagOr("noEat"), v.numberOr("invisibleAfter", 0),
                v.numberOr("snowSlow", 1), (int) v.numberOr("extraWood", 0), (int) v.numberOr("extraStone", 0),
                (int) v.numberOr("extraFood", 0), v.factorOr("cowReward"), v.factorOr("leaderBounty"), v.factorOr("spikeKill"),
                v.factorOr("hitRage"), (int) v.numberOr("hitRageSeconds", 0), v.factorOr("killRush"), v.factorOr("killRushSpeed"),
                (int) v.numberOr("killRushSeconds", 0), v.flagOr("thorns"), v.factorOr("shotTaken"), v.flagOr("bleed"));
        v.requireAllUsed();
        return e;
    }

    /**
     * Hat and accessory together: multipliers multiply, amounts add, switches either way; the Thief's
     * share is the larger. Poison and the turret, which only hats have in the tables, are the hat's when
     * both had one.
     */
    public Effects with(Effects o) {
        return new Effects(speed * o.speed, taken * o.taken, dealt * o.dealt, regen + o.regen, coldProof || o.coldProof,
                swimmer || o.swimmer, poisonProof || o.poisonProof, extraGold + o.extraGold, shotCost * o.shotCost,
                shotRange * o.shotRange, turretProof || o.turretProof, knockAttacker + o.knockAttacker,
                poison > 0 ? poison : o.poison, poison > 0 ? poisonSeconds : o.poisonSeconds, bullRepel || o.bullRepel,
                points + o.points, reflect + o.reflect, turret != null ? turret : o.turret, reload * o.reload,
                lifesteal + o.lifesteal, killReward * o.killReward, buildingDamage * o.buildingDamage,
                Math.max(goldSteal, o.goldSteal), noEat || o.noEat,
                invisibleAfter == 0 ? o.invisibleAfter : o.invisibleAfter == 0 ? invisibleAfter : Math.min(invisibleAfter, o.invisibleAfter),
                snowSlow * o.snowSlow, extraWood + o.extraWood, extraStone + o.extraStone, extraFood + o.extraFood,
                cowReward * o.cowReward, leaderBounty * o.leaderBounty, spikeKill * o.spikeKill, hitRage * o.hitRage,
                Math.max(hitRageSeconds, o.hitRageSeconds), killRush * o.killRush, killRushSpeed * o.killRushSpeed,
                Math.max(killRushSeconds, o.killRushSeconds), thorns || o.thorns, shotTaken * o.shotTaken, bleed || o.bleed);
    }

    /** What it does in a few words, for the store's rows (the own client shows it); empty for none. */
    public String describe() {
        List<String> out = new ArrayList<>();
        factor(out, "speed", speed);
        factor(out, "damage taken", taken);
        factor(out, "melee damage", dealt);
        if (regen > 0) {
            out.add("heals " + number(regen) + " a second");
        } else if (regen < 0) {
            out.add("loses " + number(-regen) + " health a second");
        }
        flag(out, coldProof, "no slowdown in the snow");
        flag(out, swimmer, "swims faster, less current");
        flag(out, poisonProof, "immune to poison");
        if (extraGold > 0) {
            out.add("+" + extraGold + " gold per resource hit");
        }
        factor(out, "shot cost", shotCost);
        factor(out, "shot range and speed", shotRange);
        flag(out, turretProof, "turrets ignore you");
        if (knockAttacker > 0) {
            out.add("knocks melee attackers back");
        }
        if (poison > 0) {
            out.add("melee poisons " + number(poison) + " a second for " + poisonSeconds + " s");
        }
        flag(out, bullRepel, "charging animals ignore you");
        if (points > 0) {
            out.add("+" + number(points) + " points a second");
        }
        if (reflect > 0) {
            out.add("melee attackers take " + number(reflect * 100) + "% of their weapon's damage");
        }
        if (turret != null) {
            out.add("shoots like a turret within " + number(turret.range()));
        }
        factor(out, "reload", reload);
        if (lifesteal > 0) {
            out.add("heals " + number(lifesteal * 100) + "% of melee damage dealt");
        }
        factor(out, "kill reward", killReward);
        factor(out, "damage to buildings", buildingDamage);
        if (goldSteal > 0) {
            out.add("a kill takes " + number(goldSteal * 100) + "% of the victim's points");
        }
        flag(out, noEat, "cannot eat");
        if (invisibleAfter > 0) {
            out.add("invisible after standing still " + number(invisibleAfter / 1000) + " s");
        }
        if (snowSlow < 1) {
            out.add(snowSlow == 0.5 ? "half the snow slowdown" : number(snowSlow * 100) + "% of the snow slowdown");
        }
        bonus(out, extraWood, "wood per tree hit");
        bonus(out, extraStone, "stone per rock hit");
        bonus(out, extraFood, "food per bush or cactus hit");
        factor(out, "points and food from cows", cowReward);
        factor(out, "points for killing the kill leader", leaderBounty);
        factor(out, "points for kills by your spikes", spikeKill);
        if (hitRage != 1) {
            out.add("melee damage x" + number(hitRage) + " for " + hitRageSeconds + " s after hitting a player");
        }
        if (killRush != 1 || killRushSpeed != 1) {
            out.add("after a kill: melee damage x" + number(killRush) + ", speed x" + number(killRushSpeed) + " for " + killRushSeconds + " s");
        }
        flag(out, thorns, "heals a little when you hit a player");
        factor(out, "damage from shots", shotTaken);
        flag(out, bleed, "your hits make players bleed");
        return String.join(", ", out);
    }

    private static void factor(List<String> out, String what, double f) {
        if (f != 1) {
            out.add(what + " x" + number(f));
        }
    }

    private static void bonus(List<String> out, int amount, String what) {
        if (amount > 0) {
            out.add("+" + amount + " " + what);
        }
    }

    private static void flag(List<String> out, boolean on, String text) {
        if (on) {
            out.add(text);
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
