package dev.moomoo.game;

import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.space.Positioned;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.moomoo.game.Blueprint.PIT_TRAP;
import static dev.moomoo.game.Blueprint.SPIKES;
import static dev.moomoo.game.Blueprint.TURRET;
import static dev.moomoo.game.Blueprint.WOOD_WALL;
import static dev.moomoo.game.Sinks.clear;
import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The animals against src/site/rules.md#animals (and src/site/rules.md#weapons for the weapons that hit them),
 * with the client's shared AI rules of src/site/rules.md#minds: every number
 * below is typed from the sheet, not read from the tables. The animals' minds use a seeded Random, so
 * these tests assert the rules (who is picked, what is lost, bounds of random times), never a drawn value.
 * 9 ticks are 1 s; nothing sleeps.
 */
class AnimalsTest {
    private static final double TICK = 1000.0 / 9;
    /** src/site/rules.md#animals: the kinds by the type the client draws. */
    private static final int COW = 0;
    private static final int PIG = 1;
    private static final int BULL = 2;
    private static final int WOLF = 4;
    private static final int QUACK = 5;
    private static final int MOOSTAFA = 6;
    private static final int TREASURE = 7;

    private final GameFixture f = new GameFixture();

    private static double distance(Positioned a, Positioned b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** The animal as the last {@code I} a player got shows it, or null when it was not in it. */
    private static ServerPacket.AnimalState lastSeen(Player p, Animal a) {
        ServerPacket.UpdateAnimals last = sink(p).last(ServerPacket.UpdateAnimals.class);
        assertNotNull(last, "an I every tick");
        return last.animals().stream().filter(s -> s.sid() == a.sid()).findFirst().orElse(null);
    }

    /** The last {@code I} the player got shows the animal as of {@code type} with {@code hp}. */
    private static void assertShownInI(Player p, Animal a, int type, int hp) {
        ServerPacket.AnimalState s = lastSeen(p, a);
        assertNotNull(s, "in view: in the I");
        assertEquals(type, s.type());
        assertEquals(hp, s.health());
    }

    /**
     * One hammer blow at an animal that may be moving: the hitter is put 70 to the left of where the
     * animal will be after this tick's move (its velocity now; this tick's own acceleration shifts it by
     * 20 at most), aiming right, so the blow (range 65 beyond the animal's radius) lands whatever way it runs.
     */
    private void swingAtMoving(Player p, Animal a) {
        f.place(p, a.x() + a.vx() * TICK - 70, a.y() + a.vy() * TICK);
        f.swing(p, 0.0);
    }

    private static boolean gotDamageNumber(Player p, int value) {
        return sink(p).all(ServerPacket.FloatingText.class).stream().anyMatch(t -> t.value() == value && t.type() == 1);
    }

    /** src/site/rules.md#animals: what the animals in view are sent as, every tick ({@code I}). */
    @Nested
    class TheIPacket {
        @Test
        void aPlayerNearAnAnimalGetsItsStateInIEveryTickAndOneFarAwayGetsAnEmptyI() {
            Player near = f.spawnAt("near", 5000, 4000);
            Player far = f.spawnAt("far", 10000, 4000);
            Animal cow = f.admin.spawnAnimal(COW, 5300, 4000);
            clear(near, far);
            f.ticks(9);

            List<ServerPacket.UpdateAnimals> seen = sink(near).all(ServerPacket.UpdateAnimals.class);
            assertEquals(9, seen.size(), "one I a tick");
            int name = seen.getFirst().animals().getFirst().nameIndex();
            assertTrue(name >= 0 && name <= 44, "one of the client's 45 names: " + name);
            for (ServerPacket.UpdateAnimals i : seen) {
                assertEquals(1, i.animals().size());
                ServerPacket.AnimalState s = i.animals().getFirst();
                assertEquals(cow.sid(), s.sid(), "the same sid every tick");
                assertEquals(0, s.type(), "type 0: cow");
                assertEquals(500, s.health());
                assertEquals(name, s.nameIndex(), "the client reads the name at first sight only: it never changes");
            }
            assertEquals(new ServerPacket.AnimalState(cow.sid(), 0, cow.x(), cow.y(), cow.dir(), 500, name),
                    seen.getLast().animals().getFirst(), "sid, type, x, y, dir, hp, nameIndex: where it is now");

            List<ServerPacket.UpdateAnimals> nothing = sink(far).all(ServerPacket.UpdateAnimals.class);
            assertEquals(9, nothing.size(), "an empty I every tick too");
            for (ServerPacket.UpdateAnimals i : nothing) {
                assertEquals(List.of(), i.animals());
            }

            f.place(near, 5000, 4000 + 702 + 72 + 400); // out of view below it
            f.ticks(1);
            assertEquals(List.of(), sink(near).last(ServerPacket.UpdateAnimals.class).animals(),
                    "the I without it is what hides it on the client");
        }

        @Test
        void everyAnimalIsSentWithANameIndexTheClientHas() {
            Player p = f.spawnAt("herder", 5000, 4000);
            List<Animal> herd = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                herd.add(f.admin.spawnAnimal(i % 2 == 0 ? COW : PIG, 4400 + 40 * i, 4300));
            }
            f.ticks(1);
            List<ServerPacket.AnimalState> states = sink(p).last(ServerPacket.UpdateAnimals.class).animals();
            assertEquals(herd.stream().map(Animal::sid).collect(Collectors.toSet()),
                    states.stream().map(ServerPacket.AnimalState::sid).collect(Collectors.toSet()), "all 30 in view, each once");
            assertEquals(30, states.size());
            for (ServerPacket.AnimalState s : states) {
                assertTrue(s.nameIndex() >= 0 && s.nameIndex() <= 44, "the client has 45 cow names: " + s.nameIndex());
            }
        }
    }

