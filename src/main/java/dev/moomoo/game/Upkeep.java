package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

/**
 * What happens once a world second (GAME-DATA.md sections 4 and 7): poison hurts, food heals over time,
 * healing pads heal who stands on them, what a player wears heals it (or, the Bull Helmet, hurts it), and
 * mills and the Windmill Hat pay points.
 */
final class Upkeep {
    static final double PERIOD_MILLIS = 1000;

    private final Roster roster;
    private final Damage damage;
    private final Economy economy;
    private final Outbound out;
    private final GameClock clock;
    private double nextAt = PERIOD_MILLIS;

    Upkeep(Roster roster, Damage damage, Economy economy, Outbound out, GameClock clock) {
        this.roster = roster;
        this.damage = damage;
        this.economy = economy;
        this.out = out;
        this.clock = clock;
    }

    void update() {
        if (!clock.reached(nextAt)) {
            return;
        }
        nextAt += PERIOD_MILLIS;
        for (Player p : roster.livingSnapshot()) {
            if (p.alive) {
                second(p);
            }
        }
    }

    private void second(Player p) {
        // What it wears first, then poison, as the client's shared code orders them.
        double worn = p.stats.regen();
        if (worn < 0 && damage.apply(new Hit(p, p, (int) Math.round(-worn), Hit.Kind.WORN))) {
            return; // worn away: the Bull Helmet can kill
        }
        if (damage.apply(new Hit(p.poison.source(), p, p.poison.tick(), Hit.Kind.POISON))) {
            return;
        }
        double heal = p.padHeal + Math.max(0, worn);
        if (p.foodRegenTicks > 0) {
            p.foodRegenTicks--;
            heal += p.foodRegen;
        }
        damage.heal(p, (int) Math.round(heal));
        double pps = p.buildings.pointsPerSecond() + p.effects().points();
        if (pps > 0) {
            p.millPoints += pps;
            long whole = (long) p.millPoints;
            if (whole > 0) {
                p.millPoints -= whole;
                economy.addResource(p, Resource.GOLD, whole);
            }
        }
    }
}
