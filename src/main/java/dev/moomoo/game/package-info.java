/**
 * The game world's public face: {@link dev.moomoo.game.World} (the tick's owner), its admin and test API
 * {@link dev.moomoo.game.WorldAdmin}, its {@link dev.moomoo.game.GameConfig} and the
 * {@link dev.moomoo.game.TickLoop} that runs it. Threading rule: a world and everything in it is touched
 * only by its tick thread; other threads reach it through {@link dev.moomoo.game.port.Client#inbox()}
 * (packets in), {@link dev.moomoo.game.World#submit} (admin tasks) and the join/leave queues, and receive
 * from it only immutable packets through each client's {@link dev.moomoo.game.port.PacketSink}. The rooms
 * below it, top down (each imports only those below it): bots, input, tribes, animals, motion, combat,
 * player, delivery, world, entity, port, tick, space, data.
 */
package dev.moomoo.game;
