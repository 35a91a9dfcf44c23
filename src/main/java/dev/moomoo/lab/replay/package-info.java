/**
 * Replays and live spectating (issue 26): a recording of what one player received played back at its
 * original timing, and a player's view as it happens, shown to a spectator's client through a
 * {@link dev.moomoo.lab.replay.Screen} (the gateway's, which encodes or seals for the spectator's own
 * connection). Each show runs on a virtual thread of its own and never touches a world.
 */
package dev.moomoo.lab.replay;
