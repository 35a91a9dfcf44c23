package dev.moomoo.game.player;

import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.world.Roster;

/**
 * What happens once a world second (src/site/rules.md#once-a-second): poison hurts, food heals over time,
 * healing pads heal who stands on them, what a player wears heals it (or, the Bull Helmet, hurts it), and
 * mills and the Windmill Hat pay points.
 */
public final class Upkeep {
    public static final double PERIOD_MILLIS = 1000;

    private final Roster roster;
    private final Wounds wounds;
    private final Economy economy;
    private final GameClock clock;
    private double nextAt = PERIOD_MILLIS;

    public Upkeep(Roster roster, Wounds wounds, Economy economy, GameClock clock) {
        this.roster = roster;
        this.wounds = wounds;
        this.economy = economy;
        this.clock = clock;
    }

    public void update() {
        if (!clock.reached(nextAt)) {
            return;
        }
        nextAt += PERIOD_MILLIS;
        for (Player p : roster.livingSnapshot()) {
            if (p.alive()) {
                second(p);
            }
        }
    }

    private void second(Player p) {
        // What it wears first, then poison, as the client's shared code orders them.
        double worn = p.modifiers().regen();
        if (worn < 0 && wounds.hurt(p, new Hit(p, p, -worn, Hit.Kind.WORN))) {
            return; // worn away: the Bull Helmet can kill
        }
        double due = p.damageOverTime().tick(); // poison hurts, cheese heals: one slot
        if (due > 0 && wounds.hurt(p, new Hit(p.damageOverTime().source(), p, due, Hit.Kind.POISON))) {
            return;
        }
        double heal = p.healing().pad() + Math.max(0, worn) + Math.max(0, -due);
        wounds.heal(p, heal);
        double pps = p.buildings().pointsPerSecond() + p.effects().points();
        if (pps > 0) {
            long whole = p.earnPoints(pps);
            if (whole > 0) {
                economy.addScore(p, whole);
            }
        }
    }
}
