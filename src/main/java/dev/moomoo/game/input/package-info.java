/**
 * Input: each client's inbox drained at the start of a tick and its packets applied (chat and its rate,
 * the action bar, age-up choices, the store counter, the tribe requests). Tick thread only.
 */
package dev.moomoo.game.input;
