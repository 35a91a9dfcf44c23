package dev.moomoo.game;

import dev.moomoo.game.data.Habitat;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The animals the v1.9 client added (src/site/rules.md#animals): boar, yeti and sheep placed by the world,
 * crab and crabling by the console only. Their numbers are typed from the client's own table (hp,
 * damage, killScore, scale, viewRange, leapForce, drop), not read from animals.tsv; what the server
 * alone decides (where they live, when the yeti pounces) is tested against its settings' defaults.
 */
class NewAnimalsTest {
    private static final double TICK = 1000.0 / 9;
    private static final int BOAR = 9;
    private static final int CRAB_KING = 11;
    private static final int YETI = 10;
    private static final int SHEEP = 12;
    private static final int CRAB = 13;
    private static final int CRABLING = 14;
    /** src/site/rules.md#world-and-movement: the snow's lower edge, the desert's height, the river's width. */
    private static final double SNOW_TOP = 2400;
    private static final double DESERT = 2400;
    private static final double RIVER_HALF = 724 / 2.0;

    private final GameFixture f = new GameFixture();

    /**
     * One tick; returns the push the animal gave itself in it: its velocity less what decay alone left of
     * the one before (src/site/rules.md#world-and-movement: velocities decay 0.993 per ms), so a tick's
     * acceleration at most (a yeti charging: 0.0008 x 1.75 x 111 ms, decayed: about 0.07), a leap 0.6 more.
     */
    private double kick(Animal a) {
        double decay = Math.pow(0.993, TICK);
        double vx = a.vx();
        double vy = a.vy();
        f.ticks(1);
        return Math.hypot(a.vx() - vx * decay, a.vy() - vy * decay);
    }

    /** Ticks until the charger has picked {@code prey} (its first wait is a second); at most 3 s. */
    private void untilItCharges(Animal charger, Player prey) {
        for (int t = 0; t < 27 && charger.chargeTarget() != prey; t++) {
            f.ticks(1);
        }
        assertSame(prey, charger.chargeTarget(), "set-up: it charges " + prey.name());
    }

    @Nested
    class TheKinds {
        @ParameterizedTest
        @CsvSource({"9, 900, 76", "10, 3200, 95", "12, 650, 72", "13, 500, 78", "14, 250, 39"})
        void eachNewKindSpawnsWithItsHealthAndSizeFromTheClientsTable(int type, int hp, int scale) {
            Player p = f.spawnAt("viewer", 5000, 4500);
            Animal a = f.admin.spawnAnimal(type, 5000, 4000);
            assertEquals(type, a.kind().id());
            assertEquals(hp, a.health());
            assertEquals(scale, a.scale(), 0);
            f.ticks(1);
            ServerPacket.AnimalState seen = sink(p).last(ServerPacket.UpdateAnimals.class).animals().getFirst();
            assertEquals(type, seen.type(), "the own client and v1.9 draw the type itself");
            assertEquals(hp, seen.health());
        }

        @Test
        void typesBeyondTheTableAreNotSpawned() {
            assertNull(f.admin.spawnAnimal(15, 5000, 4000), "the client's table ends at 14");
            assertTrue(f.admin.animals().isEmpty());
        }

        @ParameterizedTest
        @CsvSource({"9, 800, 150", "10, 4500, 800", "12, 200, 150", "13, 400, 0", "14, 200, 0"})
        void killingOneGivesItsKillScoreInPointsAndItsDropInFood(int type, int score, int food) {
            Player p = f.spawnAt("hunter", 5000, 4000);
            Animal a = f.admin.spawnAnimal(type, 5000 + 35 + 40, 4000);
            a.wound(a.health() - 10); // one hammer blow (25) from death
            f.swing(p, 0.0);
            assertEquals(score, p.resource(Resource.GOLD), "killScore in points");
            assertEquals(food, p.resource(Resource.FOOD), "drop in food");
        }
    }

    /** src/site/rules.md#charging: the boar and the yeti charge and hurt by touch, the sheep is passive. */
    @Nested
    class Minds {
        private double firstTouch(int type, double x, double y) {
            Player prey = f.spawnAt("prey", x, y);
            Animal a = f.admin.spawnAnimal(type, x + 400, y);
            a.face(Math.PI); // facing its prey: a charger turns slowly (a yeti 0.0008 rad/ms)
            for (int t = 0; t < 90; t++) {
                double before = prey.health();
                f.ticks(1);
                if (prey.health() < before) {
                    return before - prey.health();
                }
            }
            return fail("the " + a.kind().name() + " never touched its prey");
        }