    /** src/site/rules.md#animals: the kinds of the table, by the type the client draws. */
    @Nested
    class TheKinds {
        @ParameterizedTest
        @CsvSource({"0, 500, 72", "1, 800, 72", "2, 1800, 78", "3, 2800, 90", "4, 300, 84", "5, 300, 70",
                "6, 18000, 80", "7, 20000, 70", "8, 7000, 90"})
        void eachKindSpawnsWithItsHealthFromTheSheet(int type, int hp, int scale) {
            Player p = f.spawnAt("viewer", 5000, 4500);
            Animal a = f.admin.spawnAnimal(type, 5000, 4000);
            assertEquals(type, a.kind().id());
            assertEquals(hp, a.health());
            assertEquals(scale, a.scale(), 0);
            assertTrue(a.present());
            f.ticks(1);
            assertShownInI(p, a, type, hp);
        }

        /** src/site/rules.md#damage-and-knockback: an animal's health keeps the fractions of each blow; {@code I} shows it rounded. */
        @Test
        void aBullHelmetsHalfPointsAddUpOnACowAndIShowsThemRounded() {
            Player p = f.spawnAt("hunter", 5000, 3000);
            f.dress(p, Gear.BULL_HELMET); // melee damage x1.5: the hammer's 25 is 37.5
            Animal cow = f.admin.spawnAnimal(COW, 5000, 4000);
            swingAtMoving(p, cow);
            assertEquals(500 - 37.5, cow.health(), 1e-9, "not rounded to 38 (nor 37)");
            f.ticks(1);
            assertShownInI(p, cow, COW, 463); // 462.5, rounded half up
            f.ticks(3); // the hammer reloads for 300 ms
            swingAtMoving(p, cow);
            assertEquals(500 - 2 * 37.5, cow.health(), 1e-9, "two halves make a whole: 425, where rounding each blow gives 424");
            f.ticks(1);
            assertShownInI(p, cow, COW, 425);
        }

        @Test
        void anUnknownKindIsNotSpawned() {
            assertNull(f.admin.spawnAnimal(15, 5000, 4000), "beyond the table");
            assertNull(f.admin.spawnAnimal(-1, 5000, 4000));
            assertTrue(f.admin.animals().isEmpty());
        }
    }

