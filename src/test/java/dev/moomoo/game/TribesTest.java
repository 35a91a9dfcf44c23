package dev.moomoo.game;

import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.moomoo.game.Blueprint.PIT_TRAP;
import static dev.moomoo.game.Blueprint.SPIKES;
import static dev.moomoo.game.Blueprint.TURRET;
import static dev.moomoo.game.Blueprint.WOOD_WALL;
import static dev.moomoo.game.Sinks.clear;
import static dev.moomoo.game.Sinks.seenBy;
import static dev.moomoo.game.Sinks.sink;
import static dev.moomoo.game.Sinks.wasSent;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Tribes against src/site/rules.md#tribes (and the item and weapon numbers of src/site/rules.md#weapons and #items-and-buildings
 * where a test needs them): every expected value below is typed from the sheet, not read from the code.
 * Packets go in through the clients' inboxes and the world is ticked by hand.
 */
class TribesTest {
    /** src/site/rules.md#tribes: the minimap every 3 s, a tick being 1000/9 ms: 27 ticks. */
    private static final int MINIMAP_TICKS = 27;
    /** A map ping at most once per 2200 ms: 19 ticks (2111 ms) after one is too soon, 20 (2222 ms) is not. */
    private static final int PING_TOO_SOON_TICKS = 19;

    private final GameFixture f = new GameFixture();
    /** At (3000, 3000), in no tribe: it founds cows (and so leads it) in most tests. */
    private final Player leader = f.spawnAt("leader", 3000, 3000);
    /** 300 to the leader's right, in view of it, in no tribe. */
    private final Player other = f.spawnAt("other", 3300, 3000);

    private static ServerPacket.TribeMembers members(Player... in) {
        List<ServerPacket.Member> list = new ArrayList<>();
        for (Player p : in) {
            list.add(new ServerPacket.Member(p.sid(), p.name()));
        }
        return new ServerPacket.TribeMembers(list);
    }

    /** A client that joined the world and never spawned (it is on the menu); one tick. */
    private RecordingSink onTheMenu() {
        Client c = f.connect();
        f.ticks(1);
        return sink(c);
    }

    /**
     * After a refused request: none of the players was told of a new tribe ({@code g}), of its own
     * ({@code 3}) or of a member list ({@code 4}).
     */
    private static void assertNoTribeNews(Player... players) {
        for (Player p : players) {
            assertTrue(sink(p).all(ServerPacket.TribeAdded.class).isEmpty(), "no g to " + p.name());
            assertTrue(sink(p).all(ServerPacket.MyTribe.class).isEmpty(), "no 3 to " + p.name());
            assertTrue(sink(p).all(ServerPacket.TribeMembers.class).isEmpty(), "no 4 to " + p.name());
        }
    }

    /** {@code p} is out of its tribe and was told so: {@code 3 [null, false]}. */
    private static void assertToldItHasNoTribe(Player p) {
        assertNull(p.tribeName());
        assertEquals(List.of(new ServerPacket.MyTribe(null, false)), sink(p).all(ServerPacket.MyTribe.class), "3 [null, false] to " + p.name());
    }

    /** Each of the tribe's remaining members was sent the new member list ({@code 4}) once. */
    private static void assertSentTheNewList(Player... remaining) {
        ServerPacket.TribeMembers list = members(remaining);
        for (Player p : remaining) {
            assertEquals(List.of(list), sink(p).all(ServerPacket.TribeMembers.class), "a fresh 4 to " + p.name());
        }
    }

    /** The world's tribe list ({@code A}) holds cows only, led by {@code cowsLeader}. */
    private void assertOnlyCowsLedBy(Player cowsLeader) {
        assertEquals(List.of(new ServerPacket.TribeInfo("cows", cowsLeader.sid())), f.world.tribeList());
    }

