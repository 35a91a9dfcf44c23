package dev.moomoo.game;

import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.moomoo.game.Sinks.sink;
import static dev.moomoo.game.Sinks.wasSent;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Joining, spawning, what each player is sent of the world around it, and the tick's guard against
 * failures, against src/site/rules.md (#view, #names, #chat, #leaderboard, #the-order-within-a-tick) and
 * the packets of src/site/protocol.md.
 */
class SpawnAndViewTest {
    private final GameFixture f = new GameFixture();

    /** src/site/rules.md#death-kill-reward-and-respawn and #names */
    @Nested
    class Spawning {
        @Test
        void spawnSequence() {
            Player p = f.spawn("cow");
            List<ServerPacket> got = sink(p).packets;
            assertEquals(new ServerPacket.SetupGame(p.sid()), got.get(0));
            ServerPacket.AddPlayer me = assertInstanceOf(ServerPacket.AddPlayer.class, got.get(1));
            assertTrue(me.isYou());
            assertEquals(p.client().id(), me.player().id());
            assertEquals("cow", me.player().name());
            assertEquals(100, me.player().health());
            assertEquals(35, me.player().scale());
            assertInstanceOf(ServerPacket.Hotbar.class, got.get(2));
            List<String> stats = sink(p).all(ServerPacket.Stat.class).stream().map(ServerPacket.Stat::prop).toList();
            assertEquals(List.of("wood", "food", "stone", "points", "kills"), stats);
            assertEquals(new ServerPacket.Xp(0, 300.0, 1), sink(p).last(ServerPacket.Xp.class));
            // and then the per-tick update with itself in it
            ServerPacket.UpdatePlayers u = sink(p).last(ServerPacket.UpdatePlayers.class);
            assertEquals(p.sid(), u.players().getFirst().sid());
        }

        @Test
        void moofollGrantsResourcesAndNamesAreSanitized() {
            Client c = f.connect();
            c.inbox().offer(new ClientPacket.Spawn("\u202Eevil\u0000name", true, 3));
            f.ticks(1);
            assertEquals("evil name", f.admin.playerOf(c).name(), "the override and the NUL are spaces, the ends trimmed");
            assertEquals(100, f.admin.playerOf(c).resource(Resource.WOOD));
            assertEquals(100, f.admin.playerOf(c).score());
            assertEquals("evil name", sink(c).all(ServerPacket.AddPlayer.class).getFirst().player().name(), "the D it is sent carries the clean name");
            for (String stat : List.of("wood", "food", "stone", "points")) {
                assertTrue(sink(c).all(ServerPacket.Stat.class).contains(new ServerPacket.Stat(stat, 100, true)), "N [" + stat + ", 100]");
            }
            Player blank = f.spawn(f.connect(), "\u200B ");
            assertEquals("unknown", blank.name());
        }

        /** src/site/rules.md#names: ASCII letters, digits, {@code _ : ( ) / ? -} and space; anything else is a space. */
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "Zoë:(x)/y?-_1|Zo :(x)/y?-_1",
                "a\tb|a b",
                "moo.moo!|moo moo",
                "日本 cow|cow",
                "abcdefghijklmnopq|abcdefghijklmno",
                "x€€€€€€€€€€€€€€€y|x",
                "€€€|unknown"})
        void namesKeepOnlyAsciiLettersDigitsAndAFewSigns(String sent, String shown) {
            assertEquals(shown, f.spawn(sent).name());
        }

        /** src/site/rules.md#names: a name with a word of the client's bad-word list in it shows as "unknown". */
        @ParameterizedTest
        @ValueSource(strings = {"hitler", "xXKidsXx", "k1ds", "satan 666", "Free Discord", "p o r n"})
        void aNameWithAWordOfTheBadWordListIsUnknown(String sent) {
            Player p = f.spawn(sent);
            assertEquals("unknown", p.name());
            assertEquals("unknown", sink(p).all(ServerPacket.AddPlayer.class).getFirst().player().name(), "as D shows it");
        }

        @Test
        void aWorldFullRefusesTheNextSpawn() {
            GameFixture small = new GameFixture(GameFixture.quiet().withMaxPlayers(1));
            small.spawn("first");
            Client c = small.connect();
            small.spawn(c, "second");
            assertEquals(DisconnectReason.SERVER_FULL, sink(c).disconnectReason);
            assertEquals("server is full", sink(c).disconnectMessage, "the v1.9 client's own text, which makes it switch servers");
        }
    }

    /** src/site/rules.md#view */
    @Nested
    class View {
        @Test
        void playersEnterAndLeaveEachOthersView() {
            Player a = f.spawnAt("a", 3000, 3000);
            Player b = f.spawnAt("b", 3000 + 1248 + 35 + 100, 3000); // just outside
            RecordingSink sa = sink(a);
            sa.clear();
            f.ticks(2);
            assertTrue(sa.all(ServerPacket.AddPlayer.class).isEmpty());
            assertTrue(sa.last(ServerPacket.UpdatePlayers.class).players().stream().noneMatch(s -> s.sid() == b.sid()));

            f.place(b, 3000 + 1248 + 35 - 1, 3000); // just inside: |dx| - scale <= 1248
            sa.clear();
            f.ticks(3);
            List<ServerPacket.AddPlayer> added = sa.all(ServerPacket.AddPlayer.class);
            assertEquals(1, added.size(), "D exactly once");
            assertFalse(added.getFirst().isYou());
            assertEquals(b.sid(), added.getFirst().player().sid());
            int latestUpdates = 0;
            for (int i = 0; i < sa.packets.size(); i++) {
                if (sa.packets.get(i) instanceof ServerPacket.UpdatePlayers u) {
                    assertTrue(sa.latest.get(i), "a is sent through the replaceable slot");
                    latestUpdates++;
                    if (i > sa.packets.indexOf(added.getFirst())) {
                        assertTrue(u.players().stream().anyMatch(s -> s.sid() == b.sid()));
                    }
                }
            }
            assertEquals(3, latestUpdates, "an update every tick");

            sa.clear();
            f.place(b, 3000, 3000 + 702 + 35 + 50); // out of view vertically
            f.ticks(2);
            assertEquals(List.of(new ServerPacket.RemovePlayer(b.client().id())), sa.all(ServerPacket.RemovePlayer.class));
            assertTrue(sa.last(ServerPacket.UpdatePlayers.class).players().stream().noneMatch(s -> s.sid() == b.sid()));
        }

        @Test
        void objectsAreSentOnceAndRemovedOnTheFly() {
            Player a = f.spawnAt("a", 2000, 2000);
            Player far = f.spawnAt("far", 9000, 11000);
            WorldObject tree = f.admin.spawnObject(ObjectType.TREE, 2300, 2100, 150);
            f.ticks(5);
            List<ServerPacket.AddObjects> adds = sink(a).all(ServerPacket.AddObjects.class);
            long sent = adds.stream().flatMap(h -> h.objects().stream()).filter(o -> o.sid() == tree.sid()).count();
            assertEquals(1, sent, "H exactly once");
            assertEquals(new ServerPacket.ObjectInfo(tree.sid(), 2300, 2100, 0, 150, 0, null, -1),
                    adds.getFirst().objects().stream().filter(o -> o.sid() == tree.sid()).findFirst().orElseThrow());
            assertTrue(f.admin.removeObject(tree.sid()));
            assertEquals(List.of(new ServerPacket.RemoveObject(tree.sid())), sink(a).all(ServerPacket.RemoveObject.class));
            assertTrue(sink(far).all(ServerPacket.RemoveObject.class).isEmpty(), "never sent, never removed");
            assertFalse(f.admin.removeObject(tree.sid()));
        }

        @Test
        void aWalkerIsSentObjectsBeforeTheyComeIntoView() {
            Player p = f.spawn("walker");
            f.place(p, 2000, 3000);
            WorldObject rock = f.admin.spawnObject(ObjectType.ROCK, 2000 + 1248 + 90 + 900, 3000, 90); // beyond view and margin
            f.ticks(1);
            assertFalse(p.sight().hasObject(rock.sid()));
            assertFalse(wasSent(p, rock.sid()), "not sent yet (H)");
            f.walk(p, 0.0);
            boolean cameIntoView = false;
            for (int i = 0; i < 200 && !cameIntoView; i++) {
                f.ticks(1);
                if (p.canSee(rock)) {
                    cameIntoView = true;
                    assertTrue(p.sight().hasObject(rock.sid()), "sent by the time it is in view (x " + p.x() + ")");
                    assertTrue(wasSent(p, rock.sid()), "the H went out by then");
                }
            }
            assertTrue(cameIntoView);
        }
    }

    /** src/site/rules.md#the-map: the natural objects placed at start. */
    @Nested
    class TheMap {
        @Test
        void initialObjectsHaveUniqueIdsAndStayOutOfTheRiver() {
            World w = new World("full", GameConfig.defaults());
            Set<Integer> sids = new HashSet<>();
            for (WorldObject o : w.admin().allObjects()) {
                assertTrue(sids.add(o.sid()), "duplicate sid " + o.sid());
                assertTrue(Math.abs(o.y() - 7200) >= 362, "object in the river at y " + o.y());
            }
            assertTrue(sids.size() > 300, "most of the 450 objects placed: " + sids.size());
        }
    }

    /** src/site/rules.md#leaderboard */
    @Nested
    class Leaderboard {
        @Test
        void leaderboardIsSortedByScore() {
            Player a = f.spawn("a");
            Player b = f.spawn("b");
            Player c = f.spawn("c");
            f.grant(a, Resource.GOLD, 50);
            f.grant(b, Resource.GOLD, 500);
            f.grant(c, Resource.GOLD, 50);
            f.ticks(f.world.config().leaderboardTicks());
            ServerPacket.Leaderboard board = sink(a).last(ServerPacket.Leaderboard.class);
            assertNotNull(board);
            assertEquals(List.of(new ServerPacket.LeaderEntry(b.sid(), "b", 500), new ServerPacket.LeaderEntry(a.sid(), "a", 50),
                    new ServerPacket.LeaderEntry(c.sid(), "c", 50)), board.entries());
            assertEquals(board, sink(c).last(ServerPacket.Leaderboard.class));
        }
    }

    /** src/site/rules.md#chat */
    @Nested
    class Chat {
        @Test
        void chatIsSanitizedAndGoesToThoseInView() {
            Player a = f.spawnAt("a", 5000, 5000);
            Player near = f.spawnAt("near", 5100, 5000);
            Player far = f.spawnAt("far", 12000, 12000);
            f.ticks(1);
            f.send(a, new ClientPacket.Chat("  <b>hi</b>\u202E\u0007 there  "));
            f.ticks(1);
            ServerPacket.Chat expected = new ServerPacket.Chat(a.sid(), "<b>hi</b> there");
            assertEquals(expected, sink(near).last(ServerPacket.Chat.class));
            assertEquals(expected, sink(a).last(ServerPacket.Chat.class));
            assertNull(sink(far).last(ServerPacket.Chat.class));
        }

        @Test
        void chatIsRateLimited() {
            Player a = f.spawn("a");
            for (int i = 0; i < 10; i++) {
                f.send(a, new ClientPacket.Chat("line " + i));
            }
            f.ticks(1);
            // a burst of 3, and the sender told once (as a bubble over itself) that the other 7 were dropped
            assertEquals(List.of("line 0", "line 1", "line 2", "chat line not sent: at most one a second"),
                    sink(a).all(ServerPacket.Chat.class).stream().map(ServerPacket.Chat::message).toList());
            f.ticks(9); // one second of world time earns one more line
            f.send(a, new ClientPacket.Chat("later"));
            f.send(a, new ClientPacket.Chat("too soon"));
            f.ticks(1);
            assertEquals("later", sink(a).last(ServerPacket.Chat.class).message(),
                    "no second warning within 3 s of the first");
            f.ticks(27);
            for (int i = 0; i < 3; i++) {
                f.send(a, new ClientPacket.Chat("now " + i)); // a full burst again
            }
            f.send(a, new ClientPacket.Chat("too fast again"));
            f.ticks(1);
            assertEquals("chat line not sent: at most one a second", sink(a).last(ServerPacket.Chat.class).message());
        }
    }

    /** Clients the world lets go: kicked by an admin, or too slow to take what they are sent. */
    @Nested
    class Disconnects {
        @Test
        void aKickHandsTheMessageAndReasonToTheSink() {
            Player a = f.spawn("a");
            f.admin.kick(a.client(), DisconnectReason.KICKED, "<img src=x onerror=alert(1)>");
            RecordingSink s = sink(a);
            // the game hands over the message as it is; the gateway escapes it (GatewaySinkTest)
            assertEquals("<img src=x onerror=alert(1)>", s.disconnectMessage);
            assertEquals(DisconnectReason.KICKED, s.disconnectReason);
            f.ticks(1);
            assertTrue(f.world.livingPlayers().isEmpty());
        }

        @Test
        void slowClientsAreDropped() {
            Player behind = f.spawn("behind");
            sink(behind).acceptLatest = false;
            f.ticks(f.world.config().slowClientTicks());
            assertNull(sink(behind).disconnectReason, "not yet");
            f.ticks(1);
            assertEquals(DisconnectReason.TOO_SLOW, sink(behind).disconnectReason);

            Player full = f.spawn("full");
            sink(full).acceptSend = false;
            f.admin.restartNotice(5);
            assertEquals(DisconnectReason.TOO_SLOW, sink(full).disconnectReason, "a full queue drops at once");
        }
    }

    /** src/site/rules.md#the-order-within-a-tick: each phase is guarded, so one failure never stops the world. */
    @Nested
    class FailuresOnTheTickThread {
        @Test
        void aSystemThrowingOnTheTickThreadDoesNotStopTheTick() {
            Player talker = f.spawn("talker");
            Player walker = f.spawn("walker");
            f.world.chatListener((client, text) -> {
                throw new IllegalStateException("a broken chat system");
            });
            f.send(talker, new ClientPacket.Chat("hello"));
            f.walk(walker, 0.0);
            f.walk(talker, Math.PI);
            double wx = walker.x();
            sink(walker).clear();
            f.ticks(1);
            assertTrue(walker.x() > wx, "the other player's input and movement ran in the same tick");
            assertNotNull(sink(walker).last(ServerPacket.UpdatePlayers.class));
            assertEquals(Map.of("input", 1L), f.world.phaseFailures());
            // The failing client's next packets are still processed on later ticks.
            double tx = talker.x();
            f.walk(talker, Math.PI);
            f.ticks(2);
            assertTrue(talker.x() < tx);
        }

        @Test
        void aFailingAdminTaskFailsItsFutureNotTheTick() {
            Player p = f.spawn("p");
            var result = f.world.submit(w -> {
                throw new IllegalStateException("boom");
            });
            f.ticks(1);
            assertTrue(result.isCompletedExceptionally());
            assertNotNull(sink(p).last(ServerPacket.UpdatePlayers.class));
        }
    }
}