    /** src/site/rules.md#minds: animals that never charge wander, and run from what hurts them. */
    @Nested
    class PassiveAnimals {
        @Test
        void aCowHitByTheHammerLosesTwentyFiveAndRunsFromItsAttackerForTwoSeconds() {
            Player p = f.spawnAt("hunter", 5000, 3000);
            Animal cow = f.admin.spawnAnimal(COW, 5000, 4000);
            double facing = cow.dir();
            // right behind it, so that running away needs no turning, whatever way the seed made it face
            f.place(p, cow.x() - 100 * Math.cos(facing), cow.y() - 100 * Math.sin(facing));
            f.swing(p, facing);
            assertEquals(500 - 25, cow.health(), "the tool hammer does 25");
            assertSame(p, cow.runFrom(), "it runs from its attacker");
            assertTrue(gotDamageNumber(p, 25), "the attacker sees 8 [x, y, 25, 1]");

            double last = distance(p, cow);
            for (int t = 1; t <= 18; t++) {
                f.ticks(1);
                double d = distance(p, cow);
                assertTrue(d > last, "tick " + t + ": it gets farther from the player, " + last + " -> " + d);
                last = d;
            }
            assertTrue(last > 100 + 300, "running at x1.42 for 2 s: " + last);
            assertSame(p, cow.runFrom(), "still running after 18 ticks (2 s)");
            f.ticks(2);
            assertNull(cow.runFrom(), "the run lasts 2 s");
        }

        @Test
        void killingACowGivesItsKillerFiftyFoodAndOneHundredFiftyPointsAndItComesBackElsewhereAtOnce() {
            Player p = f.spawnAt("butcher", 4000, 3000);
            Animal cow = f.admin.spawnAnimal(COW, 4000, 4000);
            for (int hit = 1; hit < 20; hit++) {
                swingAtMoving(p, cow);
                assertEquals(500 - 25 * hit, cow.health(), "blow " + hit + ": 25 each");
                f.ticks(3); // the hammer reloads for 300 ms: the 4th tick swings again
            }
            assertEquals(0, p.resource(Resource.FOOD));
            assertEquals(0, p.resource(Resource.GOLD));
            double diedNearX = cow.x() + cow.vx() * TICK;
            double diedNearY = cow.y() + cow.vy() * TICK;
            swingAtMoving(p, cow); // the 20th blow: 500 / 25

            assertEquals(50, p.resource(Resource.FOOD), "drop: 50 food");
            assertEquals(150, p.resource(Resource.GOLD), "score: 150 points");
            assertEquals(150, p.xp(), "points count as XP");
            assertTrue(cow.present(), "no respawn delay");
            assertEquals(500, cow.health(), "back at full health");
            assertTrue(Math.hypot(cow.x() - diedNearX, cow.y() - diedNearY) > 100, "elsewhere, at a random point");
            assertTrue(cow.x() >= 72 && cow.x() <= 14400 - 72 && cow.y() >= 72 && cow.y() <= 14400 - 72, "on the map");
            assertEquals(List.of(cow), f.admin.animals(), "the same animal (sid) comes back; none added");
        }

        @Test
        void passiveAnimalsNeverHurtPlayersTheyTouch() {
            Player onCow = f.spawnAt("cowhand", 5000, 4000);
            Player onQuack = f.spawnAt("duckling", 8000, 4000);
            Animal cow = f.admin.spawnAnimal(COW, 5000, 4000);
            Animal quack = f.admin.spawnAnimal(QUACK, 8000, 4000); // dmg 8 in the table, but it never charges
            for (int t = 0; t < 9 * 6; t++) {
                f.place(onCow, cow.x(), cow.y());
                f.place(onQuack, quack.x(), quack.y());
                f.ticks(1);
                assertTrue(distance(onCow, cow) <= 72 + 35, "touching the cow");
                assertTrue(distance(onQuack, quack) <= 70 + 35, "touching the quack");
            }
            assertEquals(100, onCow.health());
            assertEquals(100, onQuack.health());
        }

