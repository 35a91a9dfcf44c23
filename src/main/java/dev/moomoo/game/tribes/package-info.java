/**
 * Tribes: the registry of tribes by name and their rules (founding, asking and answering, kicking,
 * leaving, the mates' minimap and map pings). Tick thread only; the published tribe list is read by any.
 */
package dev.moomoo.game.tribes;