    @Nested
    class FoundingATribe {
        @Test
        void creatingATribeTellsTheCreatorItLeadsItAndEveryClientThatItExists() {
            RecordingSink menu = onTheMenu();
            clear(leader, other);

            f.foundTribe(leader, "cows");

            ServerPacket.TribeAdded added = new ServerPacket.TribeAdded("cows", leader.sid());
            assertEquals(List.of(added), sink(leader).all(ServerPacket.TribeAdded.class), "g {sid: name, owner}");
            assertEquals(List.of(added), sink(other).all(ServerPacket.TribeAdded.class), "g to a client outside the tribe too");
            assertEquals(List.of(added), menu.all(ServerPacket.TribeAdded.class), "g to a client that has not spawned");
            assertEquals(List.of(new ServerPacket.MyTribe("cows", true)), sink(leader).all(ServerPacket.MyTribe.class), "3 [name, true]");
            assertEquals(List.of(members(leader)), sink(leader).all(ServerPacket.TribeMembers.class), "4 [[sid, name]]");
            assertTrue(sink(other).all(ServerPacket.MyTribe.class).isEmpty(), "3 only to the creator");
            assertTrue(sink(other).all(ServerPacket.TribeMembers.class).isEmpty(), "4 only to members");
            assertOnlyCowsLedBy(leader);
        }

        @Test
        void theCreatorsStateInACarriesTheTribeAndThatItLeads() {
            assertNull(leader.state().team(), "no tribe yet");
            assertFalse(leader.state().isLeader());
            f.foundTribe(leader, "cows");
            assertEquals("cows", leader.state().team());
            assertTrue(leader.state().isLeader());
            f.ticks(1);
            ServerPacket.PlayerState seen = seenBy(other, leader);
            assertNotNull(seen, "in the a of a player in view");
            assertEquals("cows", seen.team(), "the a a viewer gets carries the team");
            assertTrue(seen.isLeader());
        }

        @Test
        void aTribeNameIsUniqueWhateverItsCase() {
            f.foundTribe(leader, "cows");
            clear(leader, other);
            f.foundTribe(other, "COWS");
            assertNull(other.tribeName(), "refused");
            assertNoTribeNews(leader, other);
            assertOnlyCowsLedBy(leader);
        }

        @Test
        void anEmptyOrBlankNameIsRefused() {
            f.foundTribe(leader, "");
            f.foundTribe(leader, "   ");
            f.foundTribe(leader, " \u0007\t\u200b "); // control, tab and zero-width only
            assertNull(leader.tribeName());
            assertNoTribeNews(leader, other);
            assertTrue(f.world.tribeList().isEmpty());
        }

        @Test
        void aNameIsSanitisedAndHeldToSevenCharacters() {
            f.foundTribe(leader, " \u0007cows "); // 7 characters: the codec lets it through
            assertEquals("cows", leader.tribeName(), "control and zero-width characters and surrounding spaces go");
            assertEquals(new ServerPacket.MyTribe("cows", true), sink(leader).last(ServerPacket.MyTribe.class));
            assertEquals(new ServerPacket.TribeAdded("cows", leader.sid()), sink(other).last(ServerPacket.TribeAdded.class));
            // Past the codec (which refuses more than 7 characters) the server still holds names to 7.
            f.foundTribe(other, "ABCDEFGHIJ");
            assertEquals("ABCDEFG", other.tribeName(), "at most 7 characters");
            assertEquals(new ServerPacket.TribeAdded("ABCDEFG", other.sid()), sink(leader).last(ServerPacket.TribeAdded.class));
        }

        @Test
        void aPlayerInATribeCannotCreateAnother() {
            Player member = other;
            f.tribe("cows", leader, member);
            clear(leader, member);
            f.foundTribe(leader, "pigs");
            f.foundTribe(member, "wolves");
            assertEquals("cows", leader.tribeName());
            assertEquals("cows", member.tribeName());
            assertNoTribeNews(leader, member);
            assertOnlyCowsLedBy(leader);
        }

