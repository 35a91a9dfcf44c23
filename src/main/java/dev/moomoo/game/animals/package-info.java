/**
 * The animals' minds (waiting, wandering, running, charging, a boss's strike) and what a hurt animal
 * does (it reacts, may strike back, dies and comes back). Tick thread only.
 */
package dev.moomoo.game.animals;
