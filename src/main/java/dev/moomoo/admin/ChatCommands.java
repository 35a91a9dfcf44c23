package dev.moomoo.admin;

import dev.moomoo.game.World;
import dev.moomoo.game.input.ChatListener;
import dev.moomoo.game.port.Client;
import org.tinylog.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Commands in chat: a line starting with {@code /}. {@code /login <token>} makes the player an admin
 * when the token matches the configured admin token; after that every command of the console works
 * in chat and its answer comes back as notices. Without a configured token nobody can log in.
 */
public final class ChatCommands implements ChatListener {
    private static final int MAX_REPLY_LINES = 12;

    private final WorldCommands commands;
    private final World world;
    private final byte[] token;

    public ChatCommands(WorldCommands commands, World world, String adminToken) {
        this.commands = commands;
        this.world = world;
        this.token = adminToken == null || adminToken.isEmpty() ? null : adminToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean onChat(Client client, String text) {
        if (!text.startsWith("/")) {
            return false;
        }
        String[] words = text.substring(1).strip().split("\\s+", 2);
        if (words[0].equalsIgnoreCase("login")) {
            if (token != null && words.length == 2 && MessageDigest.isEqual(token, words[1].strip().getBytes(StandardCharsets.UTF_8))) {
                client.grantAdmin();
                Logger.info("{} logged in as admin", world.admin().describe(client));
                reply(client, "logged in as admin");
            } else {
                Logger.info("{} failed an admin login", world.admin().describe(client));
                reply(client, token == null ? "admin login is not enabled on this server" : "wrong admin token");
            }
            return true;
        }
        if (!client.isAdmin()) {
            reply(client, "commands need /login <token> first");
            return true;
        }
        Logger.info("{} ran admin command: {}", world.admin().describe(client), text);
        commands.execute(text, "chat " + world.admin().describe(client)).thenAccept(answer -> {
            String[] lines = answer.split("\n");
            for (int i = 0; i < Math.min(lines.length, MAX_REPLY_LINES); i++) {
                reply(client, lines[i]);
            }
        });
        return true;
    }

    /** An answer to the admin alone, shown as the admin's client can show it. */
    private void reply(Client client, String line) {
        world.admin().reply(client, line);
    }
}
