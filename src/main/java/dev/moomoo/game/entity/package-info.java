/**
 * The entities and their state: the sealed kinds (players, animals, natural objects and buildings, shots),
 * the bodies that move, the parts of a player's state, tribes and the hits that take health. Each keeps
 * its fields private and changes through methods that say what they mean. Tick thread only.
 */
package dev.moomoo.game.entity;
