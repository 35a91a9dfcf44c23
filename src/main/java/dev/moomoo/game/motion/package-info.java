/**
 * Motion: players' movement, what the objects on the map do to a moving body (the walk-on rules, once
 * for players and animals), and players pushing each other apart. Tick thread only.
 */
package dev.moomoo.game.motion;
