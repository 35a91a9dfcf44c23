package dev.moomoo.game.player;

import dev.moomoo.game.data.Effects;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.entity.Loadout;
import dev.moomoo.game.entity.Modifiers;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.tick.GameClock;

/**
 * First thing after input, per living player: its {@link Modifiers} for the tick (weapon in hand,
 * item held, hat and accessory worn, the slow of its last swings), its variant and whether it
 * is shamed, as {@code a} will show them.
 */
public final class ModifiersStep {
    /** Holding an item halves speed; swings' slow recovers at this rate per ms (src/site/rules.md#movement). */
    static final double HOLDING_ITEM_SPEED = 0.5;
    static final double SLOW_RECOVERY_PER_MS = 0.0008;

    private final GameData data;
    private final GameClock clock;
    /** Whether the variants the client marks members-only (emerald) can be reached: the setting members-only-variants. */
    private final boolean membersOnlyVariants;

    public ModifiersStep(GameData data, GameClock clock, boolean membersOnlyVariants) {
        this.data = data;
        this.clock = clock;
        this.membersOnlyVariants = membersOnlyVariants;
    }

    public void update(Player p) {
        double dt = clock.tickMillis();
        Loadout l = p.loadout();
        p.recoverFromSlow(SLOW_RECOVERY_PER_MS * dt);
        int variant = data.variantFor(l.weaponXp(), membersOnlyVariants).id();
        p.shame().show(clock.millis());
        Effects e = p.effects();
        double now = clock.millis();
        double speed = l.weapon().speed() * (l.held() != null ? HOLDING_ITEM_SPEED : 1) * e.speed() * p.slow() * p.boosts().speed(now);
        double dealt = e.dealt() * p.boosts().damage(now);
        Modifiers s = p.modifiers();
        if (s.speed() != speed || s.damage() != dealt || s.reload() != e.reload() || s.regen() != e.regen()) {
            s = new Modifiers(speed, dealt, e.reload(), e.regen()); // a new record only when something changed
        }
        p.modify(s, variant);
    }
}
