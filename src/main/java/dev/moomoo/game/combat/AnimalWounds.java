package dev.moomoo.game.combat;

import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.space.Positioned;

/** What a hit does to an animal: the port through which the one damage path reaches the animals' rules, which live above it. */
public interface AnimalWounds {
    /**
     * Applies a hit to an animal; {@code from} is what it reacts to (the attacker, or the spike it ran
     * into), null for poison. Returns whether it died.
     */
    boolean hurt(Animal a, Hit hit, Positioned from);
}
