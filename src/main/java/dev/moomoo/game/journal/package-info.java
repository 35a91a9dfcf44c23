/**
 * What the tick consumed, for an input journal (src/site/input-journal.md): the port a journal listens on
 * ({@link dev.moomoo.game.journal.TickJournal}), the seam where a replay hands the tick its joins and
 * leaves ({@link dev.moomoo.game.journal.Intake}), and the per-tick digest of the game's state
 * ({@link dev.moomoo.game.journal.Digest}, which the world computes). Everything here runs on the world's
 * tick thread.
 */
package dev.moomoo.game.journal;
