/**
 * The Crab King (src/site/rules.md#the-crab-king): the boss of the secret area's largest pool, its moves
 * telegraphed before they strike, who took its health and what they are given when it dies. Tick thread only.
 */
package dev.moomoo.game.boss;
