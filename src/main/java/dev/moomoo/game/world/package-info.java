/**
 * The world's registries and where things go: who is in it (the roster of clients and players), the
 * objects and who was sent each, the animals, the grids they are filed in, and the placement of objects,
 * spawn points and buildings. Registries keep state and send nothing. Tick thread only.
 */
package dev.moomoo.game.world;
