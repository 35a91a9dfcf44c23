/**
 * The tick's clock, its guarded phases and its timing. The clock and the guard are the tick thread's;
 * {@link dev.moomoo.game.tick.TickStats} is written by the tick thread and read by any.
 */
package dev.moomoo.game.tick;
