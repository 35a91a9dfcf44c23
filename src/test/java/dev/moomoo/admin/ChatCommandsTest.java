package dev.moomoo.admin;

import dev.moomoo.client.GameClient;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ChatCommandsTest {
    @TempDir
    Path dir;

    private static String notice(GameClient c) throws IOException {
        while (true) {
            ServerPacket.Chat chat = c.receiveUntil(ServerPacket.Chat.class);
            if (chat.sid() == -1) {
                return chat.message();
            }
        }
    }

    @Test
    void onlyAnAdminWhoLoggedInRunsCommandsFromChat() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir)) {
            int[] sid = new int[1];
            int[] otherSid = new int[1];
            try (GameClient player = fx.player("mod", sid); GameClient other = fx.player("other", otherSid)) {
                fx.run("tp " + sid[0] + " 3000 3000");
                fx.run("tp " + otherSid[0] + " 3200 3000"); // in each other's view, for the chat below
                player.send(new ClientPacket.Chat("/grant all gold 5"));
                assertEquals("commands need /login <token> first", notice(player));
                player.send(new ClientPacket.Chat("/login wrong"));
                assertEquals("wrong admin token", notice(player));
                player.send(new ClientPacket.Chat("/login " + AdminFixture.TOKEN));
                assertEquals("logged in as admin", notice(player));
                player.send(new ClientPacket.Chat("/grant all gold 5"));
                assertEquals("granted 5 gold to 2 player(s)", notice(player));
                ServerPacket.Stat gold;
                do {
                    gold = other.receiveUntil(ServerPacket.Stat.class);
                } while (!gold.prop().equals("points") || gold.value() == 0);
                assertEquals(5, gold.value());
                player.send(new ClientPacket.Chat("/tp 1"));
                assertEquals("usage: tp <sid|bots> <x> <y>", notice(player));
                // Ordinary chat still reaches the others; command lines never do.
                player.send(new ClientPacket.Chat("hello"));
                ServerPacket.Chat chat = other.receiveUntil(ServerPacket.Chat.class);
                assertEquals(new ServerPacket.Chat(sid[0], "hello"), chat);
            }
        }
    }

    @Test
    void theRealClientGetsTheAnswersAsBubblesOverItsOwnPlayerAndNobodyElseSeesThem() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir)) {
            int[] sid = new int[1];
            int[] otherSid = new int[1];
            try (GameClient admin = fx.player("mod", sid, AdminFixture.REAL_CLIENT);
                 GameClient other = fx.player("other", otherSid, AdminFixture.REAL_CLIENT)) {
                fx.run("tp " + sid[0] + " 3000 3000");
                fx.run("tp " + otherSid[0] + " 3200 3000");
                admin.send(new ClientPacket.Chat("/login " + AdminFixture.TOKEN));
                assertEquals(new ServerPacket.Chat(sid[0], "logged in as admin"), admin.receiveUntil(ServerPacket.Chat.class));
                // a line the other player can see arrives after the answer: the answer never reached it
                admin.send(new ClientPacket.Chat("visible"));
                assertEquals(new ServerPacket.Chat(sid[0], "visible"), other.receiveUntil(ServerPacket.Chat.class));
            }
        }
    }

    @Test
    void withoutATokenNobodyLogsIn() throws Exception {
        try (AdminFixture fx = new AdminFixture(dir, "admin-token", "")) {
            try (GameClient player = fx.player("mod", new int[1])) {
                player.send(new ClientPacket.Chat("/login anything"));
                assertEquals("admin login is not enabled on this server", notice(player));
            }
        }
    }
}
