/**
 * Between the network and the world: decodes each connection's messages on its reader thread and
 * hands valid packets to the world; carries the world's packets to the connection's outbox.
 */
package dev.moomoo.gateway;