        @Test
        void aBoarChargesAndDoesFourteenATouch() {
            assertEquals(14, firstTouch(BOAR, 5000, 4000));
        }

        @Test
        void aYetiChargesAndDoesTwentyFiveATouch() {
            assertEquals(25, firstTouch(YETI, 5000, 1200));
        }

        @Test
        void aBoarSeesSevenHundredAndAYetiSevenHundredFifty() {
            Player p = f.spawnAt("edge", 5000, 4000);
            Animal boarIn = f.admin.spawnAnimal(BOAR, 5000 - 690, 4000);
            Animal boarOut = f.admin.spawnAnimal(BOAR, 5000 + 710, 4000);
            Player q = f.spawnAt("cold", 5000, 1200);
            Animal yetiIn = f.admin.spawnAnimal(YETI, 5000 - 740, 1200);
            Animal yetiOut = f.admin.spawnAnimal(YETI, 5000 + 760, 1200);
            f.ticks(10);
            assertSame(p, boarIn.chargeTarget());
            assertNull(boarOut.chargeTarget());
            assertSame(q, yetiIn.chargeTarget());
            assertNull(yetiOut.chargeTarget());
        }

        @Test
        void aSheepNeverHurtsWhoTouchesItAndRunsWhenHit() {
            Player p = f.spawnAt("shepherd", 5000, 4000);
            Animal sheep = f.admin.spawnAnimal(SHEEP, 5000 + 35 + 40, 4000);
            f.swing(p, 0.0);
            assertEquals(650 - 25, sheep.health());
            assertSame(p, sheep.runFrom(), "passive: it runs from its attacker");
            f.place(p, sheep.x(), sheep.y());
            f.ticks(20);
            assertEquals(100, p.health(), "and never hurts");
        }
    }

    /**
     * src/site/rules.md#animals: the yeti's leap force (0.6) with the pounce of the settings' defaults
     * (reconstructed): at its prey within 250 edge to edge, at most every 4 s.
     */
    @Nested
    class ThePounce {
        @Test
        void aYetiCloseToItsPreyLeapsAtItOnceThenWaitsForTheCooldown() {
            Player prey = f.spawnAt("prey", 5000, 1200);
            Animal yeti = f.admin.spawnAnimal(YETI, 5000 + 35 + 95 + 200, 1200); // 200 edge to edge
            yeti.face(Math.PI); // facing its prey: a pounce goes where it faces
            untilItCharges(yeti, prey);
            double decay = Math.pow(0.993, TICK);
            double leap = kick(yeti);
            assertTrue(leap >= 0.6 * decay, "the leap's 0.6 on top of its charge: " + leap);
            assertTrue(yeti.vx() < 0, "at its prey, to its left");
            double strongest = 0;
            for (int t = 0; t < 33; t++) { // 3.7 s: within the 4 s cooldown
                f.place(prey, yeti.x() - 35 - 95 - 200, yeti.y()); // kept just within reach, out of touch
                strongest = Math.max(strongest, kick(yeti));
            }
            assertTrue(strongest < 0.2, "no second leap within 4 s: " + strongest);
            for (int t = 0; t < 9 && strongest < 0.6 * decay; t++) {
                f.place(prey, yeti.x() - 35 - 95 - 200, yeti.y());
                strongest = Math.max(strongest, kick(yeti));
            }
            assertTrue(strongest >= 0.6 * decay, "and another once the 4 s are over: " + strongest);
        }

        @Test
        void aYetiFacingAwayFromItsPreyDoesNotLeapUntilItHasTurned() {
            Player prey = f.spawnAt("prey", 5000, 1200);
            Animal yeti = f.admin.spawnAnimal(YETI, 5000 + 35 + 95 + 200, 1200);
            yeti.face(0); // its back to its prey
            untilItCharges(yeti, prey);
            double first = kick(yeti);
            assertTrue(first < 0.2, "not backwards: " + first);
        }