        @Test
        void wanderingTimesStayWithinTheSheetsBounds() {
            Animal cow = f.admin.spawnAnimal(COW, 5000, 4000);
            Animal wolf = f.admin.spawnAnimal(WOLF, 9000, 4000); // nobody anywhere to charge
            f.ticks(9);
            assertEquals(5000, cow.x(), 0, "it waits its first second");
            assertEquals(4000, cow.y(), 0);
            assertEquals(9000, wolf.x(), 0);
            f.ticks(1);
            assertTrue(cow.mind().moveMillis() >= 4000 && cow.mind().moveMillis() <= 10000, "a passive animal walks 4-10 s: " + cow.mind().moveMillis());
            assertTrue(cow.mind().targetDir() >= -Math.PI && cow.mind().targetDir() <= Math.PI, "a direction: " + cow.mind().targetDir());
            assertNull(wolf.chargeTarget());
            assertTrue(wolf.mind().moveMillis() >= 1000 && wolf.mind().moveMillis() <= 2000, "a charger with no target wanders 1-2 s: " + wolf.mind().moveMillis());

            // its own acceleration (0.00095 per ms^2) against the decay (0.993^dt) is the most it covers in a tick
            double most = 0.00095 * TICK * TICK / (1 - Math.pow(0.993, TICK));
            double x = cow.x();
            double y = cow.y();
            boolean wolfRested = false;
            for (int t = 0; cow.mind().moveMillis() > 0 && t < 100; t++) {
                f.ticks(1);
                assertTrue(Math.hypot(cow.x() - x, cow.y() - y) <= most + 1e-9, "walking, not running: " + Math.hypot(cow.x() - x, cow.y() - y));
                x = cow.x();
                y = cow.y();
                if (!wolfRested && wolf.mind().moveMillis() <= 0) {
                    assertEquals(1500, wolf.mind().waitMillis(), 0, "a hostile animal waits 1.5 s between moves");
                    wolfRested = true;
                }
            }
            assertTrue(cow.mind().moveMillis() <= 0, "the walk ended");
            assertTrue(cow.mind().waitMillis() >= 1500 && cow.mind().waitMillis() <= 6000, "then it rests 1.5-6 s: " + cow.mind().waitMillis());
            assertTrue(wolfRested);
            assertTrue(Math.hypot(cow.x() - 5000, cow.y() - 4000) > 1, "it walked");
        }
    }

    /** src/site/rules.md#minds and #charging: who a charger picks as prey, and what its touch does. */
    @Nested
    class Chargers {
        /** Three seconds on, a charger that picked {@code prey}, {@code from} away, has come at least half way to it. */
        private void assertComesFor(Animal charger, Player prey, double from) {
            f.ticks(27);
            assertTrue(distance(charger, prey) < from / 2, "charging its prey: " + distance(charger, prey) + " left of " + from);
        }

        @Test
        void aWolfChargesTheNearestPlayerWithinEightHundredOnceItsFirstWaitEndsAndHurtsItEachTouchingTick() {
            Player near = f.spawnAt("near", 5500, 4000);
            Player other = f.spawnAt("other", 4300, 4000);
            Animal wolf = f.admin.spawnAnimal(WOLF, 5000, 4000); // near 500 away, other 700
            f.ticks(8);
            assertNull(wolf.chargeTarget(), "it waits its first second");
            f.ticks(2);
            assertSame(near, wolf.chargeTarget(), "the nearest of the players within 800");

            double reach = 84 + 35;
            int touches = 0;
            for (int t = 0; t < 60 && touches < 3; t++) {
                double before = near.health();
                f.ticks(1);
                double d = distance(wolf, near);
                double lost = before - near.health();
                if (lost > 0) {
                    assertEquals(8, lost, "a wolf does 8 a touching tick");
                    assertTrue(d <= reach + 1e-6, "only when it touches: " + d);
                    if (touches == 0) {
                        double away = Math.atan2(near.y() - wolf.y(), near.x() - wolf.x());
                        assertEquals(0.55 * Math.cos(away), near.vx(), 1e-9, "pushed 0.55 away from it");
                        assertEquals(0.55 * Math.sin(away), near.vy(), 1e-9);
                    }
                    touches++;
                } else {
                    assertTrue(d > reach - 1e-6, "every touching tick of a charge hurts: " + d);
                }
            }
            assertEquals(3, touches, "it came to the player and kept at it");
            assertEquals(100 - 3 * 8, near.health());
            assertEquals(100, other.health());
            assertSame(near, wolf.chargeTarget());
        }

        @Test
        void aPlayerBeyondEightHundredIsNotPicked() {
            Player p = f.spawnAt("edge", 5000, 4000);
            Animal within = f.admin.spawnAnimal(WOLF, 5000 - 780, 4000);
            Animal beyond = f.admin.spawnAnimal(WOLF, 5000 + 820, 4000);
            f.ticks(10);
            assertSame(p, within.chargeTarget(), "780 away: seen");
            assertNull(beyond.chargeTarget(), "820 away: beyond a wolf's 800");
            assertComesFor(within, p, 780);
        }

