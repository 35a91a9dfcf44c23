package dev.moomoo.game.boss;

import dev.moomoo.game.combat.AnimalWounds;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.space.Positioned;

/** The one damage path's way to the animals: the Crab King's wounds to its fight, every other animal's to the shared rules. */
public final class KingWounds implements AnimalWounds {
    private final AnimalWounds others;
    private CrabKing king;

    public KingWounds(AnimalWounds others) {
        this.others = others;
    }

    /** The fight the King's wounds go to (it is built after the damage path it strikes through). */
    public void fight(CrabKing king) {
        this.king = king;
    }

    @Override
    public boolean hurt(Animal a, Hit hit, Positioned from) {
        return king != null && king.leads(a) ? king.hurt(hit) : others.hurt(a, hit, from);
    }
}
