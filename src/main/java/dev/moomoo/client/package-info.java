/**
 * A small blocking WebSocket client and a game client on top of it, for this project's own tests,
 * health check and load generator. One thread reads; any thread may send.
 */
package dev.moomoo.client;