        @Test
        void aBullMaskWearerIsNotPicked() {
            Player masked = f.spawnAt("masked", 5300, 4000);
            f.dress(masked, Gear.BULL_MASK);
            Player plain = f.spawnAt("plain", 5000, 4700);
            Animal wolf = f.admin.spawnAnimal(WOLF, 5000, 4000);   // masked 300 away, plain 700
            Animal lonely = f.admin.spawnAnimal(WOLF, 5600, 4000); // masked 300 away, plain 922: beyond 800
            f.ticks(10);
            assertSame(plain, wolf.chargeTarget(), "the nearer one wears the mask: the other is picked");
            assertNull(lonely.chargeTarget(), "only a mask wearer in sight: nobody");
            assertComesFor(wolf, plain, 700);
        }

        @Test
        void aBullHitByAPlayerTurnsOnThatPlayer() {
            Player archer = f.spawnAt("archer", 4400, 4000);
            Player nearer = f.spawnAt("nearer", 5300, 4000);
            Animal bull = f.admin.spawnAnimal(BULL, 5000, 4000); // archer 600 away, nearer 300
            f.wieldBowWithOneArrow(archer);
            f.swing(archer, 0.0);
            f.ticks(5); // the arrow hits in its 4th tick, before the bull's first wait is over
            assertEquals(1800 - 25, bull.health(), "an arrow: 25");
            assertSame(archer, bull.chargeTarget(), "whoever hits it becomes its target");
            assertNull(bull.runFrom(), "a charger does not run from a player who hits it");
            f.ticks(9); // past its first wait: picking for itself it would take the nearer player
            assertSame(archer, bull.chargeTarget(), "for 8 s");
        }
    }

    /** src/site/rules.md#bosses and #death-drops-and-respawns: MOOSTAFA, the treasure, and the kinds that come back where they stood. */
    @Nested
    class BossesAndFixedSpawns {
        @Test
        void moostafaWindsUpForASecondWhenAPlayerComesNearThenStrikesItAndABuildingInReach() {
            Player p = f.spawnAt("prey", 5240, 4000);
            Building wall = f.build(p, WOOD_WALL, Math.PI / 2); // a wood wall 80 below the player
            assertEquals(380, wall.health());
            Animal boss = f.admin.spawnAnimal(MOOSTAFA, 5000, 4000); // 240 from the player: within 210 + 35
            RecordingSink sink = sink(p);
            sink.clear();

            int windUp = 0;
            for (int t = 1; t <= 15 && windUp == 0; t++) {
                f.ticks(1);
                if (boss.mind().strikeMillis() > 0) {
                    windUp = t;
                }
            }
            assertTrue(windUp > 0, "a player within 245 while it charges makes it wind up");
            assertSame(p, boss.chargeTarget());
            assertEquals(100, p.health(), "no harm by touch");

            int strike = 0;
            for (int t = 1; t <= 12; t++) {
                f.ticks(1);
                if (!sink.all(ServerPacket.AnimalAttack.class).isEmpty()) {
                    strike = t;
                    break;
                }
                assertEquals(100, p.health(), "nothing yet while it winds up, tick " + t);
                assertEquals(380, wall.health());
            }
            assertTrue(strike == 9 || strike == 10, "about 1000 ms after the wind-up: tick " + strike);
            assertEquals(List.of(new ServerPacket.AnimalAttack(boss.sid())), sink.all(ServerPacket.AnimalAttack.class), "J [sid]");
            assertEquals(100 - 40, p.health(), "40 to a player in reach");
            assertEquals(380 - 200, wall.health(), "200 to a building in reach");
            double away = Math.atan2(p.y() - boss.y(), p.x() - boss.x());
            assertEquals(0.6 * Math.cos(away), p.vx(), 1e-9, "pushed 0.6 away");
            assertEquals(0.6 * Math.sin(away), p.vy(), 1e-9);
        }

        @Test
        void moostafaDoesNotRunWhenHit() {
            Player p = f.spawnAt("brave", 5000, 3900);
            Animal boss = f.admin.spawnAnimal(MOOSTAFA, 5000, 4000);
            f.swing(p, Math.PI / 2);
            assertEquals(18000 - 25, boss.health());
            assertNull(boss.runFrom(), "it never flees");
            assertSame(p, boss.chargeTarget(), "it turns on its attacker instead");
            for (int t = 0; t < 9; t++) {
                f.ticks(1);
                assertNull(boss.runFrom());
            }
        }