        @Test
        void aPlayerFoundsAtMostOneTribeInThreeSeconds() {
            f.foundTribe(leader, "cows");
            f.send(leader, new ClientPacket.LeaveTribe());
            f.ticks(1);
            f.foundTribe(leader, "pigs");
            assertNull(leader.tribeName(), "founding again at once is refused: each founding and ending is told to every client");
            f.ticks(27);
            f.foundTribe(leader, "pigs");
            assertEquals("pigs", leader.tribeName());
        }
    }

    @Nested
    class AskingToJoin {
        private final Player asker = other;

        @BeforeEach
        void theLeaderFoundsCows() {
            f.foundTribe(leader, "cows");
        }

        @Test
        void askingPutsTheAskerToTheLeaderOnce() {
            clear(leader, asker);
            f.askToJoin(asker, "cows");
            assertEquals(List.of(new ServerPacket.JoinRequest(asker.sid(), "other")), sink(leader).all(ServerPacket.JoinRequest.class),
                    "2 [sid, name] to the leader");
            f.askToJoin(asker, "cows");
            assertEquals(1, sink(leader).all(ServerPacket.JoinRequest.class).size(), "asking twice puts it to the leader once");
            assertTrue(sink(asker).all(ServerPacket.JoinRequest.class).isEmpty());
            assertNull(asker.tribeName(), "not in before the answer");
        }

        @Test
        void acceptingMakesTheAskerAMember() {
            f.askToJoin(asker, "cows");
            clear(leader, asker);
            f.answer(leader, asker, true);
            assertEquals("cows", asker.tribeName());
            assertEquals(List.of(new ServerPacket.MyTribe("cows", false)), sink(asker).all(ServerPacket.MyTribe.class), "3 [name, false]");
            assertTrue(sink(leader).all(ServerPacket.MyTribe.class).isEmpty(), "the leader's 3 does not change");
            assertSentTheNewList(leader, asker);
            assertEquals("cows", asker.state().team());
            assertFalse(asker.state().isLeader(), "a member does not lead");
            assertTrue(asker.isMateOf(leader));
            assertTrue(leader.isMateOf(asker));
        }

        @Test
        void refusingLeavesTheAskerOut() {
            f.askToJoin(asker, "cows");
            clear(leader, asker);
            f.answer(leader, asker, false);
            assertNull(asker.tribeName());
            assertNoTribeNews(asker, leader);
            // The request is answered: a later yes for it lets nobody in.
            f.answer(leader, asker, true);
            assertNull(asker.tribeName(), "a refused request cannot be accepted afterwards");
        }

        @Test
        void answeringForAPlayerThatNeverAskedDoesNothing() {
            Player stranger = asker;
            clear(leader, stranger);
            f.send(leader, new ClientPacket.AnswerJoin(stranger.sid(), true));
            f.send(leader, new ClientPacket.AnswerJoin(999, true));
            f.ticks(1);
            assertNull(stranger.tribeName());
            assertNoTribeNews(stranger, leader);
        }

        @Test
        void onlyTheLeaderCanAnswer() {
            Player member = f.spawnAt("member", 3600, 3000);
            Player outsider = f.spawnAt("outsider", 3900, 3000);
            f.askToJoin(member, "cows");
            f.answer(leader, member, true);
            f.askToJoin(asker, "cows");
            clear(leader, member, asker);
            f.send(member, new ClientPacket.AnswerJoin(asker.sid(), true));
            f.send(outsider, new ClientPacket.AnswerJoin(asker.sid(), true));
            f.ticks(1);
            assertNull(asker.tribeName(), "a member's or an outsider's yes lets nobody in");
            assertNoTribeNews(asker, leader, member);
            f.answer(leader, asker, true);
            assertEquals("cows", asker.tribeName(), "the request still waits for the leader");
        }
    }

    @Nested
    class KickingAndLeaving {
        private final Player member = other;
        private final Player secondMember = f.spawnAt("second", 3600, 3000);

        @BeforeEach
        void allThreeInCows() {
            f.tribe("cows", leader, member, secondMember);
        }

