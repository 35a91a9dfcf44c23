package dev.moomoo.game.input;

import dev.moomoo.game.port.Client;

/** Something that may claim a chat line before players see it (admin commands start with {@code /}). */
@FunctionalInterface
public interface ChatListener {
    /** Returns true when it took the line; the line is then not shown to anyone. Tick thread. */
    boolean onChat(Client client, String text);
}
