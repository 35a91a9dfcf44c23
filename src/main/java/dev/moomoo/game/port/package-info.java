/**
 * What the gateway holds of the game: a client's seat ({@link dev.moomoo.game.port.Client}), its inbox and
 * sink, and why the world may end its connection. The inbox is filled by the client's reader thread and
 * drained by the tick; the sink is written by the tick and drained by the network; the rest of a
 * client is the tick thread's, but for the flags it marks volatile.
 */
package dev.moomoo.game.port;
