package dev.moomoo.game;

import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.moomoo.game.Blueprint.STONE_WALL;
import static dev.moomoo.game.Blueprint.WOOD_WALL;
import static dev.moomoo.game.GameFixture.HUNTING_BOW;
import static dev.moomoo.game.Sinks.sink;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Weapons, shots and age-up choices against src/site/rules.md#weapons and #ages-and-upgrade-choices; the numbers are
 * typed from the sheet.
 */
class WeaponsAndUpgradesTest {
    /** src/site/rules.md#ages-and-upgrade-choices: a choice of 16 and above is the item {@code choice - 16}. */
    private static final int ITEM_CHOICE = 16;

    private final GameFixture f = new GameFixture();

    /** src/site/rules.md#ages-and-upgrade-choices */
    @Nested
    class AgesAndUpgradeChoices {
        /** At age 1, with no upgrade point. */
        private final Player p = f.spawnAt("p", 3000, 3000);

        /** Gains XP to the next age by gold (1 XP a point): 300 for age 2. */
        private void ageUp() {
            f.grant(p, Resource.GOLD, (long) Math.ceil(p.progress().maxXp() - p.progress().xp()));
        }

        /** {@code H [choice]}; one tick. */
        private void choose(int choice) {
            f.send(p, new ClientPacket.Upgrade(choice));
            f.ticks(1);
        }