        @Test
        void theLeaderKicksAMember() {
            clear(leader, member, secondMember);
            f.send(leader, new ClientPacket.KickMember(member.sid()));
            f.ticks(1);
            assertToldItHasNoTribe(member);
            assertSentTheNewList(leader, secondMember);
            assertTrue(sink(member).all(ServerPacket.TribeMembers.class).isEmpty(), "the kicked is not sent the list");
            assertFalse(member.isMateOf(leader));
            assertNull(member.state().team());
            assertOnlyCowsLedBy(leader); // the tribe goes on
        }

        @Test
        void aMemberCannotKick() {
            clear(leader, member, secondMember);
            f.send(member, new ClientPacket.KickMember(secondMember.sid()));
            f.send(member, new ClientPacket.KickMember(leader.sid()));
            f.ticks(1);
            assertEquals("cows", secondMember.tribeName());
            assertEquals("cows", leader.tribeName());
            assertNoTribeNews(leader, member, secondMember);
        }

        @Test
        void aMemberLeaving() {
            clear(leader, member, secondMember);
            f.send(member, new ClientPacket.LeaveTribe());
            f.ticks(1);
            assertToldItHasNoTribe(member);
            assertSentTheNewList(leader, secondMember);
            assertTrue(sink(leader).all(ServerPacket.TribeRemoved.class).isEmpty(), "the tribe goes on");
            assertOnlyCowsLedBy(leader);
        }

        @Test
        void theLeaderLeavingEndsTheTribe() {
            Player outsider = f.spawnAt("outsider", 6000, 6000);
            RecordingSink menu = onTheMenu();
            clear(leader, member, secondMember, outsider);
            menu.clear();
            f.send(leader, new ClientPacket.LeaveTribe());
            f.ticks(1);
            ServerPacket.TribeRemoved removed = new ServerPacket.TribeRemoved("cows");
            for (Player p : List.of(leader, member, secondMember, outsider)) {
                assertEquals(List.of(removed), sink(p).all(ServerPacket.TribeRemoved.class), "1 [name] to " + p.name());
            }
            assertEquals(List.of(removed), menu.all(ServerPacket.TribeRemoved.class), "1 [name] to every client");
            for (Player p : List.of(leader, member, secondMember)) {
                assertToldItHasNoTribe(p);
            }
            assertTrue(sink(outsider).all(ServerPacket.MyTribe.class).isEmpty(), "3 only to members");
            assertFalse(member.isMateOf(secondMember), "no tribe left to share");
            assertTrue(f.world.tribeList().isEmpty());
            f.foundTribe(outsider, "cows");
            assertEquals("cows", outsider.tribeName(), "the name is free again");
        }

        @Test
        void aMemberDisconnectingCountsAsLeaving() {
            clear(leader, secondMember);
            f.world.leave(member.client());
            f.ticks(1);
            assertSentTheNewList(leader, secondMember);
            assertTrue(sink(leader).all(ServerPacket.TribeRemoved.class).isEmpty(), "the tribe goes on");
            assertEquals("cows", secondMember.tribeName());
            assertOnlyCowsLedBy(leader);
        }

        @Test
        void theLeaderDisconnectingEndsTheTribe() {
            Player outsider = f.spawnAt("outsider", 6000, 6000);
            clear(member, outsider);
            f.world.leave(leader.client());
            f.ticks(1);
            assertEquals(List.of(new ServerPacket.TribeRemoved("cows")), sink(member).all(ServerPacket.TribeRemoved.class), "1 [name]");
            assertEquals(List.of(new ServerPacket.TribeRemoved("cows")), sink(outsider).all(ServerPacket.TribeRemoved.class), "1 [name] to everyone");
            assertToldItHasNoTribe(member);
            assertTrue(f.world.tribeList().isEmpty());
        }
    }

    /** src/site/rules.md#tribes: what mates do and do not do to each other, with an enemy beside them. */
    @Nested
    class Mates {
        /** The leader's mate once they are in cows: what the leader owns is a mate's too. */
        private final Player mate = other;
        /** In no tribe; in view of where the leader builds. */
        private final Player enemy = f.spawnAt("enemy", 3400, 3400);