        @Test
        void theTreasureNeverMoves() {
            Player p = f.spawnAt("finder", 5000, 4300);
            Animal chest = f.admin.spawnAnimal(TREASURE, 5000, 4000);
            double dir = chest.dir();
            for (int t = 0; t < 9 * 10; t++) {
                f.ticks(1);
                assertEquals(5000, chest.x(), 0, "speed 0");
                assertEquals(4000, chest.y(), 0);
                assertEquals(dir, chest.dir(), 0, "turn 0");
            }
            assertShownInI(p, chest, TREASURE, 20000);
        }

        @ParameterizedTest
        @CsvSource({"8, 7000, 30, 3000, 1000", "6, 18000, 60, 8000, 100", "7, 20000, 120, 5000, 0"})
        void aFixedSpawnStaysAwayForItsDelayAndComesBackWhereItFirstStood(int type, int hp, int seconds, int score, int drop) {
            Player p = f.spawnAt("slayer", 5000, 3900);
            Animal a = f.admin.spawnAnimal(type, 5000, 4000);
            a.wound(a.health() - 1); // one blow from death: the death is under test, not the thousands of blows before it
            f.swing(p, Math.PI / 2);
            assertFalse(a.present(), "killed: away");
            assertNull(lastSeen(p, a), "not in the I of the tick it died");
            assertEquals(score, p.resource(Resource.GOLD), "its score to the killer");
            assertEquals(drop, p.resource(Resource.FOOD), "its drop to the killer");

            RecordingSink sink = sink(p);
            sink.clear();
            f.ticks(9 * seconds - 1);
            assertFalse(a.present(), "still away a tick before " + seconds + " s");
            List<ServerPacket.UpdateAnimals> away = sink.all(ServerPacket.UpdateAnimals.class);
            assertEquals(9 * seconds - 1, away.size());
            assertTrue(away.stream().allMatch(i -> i.animals().stream().noneMatch(s -> s.sid() == a.sid())), "never in an I while away");
            f.ticks(2);
            assertTrue(a.present(), "back after " + seconds + " s");
            assertEquals(5000, a.x(), 1e-9, "where it first stood");
            assertEquals(4000, a.y(), 1e-9);
            assertEquals(hp, a.health(), "at full health");
            assertShownInI(p, a, type, hp);
        }
    }

    /** src/site/rules.md#bodies and #turrets: what a player's buildings do to the animals that meet them. */
    @Nested
    class Buildings {
        /** Builds at (3000, 4000), away from where the animals of the other tests stand. */
        private final Player owner = f.spawnAt("owner", 3000, 4000);

        /** src/site/rules.md#bodies: spikes of any owner hurt an animal and push it off; a heavy one hurts them back. */
        @Nested
        class Spikes {
            private final Building spikes = f.build(owner, SPIKES, 0.0); // to the owner's right

            @Test
            void spikesHurtAnAnimalThatRunsIntoThemAndTheirOwnerIsCreditedWithTheKill() {
                assertEquals(400, spikes.health());
                Animal cow = f.admin.spawnAnimal(COW, spikes.x() + 110, spikes.y()); // within 72 + 49: in them
                f.ticks(1);
                assertEquals(500 - 20, cow.health(), "spikes: 20 on touch");
                assertSame(spikes, cow.runFrom(), "it runs from the spikes as from a player");
                assertEquals(400, spikes.health(), "a cow (no colDmg) does not hurt them");
                f.ticks(3);
                assertEquals(500 - 20, cow.health(), "pushed off: hurt once");
                assertEquals(0, owner.resource(Resource.GOLD));

                Animal doomed = f.admin.spawnAnimal(COW, spikes.x(), spikes.y() + 110);
                doomed.wound(doomed.health() - 20); // left with 20: the spikes' one touch kills it
                f.ticks(1);
                assertEquals(50, owner.resource(Resource.FOOD), "the owner gets the cow's 50 food");
                assertEquals(150, owner.resource(Resource.GOLD), "and its 150 points");
                assertEquals(150, owner.xp());
                assertTrue(doomed.present());
                assertEquals(500, doomed.health(), "back at once at full health");
            }

