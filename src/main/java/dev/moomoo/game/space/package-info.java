/**
 * Space: the spatial grid, positions and the view box, angles, the map's bands and the physical
 * constants of movement. Values and a data structure only; tick thread, like everything in the game.
 */
package dev.moomoo.game.space;
