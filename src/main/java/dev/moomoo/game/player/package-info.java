/**
 * What happens to players: their lives (spawn, death, leaving), their health taken and given back, their
 * economy (resources, XP, ages), the once-a-second upkeep and the per-tick modifiers. Tick thread only.
 */
package dev.moomoo.game.player;
