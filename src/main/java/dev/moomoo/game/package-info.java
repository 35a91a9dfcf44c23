/**
 * The game world. Threading rule: a {@link dev.moomoo.game.World} and everything in it is touched only
 * by its tick thread; other threads reach it through {@link dev.moomoo.game.Client#inbox()} (packets in),
 * {@link dev.moomoo.game.World#submit} (admin tasks) and the join/leave queues, and receive from it only
 * immutable packets through each client's {@link dev.moomoo.game.PacketSink}.
 */
package dev.moomoo.game;
