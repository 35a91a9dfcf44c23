package dev.moomoo.game;

import dev.moomoo.game.entity.Player;

/**
 * Two players side by side: the attacker, and 80 to its right its target, in reach of the tool hammer
 * (65 + 1.8 x 35 = 128, src/site/rules.md#swings) when it aims right (angle 0).
 */
record Duel(Player attacker, Player target) {
}