        private static int lastIndexOf(List<ServerPacket> packets, Class<?> type) {
            for (int i = packets.size() - 1; i >= 0; i--) {
                if (type.isInstance(packets.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        @Test
        void anAgeUpGivesAPointAndAWeaponChoiceGoesVBeforeU() {
            ageUp();
            assertEquals(2, p.age());
            assertEquals(new ServerPacket.Upgrades(1, 2), sink(p).last(ServerPacket.Upgrades.class), "1 point, choices of age 2");
            sink(p).clear();
            choose(5); // polearm
            List<ServerPacket> got = sink(p).packets;
            assertEquals(new ServerPacket.Hotbar(List.of(5), true), sink(p).last(ServerPacket.Hotbar.class), "the polearm replaces the hammer");
            assertEquals(new ServerPacket.Upgrades(0, 3), sink(p).last(ServerPacket.Upgrades.class));
            assertTrue(lastIndexOf(got, ServerPacket.Hotbar.class) < lastIndexOf(got, ServerPacket.Upgrades.class), "V before U");
            assertEquals(5, p.state().weaponIndex(), "in hand, as a shows");
            assertEquals(0.82, p.modifiers().speed(), 1e-9, "polearm speed");
        }

        @Test
        void aChoiceNeedsAPointTheAgeAndThePrerequisite() {
            choose(1); // no point yet
            assertEquals(List.of(0), p.weaponIds());
            ageUp();
            f.send(p, new ClientPacket.Upgrade(2)); // great axe is age 8
            f.send(p, new ClientPacket.Upgrade(ITEM_CHOICE + 1)); // cookie is age 3
            f.ticks(1);
            assertEquals(List.of(0), p.weaponIds());
            assertEquals(List.of(0, 3, 6, 10), p.itemIds());
            assertEquals(1, p.upgradePoints(), "refused choices cost nothing");
            choose(7); // daggers
            assertEquals(List.of(7), p.weaponIds());
            int[] laterChoices = {ITEM_CHOICE + 4, ITEM_CHOICE + 15, ITEM_CHOICE + 13, 9, ITEM_CHOICE + 17, 2}; // ages 3 to 8
            for (int choice : laterChoices) {
                ageUp();
                choose(choice);
            }
            // age 8: the great axe needs the hand axe (1), which this player never took
            assertFalse(p.weaponIds().contains(2));
            assertEquals(1, p.upgradePoints());
            choose(12); // the crossbow needs the bow (9): taken at 6
            assertEquals(List.of(7, 12), p.weaponIds());
        }

        @Test
        void anItemChoiceReplacesTheItemOfItsGroup() {
            ageUp();
            choose(1);
            ageUp();
            choose(ITEM_CHOICE + 1); // cookie, age 3
            assertEquals(List.of(1, 3, 6, 10), p.itemIds(), "the cookie takes the apple's place");
            assertEquals(new ServerPacket.Hotbar(List.of(1, 3, 6, 10), false), sink(p).last(ServerPacket.Hotbar.class));
            ageUp();
            choose(ITEM_CHOICE + 15); // pit trap, age 4: a group of its own, appended
            assertEquals(List.of(1, 3, 6, 10, 15), p.itemIds());
        }

        @Test
        void anUpgradeThatReplacesTheItemInHandKeepsTheNewOneInHand() {
            ageUp();
            choose(1);
            f.send(p, new ClientPacket.Select(0, false)); // the apple in hand
            ageUp();
            choose(ITEM_CHOICE + 1); // the cookie replaces it
            assertEquals(1, p.state().buildIndex(), "the cookie is in hand");
        }

        @Test
        void aRespawnStartsOver() {
            ageUp();
            choose(3);
            f.hurt(p, 100);
            f.send(p, new ClientPacket.Spawn("p", false, 0));
            f.ticks(1);
            assertEquals(1, p.age());
            assertEquals(List.of(0), p.weaponIds());
            assertEquals(List.of(0, 3, 6, 10), p.itemIds());
            assertEquals(0, p.upgradePoints());
            assertEquals(new ServerPacket.Upgrades(0, 2), sink(p).last(ServerPacket.Upgrades.class));
        }

        @Test
        void theNextAgesXpGrowsByAFifthUnroundedAndIsSentToOneDecimal() {
            double[] sheet = {360, 432, 518.4, 622.1}; // 300 x 1.2^n, one decimal
            for (double expected : sheet) {
                ageUp();
                assertEquals(expected, sink(p).last(ServerPacket.Xp.class).maxXp(), 1e-9);
            }
            assertEquals(300 * Math.pow(1.2, 4), p.progress().maxXp(), 1e-9, "kept unrounded");
        }
    }

    /** src/site/rules.md#swings, #damage-and-knockback and #shields */
    @Nested
    class Swings {
        private final Player attacker = f.spawnAt("attacker", 5000, 4000);

        /** A player 80 to the attacker's right: within the tool hammer's reach of 65 + 1.8 x 35. */
        private Player inReach(String name) {
            return f.spawnAt(name, 5080, 4000);
        }

        /** src/site/rules.md#swings: each melee weapon's damage, and its reach (range + 1.8 x the target's 35). */
        @ParameterizedTest(name = "weapon {0}: {1} damage, range {2}")
        @CsvSource({"0, 25, 65", "1, 30, 70", "2, 35, 75", "3, 35, 110", "4, 40, 118", "5, 45, 142", "6, 20, 110", "7, 20, 65",
                "8, 1, 70", "10, 10, 75"})
        void eachMeleeWeaponHitsForItsDamageAtItsReachAndNoFurther(int id, int damage, int range) {
            Player near = f.spawnAt("near", 5000 + range + 63 - 1, 4000);
            Player far = f.spawnAt("far", 5000, 4000 - (range + 63 + 2)); // straight up, out of reach
            f.wield(attacker, id);
            f.press(attacker, 0.0);
            f.ticks(1);
            assertEquals(100 - damage, near.health(), "at its reach");
            f.press(attacker, -Math.PI / 2);
            f.ticks(9);
            assertEquals(100, far.health(), "beyond its reach");
        }

        @Test
        void daggersSwingEveryHundredMsAndSlowLess() {
            f.wield(attacker, 7);
            f.press(attacker, 0.0);
            f.ticks(9);
            long swings = sink(attacker).all(ServerPacket.Swing.class).size();
            assertEquals(5, swings, "reload 100 ms: one tick to run it down, the next to swing: ticks 1, 3, 5, 7, 9");
            // each swing takes 0.1 (the hammer's default would be 0.3); two ticks give back 2 x 0.0008 x 111
            // = 0.18, so each swing starts from 1 again
            assertEquals(1 - 0.1, attacker.slow(), 1e-9);
        }

        @Test
        void aShieldFacingTheBlowTakesAFifth() {
            Player b = inReach("b");
            f.wield(b, 11);
            f.send(b, new ClientPacket.Aim(Math.PI)); // facing the attacker
            f.ticks(1);
            f.press(attacker, 0.0);
            f.ticks(1);
            assertEquals(95, b.health(), "hammer 25 x 0.2");
            assertEquals(0.7, b.modifiers().speed(), 1e-9, "shield speed");
        }

        @Test
        void theGreatHammerHitsBuildingsSevenAndAHalfTimes() {
            Player owner = f.spawnAt("owner", 3000, 3000);
            Building wall = f.build(owner, WOOD_WALL, 0.0);
            f.place(attacker, 3080, 3000 + 35 + 50);
            f.wield(attacker, 10);
            f.press(attacker, -Math.PI / 2);
            f.ticks(1);
            assertEquals(380 - 75, wall.health(), "10 x 7.5");
        }

        @Test
        void mcGrabbyStealsUpToTwoHundredFiftyGold() {
            Player victim = inReach("victim");
            f.grant(victim, Resource.GOLD, 300);
            f.wield(attacker, 14);
            f.press(attacker, 0.0);
            f.ticks(1);
            assertEquals(50, victim.resource(Resource.GOLD));
            assertEquals(250, attacker.resource(Resource.GOLD));
        }

        /** src/site/rules.md#variants-and-weapon-xp */
        @Test
        void weaponXpEarnsTheGoldVariantAndItsDamage() {
            Player b = inReach("b");
            f.grant(attacker, Resource.WOOD, 3000); // gained with the hammer in hand: 3000 weapon XP
            f.ticks(1);
            assertEquals(1, attacker.state().weaponVariant(), "gold from 3000");
            f.press(attacker, 0.0);
            f.ticks(1);
            assertEquals(100 - 27.5, b.health(), 1e-9, "25 x 1.1, not rounded (src/site/rules.md#damage-and-knockback)");
            assertEquals(new ServerPacket.Health(b.sid(), 73), sink(attacker).last(ServerPacket.Health.class), "O shows 72.5 rounded");
        }

        /**
         * src/site/rules.md#variants-and-weapon-xp: the emerald (v1.9: xp 20,000, val 1.18, lifesteal 0.15,
         * members-only in the client), reached by everyone with the setting's default (reconstructed).
         */
        @Test
        void twentyThousandWeaponXpEarnsTheEmeraldWhichHealsFifteenPercentOfItsDamage() {
            Player b = inReach("b");
            f.grant(attacker, Resource.WOOD, 19_999);
            f.ticks(1);
            assertEquals(3, attacker.state().weaponVariant(), "ruby: 1 short of 20,000");
            f.grant(attacker, Resource.WOOD, 1);
            f.ticks(1);
            assertEquals(4, attacker.state().weaponVariant(), "emerald from 20,000");
            f.hurt(attacker, 50);
            f.press(attacker, 0.0);
            f.ticks(1);
            assertEquals(100 - 29.5, b.health(), 1e-9, "25 x 1.18");
            assertEquals(50 + 29.5 * 0.15, attacker.health(), 1e-9, "heals 0.15 of the damage it dealt");
            f.release(attacker);
            f.ticks(9);
            assertEquals(100 - 29.5, b.health(), 1e-9, "no poison: that is the ruby's");
        }

        @Test
        void withMembersOnlyVariantsForNobodyTheRubyIsTheLast() {
            GameFixture g = new GameFixture(GameFixture.quiet().withMembersOnlyVariants("nobody"));
            Player p = g.spawnAt("p", 5000, 4000);
            g.grant(p, Resource.WOOD, 50_000);
            g.ticks(1);
            assertEquals(3, p.state().weaponVariant(), "the emerald is members-only and this server has no members");
        }

        /** src/site/rules.md#skull */
        @Test
        void theTopKillerWearsTheSkull() {
            Player b = inReach("b");
            f.press(attacker, 0.0);
            for (int i = 0; i < 40 && b.alive(); i++) {
                f.ticks(1);
                if (b.alive()) {
                    f.place(b, attacker.x() + 80, attacker.y());
                }
            }
            assertFalse(b.alive());
            f.ticks(1);
            assertEquals(1, attacker.state().iconIndex(), "the most kills, at least one: iconIndex 1");
            f.send(b, new ClientPacket.Spawn("b", false, 0));
            f.ticks(1);
            assertEquals(0, b.state().iconIndex());
        }
    }

    /**
     * src/site/rules.md#variants-and-weapon-xp: only what is gathered grows weapon XP (the gold variant from
     * 3000); points paid as a score (a kill, an animal's score, mills, the Windmill Hat) do not.
     */
    @Nested
    class WeaponXp {
        private static final int GOLD_VARIANT_XP = 3000;
        private static final int BULL = 2;
        /** A bull's drop (food) and score (points), from the sheet. */
        private static final int BULL_DROP = 100;
        private static final int BULL_SCORE = 1000;

        private final Player p = f.spawnAt("p", 5000, 4000);

        /** The variant of the weapon in hand as {@code a} shows it after one more tick. */
        private int variantShown() {
            f.ticks(1);
            return p.state().weaponVariant();
        }

        @Test
        void aBullsDropGrowsWeaponXpButNotItsScore() {
            f.grant(p, Resource.WOOD, GOLD_VARIANT_XP - BULL_DROP - 1); // gathered with the hammer in hand
            Animal bull = f.admin.spawnAnimal(BULL, 5080, 4000); // in the hammer's reach: 65 + 1.8 x 78
            bull.wound(bull.health() - 25); // one hammer blow from death
            f.swing(p, 0.0);
            assertEquals(BULL_SCORE, p.resource(Resource.GOLD), "killed: its score paid");
            assertEquals(BULL_DROP, p.resource(Resource.FOOD), "its drop paid");
            assertEquals(0, variantShown(), "1 short of gold: the drop's 100 counted, the score's 1000 did not");
            f.grant(p, Resource.WOOD, 1);
            assertEquals(1, variantShown(), "gold at 3000");
        }

        @Test
        void aKillsPointsGrowNoWeaponXp() {
            Player victim = f.spawnAt("victim", 5080, 4000);
            f.grant(p, Resource.WOOD, GOLD_VARIANT_XP - 1);
            f.hurt(victim, 100 - 25);
            f.swing(p, 0.0);
            assertFalse(victim.alive(), "set-up: the hammer's 25 killed it");
            assertEquals(100, p.resource(Resource.GOLD), "100 points a kill of an age 1 player");
            assertEquals(0, variantShown(), "still normal: the kill's points are a score");
        }

        @Test
        void millAndWindmillHatPointsGrowNoWeaponXp() {
            f.build(p, Blueprint.WINDMILL, Math.PI / 2);
            f.dress(p, Gear.WINDMILL_HAT);
            f.wield(p, 1); // a hand axe: a weapon with no XP yet
            f.grant(p, Resource.WOOD, GOLD_VARIANT_XP - 1);
            long before = p.resource(Resource.GOLD);
            f.ticks(9 * 3);
            assertTrue(p.resource(Resource.GOLD) - before >= 5, "3 s of a mill's 1 and the hat's 1.5 a second paid");
            assertEquals(0, variantShown(), "still normal");
        }
    }

    /** src/site/rules.md#shots */
    @Nested
    class Shots {
        private final Player shooter = f.spawnAt("shooter", 3000, 3000);

        @Test
        void aBowShotCostsFourWoodFliesAndHits() {
            Player target = f.spawnAt("target", 3600, 3000);
            f.wieldBowWithOneArrow(shooter);
            f.swing(shooter, 0.0);
            assertEquals(0, shooter.resource(Resource.WOOD), "4 wood a shot");
            ServerPacket.AddProjectile x = sink(target).last(ServerPacket.AddProjectile.class);
            assertNotNull(x, "X to who sees it");
            assertEquals(3000 + 70, x.x(), 1e-9, "it starts 70 ahead");
            assertEquals(0, x.index());
            assertEquals(1.6, x.speed());
            assertEquals(1000, x.range(), 1e-9);
            assertEquals(0, x.layer());
            f.ticks(6);
            assertEquals(75, target.health(), "an arrow: 25");
            ServerPacket.ProjectileRange y = sink(target).last(ServerPacket.ProjectileRange.class);
            assertEquals(x.sid(), y.sid());
            // it stood still the tick it was fired, then moved 1.6 x tick per tick: after two steps it is
            // 3070 + 2 x 177.8; the third step meets the target's square (half-size 35) at 3565
            double tick = 1000.0 / 9;
            assertEquals(3600 - 35 - (3070 + 2 * 1.6 * tick), y.range(), 0.05, "the distance left to the hit in its last step");
            assertEquals(y, sink(shooter).last(ServerPacket.ProjectileRange.class), "Y to everyone who got the X");
            assertTrue(sink(shooter).all(ServerPacket.Swing.class).isEmpty(), "a shot sends no swing (K)");
            assertTrue(sink(target).all(ServerPacket.Swing.class).isEmpty());
        }

        /**
         * src/site/rules.md#shots: fired, a shot tests the step ahead of it; each later tick it moves a step
         * ({@code speed x tick}) and tests the next, until the distance it has flown reaches its range. So
         * what it reaches is the first whole number of steps at or beyond its range: 1600 for the musket
         * (400 a step, 1400), 1066.7 for the hunting bow (177.8 a step, 1000), from where it starts, 70
         * ahead of the shooter.
         */
        @ParameterizedTest(name = "weapon {0}: {1} a ms, range {2}")
        @CsvSource({"15, 3.6, 1400, 0, 10", "9, 1.6, 1000, 4, 0"})
        void aShotReachesTheWholeStepThatEndsBeyondItsRange(int id, double speed, double range, int wood, int stone) {
            double step = speed * 1000.0 / 9;
            double reach = Math.ceil(range / step) * step;
            double start = 3000 + 70;
            int ticks = (int) Math.ceil(range / step) + 1;
            Player within = f.spawnAt("within", start + reach - 1 + 35, 3000); // its square begins 1 short of the reach
            f.wield(shooter, id);
            f.grant(shooter, Resource.WOOD, wood);
            f.grant(shooter, Resource.STONE, stone);
            f.swing(shooter, 0.0);
            f.ticks(ticks);
            assertTrue(within.health() < 100, "hit " + (reach - 1) + " from where the shot starts, beyond its range of " + range);
            f.place(within, 3000, 3600); // out of the way
            Player beyond = f.spawnAt("beyond", start + reach + 1 + 35, 3000); // its square begins 1 beyond the reach
            f.place(shooter, 3000, 3000);
            f.grant(shooter, Resource.WOOD, wood);
            f.grant(shooter, Resource.STONE, stone);
            f.ticks(20); // reloaded
            f.swing(shooter, 0.0);
            f.ticks(ticks + 2);
            assertEquals(100, beyond.health(), "missed: 1 beyond its reach");
            assertTrue(sink(shooter).all(ServerPacket.AddProjectile.class).size() >= 2, "set-up: the second shot was fired");
        }

        @Test
        void aShotHitsInTheTickItsStepReachesTheTarget() {
            // fired in tick 1 (it tests 3070 to 3247.8), tick 2 moves it to 3247.8 and tests to 3425.6, tick 3
            // moves it to 3425.6 and tests to 3603.3: a square from 3565 is hit in tick 3
            Player target = f.spawnAt("target", 3600, 3000);
            f.wieldBowWithOneArrow(shooter);
            f.swing(shooter, 0.0);
            f.ticks(1);
            assertEquals(100, target.health(), "not yet in tick 2");
            f.ticks(1);
            assertEquals(75, target.health(), "an arrow's 25 in tick 3");
        }

        @Test
        void aShotWithoutItsCostIsNotFiredAndStoneWallsOnlyStopShots() {
            f.wield(shooter, HUNTING_BOW);
            f.press(shooter, 0.0);
            f.ticks(2);
            assertNull(sink(shooter).last(ServerPacket.AddProjectile.class), "no wood, no shot");
            f.release(shooter);
            Player builder = f.spawnAt("builder", 3300, 3000);
            Building wall = f.build(builder, STONE_WALL, 0.0); // at 3380
            f.place(builder, 3300, 3300);
            f.grant(shooter, Resource.WOOD, GameFixture.ARROW_WOOD);
            f.press(shooter, 0.0);
            f.ticks(6);
            assertEquals(900, wall.health(), "a stone wall takes no shot damage");
            assertNotNull(sink(shooter).last(ServerPacket.ProjectileRange.class), "but stops the shot");
        }

        @Test
        void aPointBlankShotHitsInTheTickItIsFired() {
            Player target = f.spawnAt("target", 3150, 3000); // its square begins at 3115, within the first step (70 + 177.8)
            f.wieldBowWithOneArrow(shooter);
            f.press(shooter, 0.0);
            f.ticks(1);
            assertEquals(75, target.health(), "tested along its way ahead before it first moves");
        }

        @Test
        void inSandboxAShotNeedsItsCostButUsesNone() {
            GameFixture sandbox = new GameFixture(GameFixture.quiet().withSandbox(true));
            Player archer = sandbox.spawnAt("archer", 3000, 3000);
            sandbox.wield(archer, HUNTING_BOW);
            sandbox.press(archer, 0.0);
            sandbox.ticks(2);
            assertNull(sink(archer).last(ServerPacket.AddProjectile.class), "no wood: no shot, even in sandbox");
            sandbox.grant(archer, Resource.WOOD, GameFixture.ARROW_WOOD);
            sandbox.ticks(8);
            assertNotNull(sink(archer).last(ServerPacket.AddProjectile.class));
            assertEquals(4, archer.resource(Resource.WOOD), "and none used");
        }

        @Test
        void theMusketCostsTenStoneAndRecoils() {
            f.wield(shooter, 15);
            f.grant(shooter, Resource.STONE, 10);
            f.press(shooter, 0.0);
            f.ticks(2);
            assertEquals(0, shooter.resource(Resource.STONE));
            assertTrue(shooter.x() < 3000, "pushed back by the recoil: " + shooter.x());
            ServerPacket.AddProjectile x = sink(shooter).last(ServerPacket.AddProjectile.class);
            assertEquals(5, x.index());
            assertEquals(3.6, x.speed());
        }

        /** src/site/rules.md#shots: each ranged weapon's projectile, its damage, speed and shot cost. */
        @ParameterizedTest(name = "weapon {0}: projectile {1}")
        @CsvSource({"9, 0, 25, 1.6, 4, 0", "12, 2, 35, 2.5, 5, 0", "13, 3, 30, 2.0, 10, 0", "15, 5, 50, 3.6, 0, 10"})
        void eachRangedWeaponShootsItsProjectileForItsCost(int id, int projectile, int damage, double speed, int wood, int stone) {
            Player target = f.spawnAt("target", 3500, 3000);
            f.wield(shooter, id);
            f.grant(shooter, Resource.WOOD, wood);
            f.grant(shooter, Resource.STONE, stone);
            f.swing(shooter, 0.0);
            ServerPacket.AddProjectile x = sink(target).last(ServerPacket.AddProjectile.class);
            assertEquals(projectile, x.index());
            assertEquals(speed, x.speed(), 1e-6);
            assertEquals(0, shooter.resource(Resource.WOOD) + shooter.resource(Resource.STONE), "its cost taken");
            f.ticks(8);
            assertEquals(100 - damage, target.health());
        }
    }
}