        @Test
        void aYetiFartherAwayAndABoarDoNotLeap() {
            Player far = f.spawnAt("far", 5000, 1200);
            Animal yeti = f.admin.spawnAnimal(YETI, 5000 + 35 + 95 + 400, 1200); // 400 edge to edge: beyond 250
            yeti.face(Math.PI);
            Player near = f.spawnAt("near", 5000, 4000);
            Animal boar = f.admin.spawnAnimal(BOAR, 5000 + 35 + 76 + 200, 4000); // a boar has no leap force
            boar.face(Math.PI);
            untilItCharges(yeti, far);
            untilItCharges(boar, near);
            double yetiKick = Math.hypot(yeti.vx(), yeti.vy());
            double boarKick = Math.hypot(boar.vx(), boar.vy());
            f.ticks(1);
            yetiKick = Math.hypot(yeti.vx(), yeti.vy()) - yetiKick;
            boarKick = Math.hypot(boar.vx(), boar.vy()) - boarKick;
            assertTrue(yetiKick < 0.2, "no leap beyond 250: " + yetiKick);
            assertTrue(boarKick < 0.2, "a boar never leaps: " + boarKick);
        }
    }

    /** src/site/rules.md#animals: where the world places them (reconstructed defaults, and the setting). */
    @Nested
    class Habitats {
        private static boolean inGrassland(Animal a) {
            return a.y() > SNOW_TOP && a.y() < 14_400 - DESERT && Math.abs(a.y() - 7200) > RIVER_HALF;
        }

        @Test
        void byDefaultYetisLiveInTheSnowBoarsAndSheepOnTheGrassAndNoCrabIsPlaced() {
            GameFixture world = new GameFixture(GameConfig.defaults().withObjects(0, 0, 0, 0));
            List<Animal> all = world.admin.animals();
            assertEquals(2, all.stream().filter(a -> a.kind().id() == YETI).count(), "2 yetis (reconstructed)");
            assertEquals(6, all.stream().filter(a -> a.kind().id() == BOAR).count(), "6 boars (reconstructed)");
            assertEquals(8, all.stream().filter(a -> a.kind().id() == SHEEP).count(), "8 sheep (reconstructed)");
            assertEquals(0, all.stream().filter(a -> a.kind().id() == CRAB || a.kind().id() == CRABLING).count(), "console only");
            for (Animal a : all) {
                switch (a.kind().id()) {
                    case YETI -> assertTrue(a.y() <= SNOW_TOP, "a yeti in the snow: " + a.y());
                    case BOAR, SHEEP -> assertTrue(inGrassland(a), a.kind().name() + " on the grass: " + a.y());
                    default -> { }
                }
            }
        }

        @Test
        void aYetiComesBackInTheSnowAndAConsoleCrabWhereItWasPlaced() {
            Player p = f.spawnAt("hunter", 5000, 4000);
            Animal yeti = f.admin.spawnAnimal(YETI, 5000 + 35 + 40, 4000); // placed off its snow by the console
            Animal crab = f.admin.spawnAnimal(CRAB, 9000, 9000);
            for (int round = 0; round < 5; round++) {
                f.place(p, yeti.x() - 70, yeti.y());
                yeti.wound(yeti.health() - 1);
                f.swing(p, 0.0);
                assertEquals(3200, yeti.health(), "back at full health");
                assertTrue(yeti.y() <= SNOW_TOP, "back in the snow: " + yeti.y());
                f.ticks(3);
            }
            crab.wound(crab.health() - 1);
            f.place(p, crab.x() - 35 - 40, crab.y());
            f.swing(p, 0.0);
            assertEquals(500, crab.health());
            assertEquals(9000, crab.x(), 1e-9, "the crab, placed by the console, comes back where it was put");
            assertEquals(9000, crab.y(), 1e-9);
        }

        @Test
        void theSettingMovesAKindsHabitat() {
            GameFixture world = new GameFixture(GameConfig.defaults().withObjects(0, 0, 0, 0)
                    .withAnimals(Map.of("boar", 20)).withHabitats(Map.of("boar", Habitat.SNOW)));
            List<Animal> boars = world.admin.animals().stream().filter(a -> a.kind().name().equals("boar")).toList();
            assertEquals(20, boars.size());
            for (Animal a : boars) {
                assertTrue(a.y() <= SNOW_TOP, "boar=snow: " + a.y());
            }
        }

        @Test
        void aYetiOutOfTheSnowWandersBackUp() {
            Animal yeti = f.admin.spawnAnimal(YETI, 5000, 3000); // no player: it only wanders
            for (int t = 0; t < 9 * 20 && yeti.y() > SNOW_TOP; t++) {
                f.ticks(1);
            }
            assertTrue(yeti.y() <= SNOW_TOP, "within 20 s it is back in the snow: " + yeti.y());
        }
    }
}
