/**
 * Bots: players without a socket that act through their inbox like a client. Tick thread only; the count
 * of packets sent to them is read by any.
 */
package dev.moomoo.game.bots;
