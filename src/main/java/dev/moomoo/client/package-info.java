/**
 * Clients of the server, not part of it: one small blocking WebSocket client (well-behaved, or raw for
 * tests that play a misbehaving peer) and a game client on top of it, for this project's own tests,
 * the load generator, the benchmarks and the class-data-sharing training run. One thread reads; any
 * thread may send.
 */
package dev.moomoo.client;