        /** Mates never hurt each other by any means, but can hit each other's buildings. */
        @Nested
        class NeverHurtEachOther {
            @BeforeEach
            void theLeaderAndTheMateInCows() {
                f.tribe("cows", leader, mate);
            }

            @Test
            void aSwingPassesOverAMateAndHitsAnEnemyBesideIt() {
                f.place(leader, 5000, 4000);
                f.place(mate, 5080, 4000); // straight ahead, in reach of the hammer (range 65)
                f.place(enemy, 5050, 4075); // in the same swing: 90 away, 56 degrees off the aim
                f.ticks(1);
                f.press(leader, 0.0); // aiming at the mate
                f.ticks(1);
                assertEquals(75, enemy.health(), "control: the swing lands, 25 a tool hammer hit");
                f.ticks(11); // two more swings, every 4th tick
                f.release(leader);
                f.ticks(1);
                assertEquals(100, mate.health(), "a mate is never hurt");
                assertEquals(5080, mate.x(), 1e-9, "nor knocked back");
                assertEquals(4000, mate.y(), 1e-9);
                assertTrue(sink(leader).all(ServerPacket.Health.class).stream().noneMatch(h -> h.sid() == mate.sid()),
                        "no health change of the mate is sent");
            }

            @Test
            void aMatesShotFliesThroughYou() {
                f.place(leader, 3000, 3000);
                f.place(mate, 3200, 3000); // in the line of fire
                f.place(enemy, 3450, 3000); // behind the mate
                f.wieldBowWithOneArrow(leader); // hunting bow: arrow 25 damage, 4 wood a shot
                f.ticks(1);
                f.swing(leader, 0.0);
                f.ticks(5);
                assertEquals(0, leader.resource(Resource.WOOD), "one arrow was shot");
                assertEquals(100, mate.health(), "the arrow flew through the mate");
                assertEquals(75, enemy.health(), "and hit the enemy behind it: 25");
            }

            @Test
            void aMatesSpikesDoNotHurt() {
                Building spikes = f.build(leader, SPIKES, 0.0); // 20 wood, 5 stone, at 3000 + 35 + 49 - 5 = 3079, scale 49
                f.place(leader, 3000, 2800);
                f.place(mate, spikes.x() + 49 + 35 + 30, spikes.y()); // right of them
                f.place(enemy, spikes.x(), spikes.y() + 49 + 35 + 30); // below them
                f.walk(mate, Math.PI); // into them
                f.walk(enemy, -Math.PI / 2); // into them
                f.ticks(6);
                assertTrue(enemy.health() < 100, "control: spikes hurt an enemy (20 on touch): " + enemy.health());
                assertEquals(100, mate.health(), "a mate's spikes do not hurt");
                assertTrue(Math.hypot(mate.x() - spikes.x(), mate.y() - spikes.y()) < 49 + 35 + 5,
                        "the mate did press against them: " + mate.x());
            }

            @Test
            void aMatesTurretShootsTheEnemyNotTheNearerMate() {
                f.place(leader, 3000, 3000);
                f.place(mate, 3500, 3000); // 573 from the turret
                f.place(enemy, 2927, 3650); // 650 from it, farther than the mate, within 700
                Building turret = f.build(leader, TURRET, Math.PI); // 200 wood, 150 stone, at 3000 - (35 + 43 - 5) = 2927
                assertEquals(17, turret.item().index());
                f.ticks(30); // it loads 2200 ms, shoots, and loads again: one shot
                List<ServerPacket.TurretShot> shots = sink(leader).all(ServerPacket.TurretShot.class);
                assertEquals(1, shots.size(), "one shot in 3.3 s");
                assertEquals(Math.atan2(enemy.y() - turret.y(), enemy.x() - turret.x()), shots.getFirst().dir(), 0.05,
                        "aimed at the enemy, though the mate is nearer");
                assertEquals(75, enemy.health(), "25 a turret shot");
                assertEquals(100, mate.health(), "a mate's turret does not shoot at you");
            }

