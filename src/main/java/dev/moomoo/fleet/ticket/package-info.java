/**
 * The join tickets a fleet's lobby signs and its game servers check without asking back (README, "The
 * lobby"). Any thread: the secret and tickets are immutable, and the gate's memory of used nonces is
 * its own, under its lock.
 */
package dev.moomoo.fleet.ticket;
