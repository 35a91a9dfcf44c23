/**
 * What leaves the world: the {@link dev.moomoo.game.delivery.Outbound} port the systems send through and
 * its delivery to the clients' sinks, departures, what each player sees (visibility and the tick's cached
 * states), notices and the leaderboard. Tick thread only, but for the departure queue, which any thread fills.
 */
package dev.moomoo.game.delivery;