            @Test
            void aMatesTurretNeverFiresWithOnlyMatesInRange() {
                f.place(leader, 3000, 3000);
                f.place(mate, 3500, 3000);
                f.place(enemy, 9000, 9000); // far beyond the turret's 700
                f.build(leader, TURRET, Math.PI);
                f.ticks(50); // more than two reloads of 2200 ms
                assertTrue(sink(leader).all(ServerPacket.TurretShot.class).isEmpty(), "no M");
                assertTrue(sink(mate).all(ServerPacket.AddProjectile.class).isEmpty(), "no shot");
                assertEquals(0, f.admin.projectilesInFlight());
                assertEquals(100, mate.health());
            }

            @Test
            void aMemberCanStillHitAMatesWall() {
                Building wall = f.build(leader, WOOD_WALL, 0.0); // 380 hp, at 3080
                assertEquals(380, wall.health());
                f.place(leader, 3000, 3600); // out of the swing
                f.place(mate, wall.x(), wall.y() + 35 + 50); // right below it
                f.ticks(1);
                f.swing(mate, -Math.PI / 2); // aiming up at it
                f.ticks(1);
                assertEquals(380 - 25, wall.health(), "one tool hammer hit: 25");
                assertTrue(sink(mate).all(ServerPacket.Wiggle.class).stream().anyMatch(w -> w.objectSid() == wall.sid()), "it wiggled");
            }
        }

        /** Mates are sent each other's unsprung pit traps, which do not hold them. */
        @Nested
        class SeeEachOthersTraps {
            @Test
            void aMatesPitTrapIsSentToItOnJoiningAndDoesNotHoldIt() {
                Building trap = f.build(leader, PIT_TRAP, 0.0); // 30 wood, 30 stone, at 3000 + 35 + 50 - 5 = 3080
                f.ticks(2);
                assertFalse(wasSent(mate, trap.sid()), "hidden from a non-tribe player");
                f.tribe("cows", leader, mate);
                assertTrue(wasSent(mate, trap.sid()), "the joiner is sent the tribe's traps (H)");
                assertFalse(wasSent(enemy, trap.sid()), "still hidden from others");

                f.place(mate, trap.x(), trap.y() + 35 + 10 - 5); // on it: within 35 + 50 x 0.2
                f.place(enemy, 3400, 3400);
                double startY = mate.y();
                f.walk(mate, Math.PI / 2 * 3); // up, across it
                f.ticks(9);
                assertTrue(mate.y() < startY - 50, "a mate's trap does not hold it: moved " + (startY - mate.y()));
                assertTrue(trap.hidden(), "a mate does not spring it");
                assertFalse(wasSent(enemy, trap.sid()), "so others are still not sent it");
            }

            /** The leader's pit trap, placed once the two are mates. */
            @Nested
            class PlacedByAMate {
                private Building trap;

                @BeforeEach
                void theLeaderOfCowsPlacesAPitTrap() {
                    f.tribe("cows", leader, mate);
                    trap = f.build(leader, PIT_TRAP, 0.0);
                    f.ticks(1);
                }

                @Test
                void aPitTrapPlacedByAMateIsSentToTheOtherMembersAtOnce() {
                    assertTrue(wasSent(mate, trap.sid()), "mates see each other's traps");
                    assertFalse(wasSent(enemy, trap.sid()), "hidden from non-tribe players");
                }

                @Test
                void aMemberWhoLeavesIsToldTheFormerMatesHiddenTrapsAreGoneAndCannotHitThem() {
                    assertTrue(wasSent(mate, trap.sid()), "set-up: sent to the mate");
                    sink(mate).clear();
                    f.send(mate, new ClientPacket.LeaveTribe());
                    f.ticks(1);
                    assertTrue(sink(mate).all(ServerPacket.RemoveObject.class).contains(new ServerPacket.RemoveObject(trap.sid())),
                            "Q for the unsprung trap it may no longer see");
                    assertTrue(trap.hidden());
                    f.ticks(10);
                    assertFalse(wasSent(mate, trap.sid()), "and it is not sent again");
                }
            }
        }
    }

