package dev.moomoo.lab.inputs;

import dev.moomoo.game.GameConfig;

/**
 * What a journal's world started from: its name and settings (the seed among them), whether chat lines
 * starting with {@code /} were commands (the server's chat listener took them), and how many bots were
 * queued to join before the first tick.
 */
public record JournalHeader(String world, GameConfig config, boolean chatCommands, int botsAtStart) {
}
