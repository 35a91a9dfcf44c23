package dev.moomoo.game;

import dev.moomoo.game.data.Effects;
import dev.moomoo.game.data.GameData;

/**
 * First thing after input, per living player: its {@link Modifiers} for the tick (weapon in hand,
 * item held, hat and accessory worn, the slow of its last swings), its variant and whether it
 * is shamed, as {@code a} will show them.
 */
final class ModifiersStep {
    /** Holding an item halves speed; swings' slow recovers at this rate per ms (GAME-DATA.md sections 1, 2). */
    static final double HOLDING_ITEM_SPEED = 0.5;
    static final double SLOW_RECOVERY_PER_MS = 0.0008;

    private final GameData data;
    private final GameClock clock;

    ModifiersStep(GameData data, GameClock clock) {
        this.data = data;
        this.clock = clock;
    }

    void update(Player p) {
        double dt = clock.tickMillis();
        Loadout l = p.loadout;
        p.slowMult = Math.min(1, p.slowMult + SLOW_RECOVERY_PER_MS * dt);
        p.variant = data.variantFor(l.weaponXp[l.weapon().id()]).id();
        p.shamed = clock.millis() < p.shamedUntil;
        Effects e = p.effects();
        double speed = l.weapon().speed() * (l.held != null ? HOLDING_ITEM_SPEED : 1) * e.speed() * p.slowMult;
        Modifiers s = p.stats;
        if (s.speed() != speed || s.damage() != e.dealt() || s.reload() != e.reload() || s.regen() != e.regen()) {
            p.stats = new Modifiers(speed, e.dealt(), e.reload(), e.regen()); // a new record only when something changed
        }
    }
}
