/**
 * Combat: the one damage path ({@link dev.moomoo.game.combat.Damage}, which reaches the animals' rules
 * through the {@link dev.moomoo.game.combat.AnimalWounds} port), swings and shots, shots in flight,
 * turrets, and the reach and force of blows. Tick thread only.
 */
package dev.moomoo.game.combat;
