package dev.moomoo.game.journal;

import dev.moomoo.game.port.Client;

/**
 * A client at one of the tick's doors (joining or leaving), and whether it came from outside the tick:
 * from the network or a test, rather than from the world itself (its bots, its own disconnects). Only
 * what came from outside is a journal's input; the rest a replay's world does again by itself.
 */
public record Arrival(Client client, boolean outside) {
}