            /** src/site/rules.md#collisions: an animal too is hurt by every spike it touches in a tick. */
            @Test
            void twoSpikesTouchedInOneTickHurtACowTwice() {
                f.place(owner, spikes.x(), spikes.y() + 79); // spikes stand 35 + 49 - 5 = 79 ahead: the next ones 158 below these
                Building second = f.build(owner, SPIKES, Math.PI / 2);
                f.place(owner, 3000, 4000);
                Animal cow = f.admin.spawnAnimal(COW, spikes.x(), (spikes.y() + second.y()) / 2); // 79 from each: within 72 + 49
                f.ticks(1);
                assertEquals(500 - 2 * 20, cow.health(), "20 from each");
            }

            @Test
            void aHeavyAnimalHurtsTheSpikesItRunsInto() {
                Animal boss = f.admin.spawnAnimal(MOOSTAFA, spikes.x() + 110, spikes.y()); // within 80 + 49: in them
                f.ticks(1);
                assertEquals(18000 - 20, boss.health(), "the spikes hurt it 20");
                assertEquals(400 - 100, spikes.health(), "MOOSTAFA's colDmg 100 hurts the spikes");
                assertNull(boss.runFrom(), "and it does not run from them");
            }
        }

        /** src/site/rules.md#bodies: a pit trap holds any animal that is not untrappable. */
        @Test
        void aPitTrapHoldsACowButNotAQuackOrMoostafa() {
            Building cowTrap = f.build(owner, PIT_TRAP, 0.0);
            f.place(owner, 6000, 4000);
            Building quackTrap = f.build(owner, PIT_TRAP, 0.0);
            f.place(owner, 9000, 4000);
            Building bossTrap = f.build(owner, PIT_TRAP, 0.0);
            f.place(owner, 12000, 12000); // beyond MOOSTAFA's 1000: nobody to charge
            Animal cow = f.admin.spawnAnimal(COW, cowTrap.x(), cowTrap.y());
            Animal quack = f.admin.spawnAnimal(QUACK, quackTrap.x(), quackTrap.y());
            Animal boss = f.admin.spawnAnimal(MOOSTAFA, bossTrap.x(), bossTrap.y());
            for (int t = 0; t < 9 * 5; t++) {
                f.ticks(1);
                assertEquals(0, cow.vx(), 0, "held: its velocity stays 0, tick " + t);
                assertEquals(0, cow.vy(), 0);
                assertEquals(cowTrap.x(), cow.x(), 0);
                assertEquals(cowTrap.y(), cow.y(), 0);
            }
            assertTrue(distance(quack, quackTrap) > 1, "a quack ignores traps: it walked off");
            assertTrue(distance(boss, bossTrap) > 1, "so does MOOSTAFA");
        }

        /** src/site/rules.md#turrets: a turret's targets are players and hostile animals. */
        @Test
        void aTurretShootsAHostileAnimalInRangeButNotACow() {
            Building turret = f.build(owner, TURRET, Math.PI);
            assertEquals(17, turret.item().index());
            Animal cow = f.admin.spawnAnimal(COW, turret.x() - 300, turret.y() - 300);
            for (int t = 1; t <= 27; t++) {
                f.ticks(1);
                assertEquals(0, f.admin.projectilesInFlight(), "tick " + t);
                if (t == 20) {
                    assertTrue(distance(cow, turret) <= 700, "the cow is in range once the turret has loaded (2200 ms)");
                }
            }
            assertNull(sink(owner).last(ServerPacket.TurretShot.class), "no shot at a cow");
            assertEquals(500, cow.health());

            Animal wolf = f.admin.spawnAnimal(WOLF, turret.x() + 200, turret.y() + 200);
            f.ticks(1);
            ServerPacket.TurretShot shot = sink(owner).last(ServerPacket.TurretShot.class);
            assertNotNull(shot, "a loaded turret fires at a wolf within 700 at once");
            assertEquals(turret.sid(), shot.objectSid());
            assertEquals(Math.atan2(wolf.y() - turret.y(), wolf.x() - turret.x()), shot.dir(), 1e-9, "aimed at the wolf");
            f.ticks(3);
            assertEquals(300 - 25, wolf.health(), "a turret shot: 25");
        }
    }

