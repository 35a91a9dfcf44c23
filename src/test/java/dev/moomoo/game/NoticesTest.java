package dev.moomoo.game;

import dev.moomoo.game.delivery.Notices;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moomoo.game.Sinks.clear;
import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Server messages reach each client the way it can show them: the real client as bubbles over its own
 * player (one short line per 3 s, to that player alone), the own client in its panel (chat from -1).
 */
class NoticesTest {
    private final GameFixture f = new GameFixture();

    private Player spawn(String name, Client.NoticeDisplay display) {
        return f.spawn(f.connect(display), name);
    }

    private static List<ServerPacket.Chat> chats(Player p) {
        return sink(p).all(ServerPacket.Chat.class);
    }

    @Test
    void bubbleLinesAreCutAtSpacesToFortyCharacters() {
        String text = "players 12/100, connections 14, tick avg 1.25 ms p99 3.50 ms, heap 40/512 MB";
        List<String> lines = Notices.bubbleLines(text);
        assertEquals(List.of("players 12/100, connections 14, tick avg", "1.25 ms p99 3.50 ms, heap 40/512 MB"), lines);
        assertEquals(List.of("a".repeat(40), "a".repeat(5) + " b"), Notices.bubbleLines("a".repeat(45) + " b"), "a long word is cut");
        assertEquals(List.of("one", "two"), Notices.bubbleLines("one\n\ntwo"), "lines stay lines, empty ones go");
        assertEquals(List.of("x"), Notices.bubbleLines("\u0007x\u202e"), "control and bidi characters go");
        assertEquals(List.of("a".repeat(40)), Notices.bubbleLines("a".repeat(40)), "a word of exactly 40 stays one line");
    }

    @Test
    void theRealClientGetsBubblesOverItselfPacedByTheirLifetime() {
        f.ticks(500); // world time is a sum of 1000/9 ms steps: pacing must hold late in a world's life too
        Player admin = spawn("admin", Client.NoticeDisplay.OWN_BUBBLE);
        Player other = spawn("other", Client.NoticeDisplay.OWN_BUBBLE);
        f.place(admin, 3000, 3000);
        f.place(other, 3100, 3000); // in view of each other
        f.ticks(1);
        clear(admin, other);

        f.admin.reply(admin.client(), "first line\nsecond line\nthird line");
        // 3 s between bubbles: 27 ticks of 1000/9 ms
        int ticksPerBubble = (int) Math.ceil(Notices.BUBBLE_MILLIS / f.world.config().tickMillis());
        assertEquals(27, ticksPerBubble);
        f.ticks(1);
        assertEquals(List.of(new ServerPacket.Chat(admin.sid(), "first line")), chats(admin), "the first at once, over itself");
        f.ticks(ticksPerBubble - 1);
        assertEquals(1, chats(admin).size(), "not before its 3 s are up");
        f.ticks(1);
        assertEquals(new ServerPacket.Chat(admin.sid(), "second line"), chats(admin).getLast());
        f.ticks(ticksPerBubble);
        assertEquals(new ServerPacket.Chat(admin.sid(), "third line"), chats(admin).getLast());
        f.ticks(3 * ticksPerBubble);
        assertEquals(3, chats(admin).size());
        assertTrue(chats(other).isEmpty(), "an admin's answers are private: the player next to it sees none");
    }

    @Test
    void theOwnClientGetsTheWholeTextAtOnceInItsPanel() {
        Player p = spawn("web", Client.NoticeDisplay.PANEL);
        sink(p).clear();
        f.admin.reply(p.client(), "status: fine\nsecond");
        assertEquals(List.of(new ServerPacket.Chat(-1, "status: fine"), new ServerPacket.Chat(-1, "second")), chats(p));
    }

    @Test
    void waitingLinesAreBoundedAndExpireWhileThePlayerIsDead() {
        Player p = spawn("p", Client.NoticeDisplay.OWN_BUBBLE);
        f.admin.reply(p.client(), "first");
        StringBuilder longAnswer = new StringBuilder();
        for (int i = 0; i < Notices.MAX_WAITING + 10; i++) {
            longAnswer.append("line ").append(i).append('\n');
        }
        f.admin.reply(p.client(), longAnswer.toString());
        f.admin.reply(p.client(), "no room left");
        f.ticks((Notices.MAX_WAITING + 2) * 27);
        List<String> shown = chats(p).stream().map(ServerPacket.Chat::message).toList();
        assertEquals("first", shown.getFirst(), "what was waiting first is shown first");
        assertEquals("line 0", shown.get(1));
        assertEquals("line 21", shown.get(Notices.MAX_WAITING - 2), "the answer fills the room but one line");
        assertEquals("(12 more lines not shown)", shown.getLast(), "which says what was cut");
        assertEquals(Notices.MAX_WAITING, shown.size(), "bounded: nothing after a full queue, however long it waits");

        Player back = spawn("back", Client.NoticeDisplay.OWN_BUBBLE);
        Player late = spawn("late", Client.NoticeDisplay.OWN_BUBBLE);
        f.hurt(back, 1000); // dead: neither can show a bubble
        f.hurt(late, 1000);
        f.admin.tell(back.sid(), "while dead");
        f.admin.tell(late.sid(), "while dead");
        f.ticks(5);
        assertTrue(chats(back).isEmpty());
        assertTrue(chats(late).isEmpty());
        f.send(back, new ClientPacket.Spawn("back", false, 0));
        f.ticks(1);
        assertEquals(List.of(new ServerPacket.Chat(back.sid(), "while dead")), chats(back), "kept for when it is back");
        f.ticks((int) Math.ceil(Notices.MAX_WAIT_MILLIS / f.world.config().tickMillis()) + 1);
        f.send(late, new ClientPacket.Spawn("late", false, 0));
        f.ticks(2 * 27);
        assertTrue(chats(late).isEmpty(), "stale after 30 s: dropped, not shown on its return");
    }

    @Test
    void broadcastCountsPeopleAndBotsApartAndBotsGetNothing() {
        spawn("a", Client.NoticeDisplay.OWN_BUBBLE);
        spawn("b", Client.NoticeDisplay.PANEL);
        f.admin.addBots(3);
        f.ticks(1);
        WorldAdmin.Audience sent = f.admin.notice("hi all");
        assertEquals(new WorldAdmin.Audience(2, 3), sent);
    }
}