    @Nested
    class TheMinimap {
        /** A minimap's flat x, y list as a set of points (the sheet gives no order). */
        private static Set<List<Double>> points(ServerPacket.Minimap m) {
            List<Double> c = m.coordinates();
            assertEquals(0, c.size() % 2, "x, y pairs: " + c);
            Set<List<Double>> out = new HashSet<>();
            for (int i = 0; i < c.size(); i += 2) {
                out.add(List.of(c.get(i), c.get(i + 1)));
            }
            assertEquals(c.size() / 2, out.size(), "no point twice: " + c);
            return out;
        }

        private static List<Double> point(double x, double y) {
            return List.of(x, y);
        }

        @Test
        void everyThreeSecondsEachMemberIsSentWhereItsLivingMatesAre() {
            Player a = leader;
            Player b = other;
            Player c = f.spawnAt("c", 4200, 3000);
            Player solo = f.spawnAt("solo", 6000, 6000);
            Player outsider = f.spawnAt("outsider", 8000, 3000);
            f.tribe("cows", a, b, c);
            f.foundTribe(solo, "pigs");
            f.place(a, 3000.4, 3000.6);
            f.place(b, 3600.6, 3200.4);
            f.place(c, 4200, 3400);
            // World time is counted from the world's start: go to a tick right after a minimap.
            while (f.world.tickCount() % MINIMAP_TICKS != 0) {
                f.ticks(1);
            }
            clear(a, b, c, solo, outsider);
            f.ticks(MINIMAP_TICKS - 1);
            assertTrue(sink(a).all(ServerPacket.Minimap.class).isEmpty(), "not before 3 s");
            f.ticks(1);
            assertEquals(1, sink(a).all(ServerPacket.Minimap.class).size(), "after 3 s");
            assertEquals(Set.of(point(3601, 3200), point(4200, 3400)), points(sink(a).last(ServerPacket.Minimap.class)),
                    "the others' x, y (rounded), not its own");
            assertEquals(Set.of(point(3000, 3001), point(4200, 3400)), points(sink(b).last(ServerPacket.Minimap.class)));
            assertEquals(Set.of(point(3000, 3001), point(3601, 3200)), points(sink(c).last(ServerPacket.Minimap.class)));
            assertEquals(List.of(new ServerPacket.Minimap(List.of())), sink(solo).all(ServerPacket.Minimap.class),
                    "a tribe of one is sent an empty list: the client would draw the last one it got for as long as it is in a tribe");
            assertTrue(sink(outsider).all(ServerPacket.Minimap.class).isEmpty());

            f.hurt(c, 100);
            assertFalse(c.alive());
            clear(a, b);
            f.ticks(MINIMAP_TICKS);
            assertEquals(Set.of(point(3601, 3200)), points(sink(a).last(ServerPacket.Minimap.class)), "only living mates");
            assertEquals(Set.of(point(3000, 3001)), points(sink(b).last(ServerPacket.Minimap.class)));
        }

        /**
         * The beat holds however long the world runs: world time sums 1000/9 ms steps, and after a few
         * minimaps that sum falls a hair short of each multiple of 3000 (at tick 189 it is 20999.99999...).
         */
        @Test
        void theMinimapKeepsItsBeatOfTwentySevenTicks() {
            f.tribe("cows", leader, other);
            List<Long> at = new ArrayList<>();
            int seen = 0;
            while (f.world.tickCount() < MINIMAP_TICKS * 20L) {
                f.ticks(1);
                int now = sink(leader).all(ServerPacket.Minimap.class).size();
                if (now > seen) {
                    at.add(f.world.tickCount());
                    seen = now;
                }
            }
            List<Long> expected = new ArrayList<>();
            for (long t = MINIMAP_TICKS; t <= MINIMAP_TICKS * 20L; t += MINIMAP_TICKS) {
                expected.add(t); // the tribe has had two members since tick 7 (two spawns of two ticks, founding and joining)
            }
            assertEquals(expected, at, "a minimap every 27th tick, every time");
        }
    }