    /** src/site/rules.md#swings and #shots: what reaches an animal. */
    @Nested
    class BlowsAndShots {
        @Test
        void anArrowHitsAnAnimalForTwentyFive() {
            Player archer = f.spawnAt("archer", 3000, 4000);
            Animal cow = f.admin.spawnAnimal(COW, 3600, 4000);
            f.wieldBowWithOneArrow(archer);
            f.swing(archer, 0.0);
            assertEquals(0, archer.resource(Resource.WOOD), "4 wood: the shot was fired");
            f.ticks(5);
            assertEquals(500 - 25, cow.health(), "an arrow: 25");
            assertSame(archer, cow.runFrom(), "it runs from the archer");
            assertEquals(0, f.admin.projectilesInFlight(), "the arrow stopped at it");
            assertTrue(gotDamageNumber(archer, 25));
            ServerPacket.AddProjectile x = sink(archer).last(ServerPacket.AddProjectile.class);
            ServerPacket.ProjectileRange y = sink(archer).last(ServerPacket.ProjectileRange.class);
            assertNotNull(x);
            assertNotNull(y, "Y: it hit something");
            assertEquals(x.sid(), y.sid());
        }

        @Test
        void aSwingReachesAnAnimalWithinOnePointEightTimesItsRadiusAsAPlayer() {
            Player p = f.spawnAt("p", 3000, 3000);
            // the hammer reaches 65 (src/site/rules.md#swings); a cow's radius is 72: hit up to 65 + 1.8 x 72 = 194.6 away
            Animal near = f.admin.spawnAnimal(COW, 3000 + 190, 3000);
            Animal far = f.admin.spawnAnimal(COW, 3000 - 200, 3000);
            near.mind().rest(1e9); // both stand still for the test
            far.mind().rest(1e9);
            f.press(p, 0.0);
            f.ticks(1);
            f.press(p, Math.PI);
            f.ticks(4);
            f.release(p);
            assertEquals(475, near.health(), "190 away: hit");
            assertEquals(500, far.health(), "200 away: out of reach");
        }
    }

    /** src/site/rules.md#the-map and #bodies: the river slows animals and drifts them +x. */
    @Nested
    class TheRiver {
        @Test
        void theRiverDriftsAnAnimalTowardsPlusXAndSlowsIt() {
            Player landward = f.spawnAt("landward", 5000, 3900);
            Player bank = f.spawnAt("bank", 8000, 6800); // 400 from the middle: out of the river (7200 +- 362)
            Animal onLand = f.admin.spawnAnimal(COW, 5000, 4000);
            Animal inRiver = f.admin.spawnAnimal(COW, 8000, 6900); // 300 from the middle: in it
            f.ticks(5); // both still in their first wait: nothing of their own moves them
            assertEquals(5000, onLand.x(), 0, "on land a waiting cow stays put");
            assertEquals(4000, onLand.y(), 0);
            assertTrue(inRiver.vx() > 0, "the current pushes its x velocity to +x");
            assertTrue(inRiver.x() > 8000 + 10, "and carries it: " + inRiver.x());
            assertEquals(6900, inRiver.y(), 0, "along x only");

            // The same run for both, straight +y away from a hitter right above (set facing that way so that
            // no turning differs); one of them runs in the water.
            onLand.face(Math.PI / 2);
            inRiver.face(Math.PI / 2);
            f.place(bank, inRiver.x(), 6800);
            f.press(landward, Math.PI / 2);
            f.press(bank, Math.PI / 2);
            f.ticks(1);
            f.release(landward);
            f.release(bank);
            assertSame(landward, onLand.runFrom());
            assertSame(bank, inRiver.runFrom());
            double landY = onLand.y();
            double riverX = inRiver.x();
            double riverY = inRiver.y();
            for (int t = 0; t < 18; t++) {
                f.ticks(1);
                assertTrue(Math.abs(inRiver.y() - 7200) <= 362, "it stays in the river: " + inRiver.y());
            }
            double landRun = onLand.y() - landY;
            double riverRun = inRiver.y() - riverY;
            assertTrue(landRun > 300, "2 s of running on land: " + landRun);
            assertTrue(riverRun > 0 && riverRun < 0.6 * landRun, "slowed in the river: " + riverRun + " against " + landRun);
            assertEquals(5000, onLand.x(), 1e-6, "no drift on land");
            assertTrue(inRiver.x() > riverX + 50, "still drifting +x: " + (inRiver.x() - riverX));
        }
    }
}