    @Nested
    class MapPings {
        /** {@code S} from the leader; one tick. */
        private void ping() {
            f.send(leader, new ClientPacket.MapPing());
            f.ticks(1);
        }

        @Test
        void aMapPingGoesToEveryMemberIncludingTheSender() {
            Player mate = other;
            Player outsider = f.spawnAt("outsider", 3200, 3300);
            f.tribe("cows", leader, mate);
            f.place(leader, 3000, 3000);
            clear(leader, mate, outsider);
            ping();
            ServerPacket.MapPing at = new ServerPacket.MapPing(3000, 3000);
            assertEquals(List.of(at), sink(leader).all(ServerPacket.MapPing.class), "9 [x, y] to the sender");
            assertEquals(List.of(at), sink(mate).all(ServerPacket.MapPing.class), "and to its mate");
            assertTrue(sink(outsider).all(ServerPacket.MapPing.class).isEmpty(), "not to others, however near");
        }

        @Test
        void withoutATribeAMapPingGoesOnlyToTheSender() {
            clear(leader, other);
            ping();
            assertEquals(List.of(new ServerPacket.MapPing(3000, 3000)), sink(leader).all(ServerPacket.MapPing.class));
            assertTrue(sink(other).all(ServerPacket.MapPing.class).isEmpty());
        }

        @Test
        void aSecondPingWithin2200MsIsDropped() {
            Player mate = other;
            f.tribe("cows", leader, mate);
            clear(leader, mate);
            ping();
            assertEquals(1, sink(mate).all(ServerPacket.MapPing.class).size());
            f.ticks(PING_TOO_SOON_TICKS - 1);
            ping(); // 19 ticks: 2111 ms after the first
            assertEquals(1, sink(leader).all(ServerPacket.MapPing.class).size(), "dropped: within 2200 ms");
            assertEquals(1, sink(mate).all(ServerPacket.MapPing.class).size());
            ping(); // 20 ticks: 2222 ms after the first
            assertEquals(2, sink(leader).all(ServerPacket.MapPing.class).size(), "2200 ms later it goes again");
            assertEquals(2, sink(mate).all(ServerPacket.MapPing.class).size());
        }
    }

    @Nested
    class TheTribeListAtJoin {
        @Test
        void aClientJoiningAfterATribeExistsIsSentTheTribeList() {
            f.foundTribe(leader, "cows");
            RecordingSink newcomer = onTheMenu();
            assertEquals(List.of(new ServerPacket.TribeList(List.of(new ServerPacket.TribeInfo("cows", leader.sid())))),
                    newcomer.all(ServerPacket.TribeList.class), "A lists it");
        }

        @Test
        void aClientSentAStaleTribeListOnConnectingGetsANewOneOnJoining() {
            RecordingSink s = new RecordingSink();
            Client c = new Client(s, 64, "127.0.0.1");
            s.send(c.tribeListPacket(f.world.tribeList())); // as the gateway does on connecting: no tribes yet
            f.foundTribe(leader, "cows");
            f.world.join(c);
            f.ticks(1);
            assertEquals(new ServerPacket.TribeList(List.of(new ServerPacket.TribeInfo("cows", leader.sid()))), s.last(ServerPacket.TribeList.class),
                    "the tribe that came since is listed");
        }

        @Test
        void noTribeListAtJoinWhenThereIsNoTribe() {
            f.foundTribe(leader, "cows");
            f.send(leader, new ClientPacket.LeaveTribe());
            f.ticks(1);
            RecordingSink newcomer = onTheMenu();
            assertTrue(newcomer.all(ServerPacket.TribeList.class).stream().allMatch(l -> l.teams().isEmpty()),
                    "an ended tribe is not listed");
        }
    }
}
