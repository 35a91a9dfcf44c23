package dev.moomoo.game;

import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.moomoo.game.Blueprint.BLOCKER;
import static dev.moomoo.game.Blueprint.BOOST_PAD;
import static dev.moomoo.game.Blueprint.HEALING_PAD;
import static dev.moomoo.game.Blueprint.MINE;
import static dev.moomoo.game.Blueprint.PIT_TRAP;
import static dev.moomoo.game.Blueprint.PLATFORM;
import static dev.moomoo.game.Blueprint.POISON_SPIKES;
import static dev.moomoo.game.Blueprint.SPAWN_PAD;
import static dev.moomoo.game.Blueprint.SPIKES;
import static dev.moomoo.game.Blueprint.TELEPORTER;
import static dev.moomoo.game.Blueprint.TURRET;
import static dev.moomoo.game.Blueprint.WINDMILL;
import static dev.moomoo.game.Blueprint.WOOD_WALL;
import static dev.moomoo.game.Sinks.sink;
import static dev.moomoo.game.Sinks.wasSent;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The action bar against src/site/rules.md#items-and-buildings: every number below is typed from the sheet,
 * not read from the tables, so a wrong table row fails here too.
 */
class ItemsTest {
    /** src/site/rules.md#items-and-buildings: the apple, first of the start kit's items. */
    private static final int APPLE = 0;

    private final GameFixture f = new GameFixture();
    /** The player whose action bar is under test, at (3000, 3000) with nothing but the start kit; it owns what it builds. */
    private final Player player = f.spawnAt("player", 3000, 3000);

    /** src/site/rules.md#eating-and-shame */
    @Nested
    class EatingAndShame {
        @Test
        void anAppleHealsTwentyForTenFoodAndTheWeaponIsBackInHand() {
            f.hurt(player, 50);
            f.grant(player, Resource.FOOD, 10);
            f.send(player, new ClientPacket.Select(APPLE, false));
            f.ticks(1);
            assertEquals(APPLE, player.state().buildIndex(), "the apple is in hand, as a shows");
            f.send(player, new ClientPacket.Attack(true, null));
            f.ticks(1);
            assertEquals(70, player.health());
            assertEquals(0, player.resource(Resource.FOOD));
            assertEquals(-1, player.state().buildIndex(), "back to the weapon");
            assertTrue(sink(player).all(ServerPacket.Health.class).contains(new ServerPacket.Health(player.sid(), 70)));
        }

        @Test
        void eatingAtFullHealthOrWithoutFoodCostsNothing() {
            f.grant(player, Resource.FOOD, 10);
            f.use(player, APPLE, null);
            assertEquals(10, player.resource(Resource.FOOD), "full health: not eaten");
            assertEquals(APPLE, player.state().buildIndex(), "still in hand");
            f.hurt(player, 30);
            f.grant(player, Resource.FOOD, -10);
            f.use(player, APPLE, null);
            assertEquals(70, player.health(), "no food: nothing");
        }

        @Test
        void cheeseHealsThirtyThenTenASecondForFiveSeconds() {
            f.giveItem(player, 2);
            f.hurt(player, 90);
            f.grant(player, Resource.FOOD, 25);
            f.use(player, 2, null);
            assertEquals(40, player.health());
            f.ticks(9 * 6);
            assertEquals(90, player.health(), "30 now, then 10 a second for 5 s");
        }

        @Test
        void eightQuickMealsAfterHitsShameForThirtySeconds() {
            f.grant(player, Resource.FOOD, 1000);
            for (int i = 0; i < 8; i++) {
                f.hurt(player, 1);
                player.shame().hitAt(f.world.timeMillis() + 1000.0 / 9); // the hit lands in the same tick as the meal (within 120 ms)
                f.use(player, APPLE, null);
            }
            f.ticks(1);
            assertEquals(45, player.state().skinIndex(), "the shame hat shows in a");
            f.hurt(player, 50);
            double health = player.health();
            f.use(player, APPLE, null);
            assertEquals(health, player.health(), "food does nothing while shamed");
            f.ticks((int) Math.ceil(30_000 / (1000.0 / 9)));
            assertEquals(0, player.state().skinIndex(), "over after 30 s");
        }
    }

    /**
     * src/site/rules.md#poison: cheese's healing and poison share one slot, each replacing the other. A walker
     * at 40 health runs into poison spikes (30 on touch, then 5 a second for 5 s) in the tick before or
     * after it eats cheese (30 at once, then 10 a second for 5 s); no once-a-second moment comes between.
     */
    @Nested
    class CheeseAndPoison {
        private static final int CHEESE = 2;
        private final Building spikes = f.build(player, POISON_SPIKES, 0.0);
        private final Player walker = f.spawnAt("walker", spikes.x() + 52 + 35 + 5, 3000);

        CheeseAndPoison() {
            f.giveItem(walker, CHEESE);
            f.grant(walker, Resource.FOOD, 25);
            f.hurt(walker, 60);
            while (Math.round(f.world.timeMillis() * 9 / 1000) % 9 != 0) { // until a once-a-second tick has just run
                f.ticks(1);
            }
        }

        /** Into the spikes for a tick, then turned away; one tick. */
        private void runIntoTheSpikes() {
            f.walk(walker, Math.PI);
            f.ticks(1);
            f.walk(walker, 0.0);
        }

        @Test
        void cheeseEatenWhilePoisonedEndsThePoison() {
            runIntoTheSpikes();
            assertEquals(40 - 30, walker.health(), "set-up: the spikes' 30");
            f.use(walker, CHEESE, null);
            assertEquals(10 + 30, walker.health());
            f.ticks(9 * 6);
            assertEquals(40 + 5 * 10, walker.health(), "10 a second for 5 s, and no more poison");
        }

        @Test
        void poisonTakenAfterCheeseEndsItsHealing() {
            f.use(walker, CHEESE, null);
            assertEquals(40 + 30, walker.health(), "set-up: the cheese's 30");
            runIntoTheSpikes();
            assertEquals(70 - 30, walker.health());
            f.ticks(9 * 6);
            assertEquals(40 - 5 * 5, walker.health(), "5 a second for 5 s, and no more healing");
        }
    }

    /** src/site/rules.md#selecting-and-using, #placing and #group-limits */
    @Nested
    class Placing {
        @Test
        void aWoodWallStandsAheadOfThePlayerAndIsCountedAndSent() {
            Player watcher = f.spawnAt("watcher", 3300, 3000);
            Building wall = f.build(player, WOOD_WALL, 0.0);
            assertEquals(List.of(wall), f.buildings(player));
            assertEquals(3, wall.item().index());
            assertEquals(3000 + 35 + 50 - 5, wall.x(), 1e-9, "35 + scale 50 + offset -5 along the aim");
            assertEquals(3000, wall.y(), 1e-9);
            assertEquals(380, wall.health());
            assertEquals(0, player.resource(Resource.WOOD), "10 wood paid");
            assertEquals(new ServerPacket.ItemCount(1, 1), sink(player).last(ServerPacket.ItemCount.class), "group 1 (walls) counts 1");
            assertEquals(-1, player.state().buildIndex());
            f.ticks(1);
            ServerPacket.ObjectInfo seen = sink(watcher).all(ServerPacket.AddObjects.class).stream()
                    .flatMap(a -> a.objects().stream()).filter(o -> o.sid() == wall.sid()).findFirst().orElseThrow();
            assertEquals(new ServerPacket.ObjectInfo(wall.sid(), 3080, 3000, 0.0, 50, null, 3, player.sid()), seen, "H with item index and owner");
        }

        @Test
        void withoutTheCostNothingIsBuilt() {
            f.grant(player, Resource.WOOD, 19);
            f.grant(player, Resource.STONE, 5);
            f.use(player, SPIKES.index(), 0.0); // spikes: 20 wood and 5 stone
            assertTrue(f.buildings(player).isEmpty());
            assertEquals(19, player.resource(Resource.WOOD));
            assertEquals(6, player.state().buildIndex(), "a refused use keeps the item in hand");
        }

        @Test
        void aGroupLimitStopsTheEighthWindmill() {
            f.grant(player, Resource.WOOD, 50 * 8);
            f.grant(player, Resource.STONE, 10 * 8);
            for (int i = 0; i < 8; i++) {
                f.place(player, 2000 + 300 * i, 3000);
                f.use(player, WINDMILL.index(), Math.PI / 2);
            }
            assertEquals(7, f.buildings(player).size(), "mills: 7 at most");
            assertEquals(new ServerPacket.ItemCount(3, 7), sink(player).last(ServerPacket.ItemCount.class));
            assertEquals(50, player.resource(Resource.WOOD), "the eighth cost nothing");
        }

        @Test
        void sandboxRaisesTheLimitAndCostsNothing() {
            GameFixture sandbox = new GameFixture(GameFixture.quiet().withSandbox(true));
            Player p = sandbox.spawn("free");
            for (int i = 0; i < 9; i++) {
                sandbox.place(p, 2000 + 300 * i, 3000);
                sandbox.use(p, WINDMILL.index(), Math.PI / 2);
            }
            assertEquals(9, p.buildingCount(3), "more than 7 mills, nothing paid");
            assertEquals(0, p.resource(Resource.WOOD));
        }

        @Test
        void overlapRiverAndBlockerRefuseABuildingAndAPlatformMayStandInTheRiver() {
            f.grant(player, Resource.WOOD, 1000);
            f.grant(player, Resource.STONE, 1000);
            f.admin.spawnObject(ObjectType.ROCK, 3080, 3000, 90);
            f.use(player, WOOD_WALL.index(), 0.0);
            assertTrue(f.buildings(player).isEmpty(), "a rock where the wall would stand");
            // a tree counts only 0.36 of its scale: a wall 100 from a 150 tree's centre fits (50 + 54 > 100 fails, 50 + 150 would not)
            f.place(player, 3000, 5000);
            f.admin.spawnObject(ObjectType.TREE, 3080 + 110, 5000, 150);
            f.use(player, WOOD_WALL.index(), 0.0);
            assertEquals(1, f.buildings(player).size(), "trees are soft: 50 + 0.36 x 150 = 104 < 110");

            f.place(player, 3000, 7200 - 100); // the river is 7200 +- 362
            f.use(player, WOOD_WALL.index(), Math.PI / 2);
            assertEquals(1, f.buildings(player).size(), "no wall in the river");
            f.giveItem(player, PLATFORM.index());
            f.use(player, PLATFORM.index(), Math.PI / 2);
            assertEquals(2, f.buildings(player).size(), "a platform may stand in the river");

            f.giveItem(player, BLOCKER.index());
            f.place(player, 9000, 3000);
            f.use(player, BLOCKER.index(), 0.0); // a blocker at 9000 + 35 + 45 - 5 = 9075
            assertEquals(3, f.buildings(player).size());
            Player other = f.spawnAt("other", 9075 + 250, 3300);
            f.grant(other, Resource.WOOD, 10);
            f.use(other, WOOD_WALL.index(), -Math.PI / 2); // a wall 80 above: 250 right and 220 down of the blocker, within 300 + 50
            assertTrue(f.buildings(other).isEmpty(), "nobody builds within 300 of a blocker");
        }

        /** src/site/rules.md#placing: the map's edge refuses nothing; bases are built against it. */
        @Test
        void aBuildingMayStandPartlyOutsideTheMap() {
            f.place(player, 35, 35); // in the top left corner, as close to both edges as a player gets
            f.grant(player, Resource.WOOD, 2 * 10);
            f.use(player, WOOD_WALL.index(), Math.PI); // 35 + 50 - 5 = 80 to the left of the player
            f.use(player, WOOD_WALL.index(), -Math.PI / 2); // and 80 above it
            List<Building> built = f.buildings(player);
            assertEquals(2, built.size(), "both walls stand, each half outside the map");
            assertEquals(35 - 80, built.get(0).x(), 1e-9, "its centre 45 beyond the left edge");
            assertEquals(35 - 80, built.get(1).y(), 1e-9, "its centre 45 beyond the top edge");
        }

        @Test
        void holdingAnItemHalvesSpeed() {
            double tick = 1000.0 / 9;
            // src/site/rules.md#movement: from rest, one tick's acceleration (0.0016 x multiplier x dt), then its decay
            double fullFirstTick = 0.0016 * tick * Math.pow(0.993, tick);
            f.send(player, new ClientPacket.Select(WOOD_WALL.index(), false));
            f.ticks(1);
            assertEquals(0.5, player.modifiers().speed());
            assertEquals(0.5 * fullFirstTick, firstTickSpeed(), 1e-9, "walking with the wall in hand: half the acceleration");
            f.send(player, new ClientPacket.Select(GameFixture.TOOL_HAMMER, true));
            f.ticks(1);
            assertEquals(1.0, player.modifiers().speed());
            assertEquals(fullFirstTick, firstTickSpeed(), 1e-9, "with the hammer (speed 1): all of it");
        }

        /** The player's speed after one tick of walking right from rest on open ground; then it stops walking. */
        private double firstTickSpeed() {
            f.place(player, 3000, 3000);
            f.walk(player, 0.0);
            f.ticks(1);
            f.walk(player, null);
            return player.vx();
        }
    }

    /** src/site/rules.md#damage-to-buildings-and-refunds: felling, and who a building outlives. */
    @Nested
    class BuildingsAndTheirOwners {
        @Test
        void aFelledBuildingPaysItsCostToTheHitterAndGoesFromEveryone() {
            Player hitter = f.spawnAt("hitter", 3000, 3200);
            Building wall = f.build(player, WOOD_WALL, 0.0); // at (3080, 3000), 380 hp
            f.place(hitter, 3080, 3000 + 35 + 50); // right below it, aiming up
            f.ticks(1);
            f.press(hitter, -Math.PI / 2);
            f.ticks(4 * 16); // hammer 25 a hit, a hit every 4th tick: 16 hits fell 380 hp
            assertNull(f.admin.object(wall.sid()), "felled");
            assertEquals(10, hitter.resource(Resource.WOOD), "its full cost: 10 wood");
            assertEquals(new ServerPacket.ItemCount(1, 0), sink(player).last(ServerPacket.ItemCount.class));
            assertTrue(sink(player).all(ServerPacket.RemoveObject.class).contains(new ServerPacket.RemoveObject(wall.sid())));
            assertTrue(sink(hitter).all(ServerPacket.RemoveObject.class).contains(new ServerPacket.RemoveObject(wall.sid())));
            assertTrue(sink(hitter).all(ServerPacket.Wiggle.class).contains(new ServerPacket.Wiggle(-Math.PI / 2, wall.sid())),
                    "each hit that did not fell it wiggled it");
        }

        @Test
        void buildingsOutliveDeathAndGoWithTheirOwnerAsOneR() {
            Player watcher = f.spawnAt("watcher", 3300, 3000);
            f.build(player, WOOD_WALL, 0.0);
            f.place(player, 3000, 3300);
            f.build(player, WOOD_WALL, 0.0);
            f.ticks(1);
            f.hurt(player, 100);
            f.ticks(1);
            assertEquals(2, f.admin.allObjects().size(), "death leaves them standing");
            f.world.leave(player.client());
            f.ticks(1);
            assertEquals(List.of(new ServerPacket.RemoveBuildings(player.sid())), sink(watcher).all(ServerPacket.RemoveBuildings.class),
                    "one R for all of them, to who was sent them");
            assertTrue(f.admin.allObjects().isEmpty());
            assertTrue(sink(watcher).all(ServerPacket.RemoveObject.class).isEmpty(), "no Q each");
        }

        @Test
        void aMineIsGatheredForStoneAndCannotBeFelled() {
            Building mine = f.build(player, MINE, 0.0); // at 3000 + 35 + 65 + 0
            assertEquals(Resource.STONE, mine.resource());
            f.press(player, 0.0);
            f.ticks(4 * 20);
            assertEquals(20, player.resource(Resource.STONE), "one stone a hammer hit, 20 hits");
            assertNotNull(f.admin.object(mine.sid()), "indestructible");
            assertTrue(sink(player).all(ServerPacket.Wiggle.class).contains(new ServerPacket.Wiggle(0.0, mine.sid())));
        }

        @Test
        void whatWasBuiltWhileAPlayerWasDeadIsSentWhenItRespawnsNearby() {
            Player builder = f.spawnAt("builder", 3000, 3600);
            f.build(player, SPAWN_PAD, 0.0); // at 3080: the next life starts 80 from where it last looked around
            f.hurt(player, 100);
            f.ticks(1);
            f.place(builder, 3300, 3000);
            Building wall = f.build(builder, WOOD_WALL, 0.0); // a wall near, built while the player is dead
            sink(player).clear();
            f.send(player, new ClientPacket.Spawn("player", false, 0));
            f.ticks(1);
            assertTrue(player.sight().hasObject(wall.sid()), "a new life looks around afresh");
            assertTrue(wasSent(player, wall.sid()), "and is sent what it finds (H)");
        }
    }

    /** src/site/rules.md#what-each-building-does: spikes hurt and push enemies, never their owner. */
    @Nested
    class Spikes {
        @Test
        void spikesHurtOthersAndPushThemNotTheirOwner() {
            Building spikes = f.build(player, SPIKES, 0.0); // at 3079, radius 49
            Player walker = f.spawnAt("walker", spikes.x() + 49 + 35 + 30, 3000);
            f.walk(walker, Math.PI); // into them
            f.ticks(3);
            assertEquals(80, walker.health(), "20 on touch, once per contact tick at most");
            f.walk(player, 0.0);
            f.ticks(3);
            assertEquals(100, player.health(), "the owner is not hurt");
        }

        /** src/site/rules.md#collisions: every object touched in a tick acts, once: three spikes hurt three times. */
        @Test
        void threeSpikesTouchedInOneTickHurtThreeTimes() {
            double cx = 5000;
            double cy = 3000;
            for (int i = 0; i < 3; i++) { // three spikes 80 from (cx, cy), a third of a turn apart (138.6 from each other)
                double a = 2 * Math.PI * i / 3;
                f.place(player, cx + Math.cos(a) * (80 - 79), cy + Math.sin(a) * (80 - 79)); // spikes stand 35 + 49 - 5 = 79 ahead
                f.build(player, SPIKES, a);
            }
            f.place(player, 3000, 3000);
            Player walker = f.spawnAt("walker", 5000, 3600);
            f.place(walker, cx, cy); // 80 from each: within 35 + 49 of all three
            f.ticks(1);
            assertEquals(100 - 3 * 20, walker.health(), "20 from each of the three");
        }

        @Test
        void poisonSpikesPoisonFiveASecondForFiveSeconds() {
            Building spikes = f.build(player, POISON_SPIKES, 0.0);
            Player walker = f.spawnAt("walker", spikes.x() + 52 + 35 + 5, 3000);
            f.walk(walker, Math.PI);
            f.ticks(1);
            f.walk(walker, 0.0); // and away again
            f.ticks(2);
            assertEquals(70, walker.health(), "30 on touch");
            f.walk(walker, null);
            f.ticks(9 * 7);
            assertEquals(45, walker.health(), "then 5 a second for 5 s");
        }
    }

    /** src/site/rules.md#what-each-building-does: mills pay, pit traps hold, pads heal, raise, respawn, push and teleport. */
    @Nested
    class WhatEachBuildingDoes {
        @Test
        void aWindmillPaysItsOwnerAPointASecond() {
            Building mill = f.build(player, WINDMILL, 0.0);
            long before = player.resource(Resource.GOLD);
            f.ticks(9 * 10);
            long earned = player.resource(Resource.GOLD) - before;
            assertTrue(earned >= 9 && earned <= 10, "1 point a second over 10 s: " + earned);
            f.admin.removeObject(mill.sid());
            long after = player.resource(Resource.GOLD);
            f.ticks(9 * 3);
            assertEquals(after, player.resource(Resource.GOLD), "a mill that is gone pays nothing");
        }

        @Test
        void aPitTrapIsHiddenUntilSprungAndHoldsAnEnemy() {
            Player enemy = f.spawnAt("enemy", 3000, 3400);
            Building trap = f.build(player, PIT_TRAP, 0.0); // at 3080
            f.ticks(2);
            assertTrue(trap.receivers().has(player.sid()), "its owner sees it");
            assertTrue(wasSent(player, trap.sid()), "and was sent it (H)");
            assertFalse(trap.receivers().has(enemy.sid()), "hidden from others");
            assertFalse(wasSent(enemy, trap.sid()));
            f.place(enemy, trap.x(), trap.y() + 35 + 10 - 5);
            f.walk(enemy, Math.PI / 2 * 3); // up, onto it
            f.ticks(3);
            double heldAt = enemy.y();
            f.ticks(9);
            assertEquals(heldAt, enemy.y(), 1e-6, "held: an enemy on it stops dead");
            assertTrue(trap.receivers().has(enemy.sid()), "sprung: now everyone is sent it");
            assertTrue(wasSent(enemy, trap.sid()), "the enemy too (H)");
        }

        @Test
        void aHealingPadHealsFifteenASecondAndAPlatformRaisesToLayerOne() {
            Building pad = f.build(player, HEALING_PAD, 0.0);
            f.hurt(player, 50);
            f.place(player, pad.x(), pad.y());
            f.ticks(9 * 2 + 1);
            assertTrue(player.health() >= 80 && player.health() <= 95, "15 at each of the two or three once-a-second moments: " + player.health());
            f.place(player, 5000, 3000);
            Building platform = f.build(player, PLATFORM, 0.0);
            f.place(player, platform.x(), platform.y());
            f.ticks(1);
            assertEquals(1, player.state().zIndex(), "on a platform: layer 1");
        }

        @Test
        void aSpawnPadIsWhereTheNextLifeStartsAndIsUsedUp() {
            Building pad = f.build(player, SPAWN_PAD, 0.0);
            f.hurt(player, 100);
            f.send(player, new ClientPacket.Spawn("respawner", false, 0));
            f.ticks(1);
            assertEquals(pad.x(), player.x(), 1e-6);
            assertEquals(pad.y(), player.y(), 1e-6);
            assertNull(f.admin.object(pad.sid()), "used up");
            assertEquals(new ServerPacket.ItemCount(10, 0), sink(player).last(ServerPacket.ItemCount.class));
        }

        /**
         * src/site/rules.md#what-each-building-does: a boost pad pushes once a tick, by its push (1.5) over the
         * tick's sub-steps, however many sub-steps find it under the walker.
         */
        @Test
        void aBoostPadPushesOnceATickByItsShareOfTheSubSteps() {
            double tick = 1000.0 / 9;
            double speed = 120 / tick; // 120 units this tick: round(120 / 40) = 3 sub-steps
            Building pad = f.build(player, BOOST_PAD, Math.PI); // it pushes -x, against the walker
            f.place(player, pad.x() - 40, pad.y()); // the first sub-step ends on the pad's centre
            player.push(0, speed);
            f.ticks(1);
            assertEquals((speed - 1.5 / 3) * Math.pow(0.993, tick), player.vx(), 1e-9,
                    "pushed back 1.5 / 3 once, although all three sub-steps end within 35 + 0.7 x 45 of the pad");
        }

        @Test
        void aBoostPadPushesAlongItsDirection() {
            Building pad = f.build(player, BOOST_PAD, 0.0);
            f.place(player, pad.x(), pad.y());
            f.ticks(2); // pushed in the first tick, moved by it in the next
            assertTrue(player.x() > pad.x() + 50, "pushed +x, the pad's direction: " + (player.x() - pad.x()));
        }

        @Test
        void aTeleporterSendsWhoStepsOnItElsewhere() {
            Building pad = f.build(player, TELEPORTER, 0.0);
            f.place(player, pad.x(), pad.y());
            f.ticks(1);
            assertTrue(Math.hypot(player.x() - pad.x(), player.y() - pad.y()) > 35 + 45, "moved off the pad: " + player.x() + "," + player.y());
        }
    }

    /** src/site/rules.md#turrets and #shots: what a turret shoots at, and what its shots fly over. */
    @Nested
    class Turrets {
        @Test
        void aTurretShootsTheNearestEnemyWithinSevenHundred() {
            Player near = f.spawnAt("near", 3500, 3000); // 573 from the turret: still in range after the knockback of a shot
            Player far = f.spawnAt("far", 3000, 3000 + 800);
            Building turret = f.build(player, TURRET, Math.PI); // the turret stands to the player's left, 35 + 43 - 5 = 73 away
            f.ticks(19);
            assertNull(sink(near).last(ServerPacket.TurretShot.class), "a new turret loads for 2200 ms first");
            f.ticks(1);
            ServerPacket.TurretShot shot = sink(near).last(ServerPacket.TurretShot.class);
            assertNotNull(shot, "M to those who see it");
            assertEquals(turret.sid(), shot.objectSid());
            assertEquals(Math.atan2(near.y() - turret.y(), near.x() - turret.x()), shot.dir(), 1e-9, "aimed at the nearest enemy");
            ServerPacket.AddProjectile x = sink(near).last(ServerPacket.AddProjectile.class);
            assertNotNull(x, "the shot is announced with X");
            assertEquals(1, x.index(), "turret shot: projectile 1");
            assertEquals(1.5, x.speed());
            assertEquals(1, x.layer());
            f.ticks(9);
            assertEquals(75, near.health(), "25 a shot");
            assertEquals(100, far.health());
            assertEquals(100, player.health(), "never its owner");
            assertEquals(1, sink(near).all(ServerPacket.ProjectileRange.class).size(), "Y when it hit");
            assertEquals(1, sink(near).all(ServerPacket.TurretShot.class).size(), "one shot per 2200 ms");
            f.ticks(12);
            assertEquals(2, sink(near).all(ServerPacket.TurretShot.class).size());
        }

        /**
         * src/site/rules.md#shots: a turret shot (1.5 a ms, range 700) moves 166.7 a tick and tests the step
         * ahead, so it reaches 5 steps, 833.3, from the turret: a player 800 away is hit.
         */
        @Test
        void aTurretShotReachesBeyondSevenHundred() {
            double step = 1.5 * 1000.0 / 9;
            double reach = Math.ceil(700 / step) * step;
            Building turret = f.build(player, TURRET, Math.PI); // at 2927, 3000
            f.place(player, 3000, 3300);
            Player bait = f.spawnAt("bait", turret.x() + 690, turret.y()); // the nearest enemy within 700
            Player far = f.spawnAt("far", turret.x() + reach - 1 + 35, turret.y()); // beyond 700: never aimed at
            for (int i = 0; i < 30 && sink(bait).last(ServerPacket.TurretShot.class) == null; i++) {
                f.ticks(1);
            }
            assertNotNull(sink(bait).last(ServerPacket.TurretShot.class), "set-up: the turret fired at the bait");
            f.place(bait, turret.x(), turret.y() + 400); // out of the shot's way
            f.ticks(6);
            assertEquals(100, bait.health());
            assertEquals(75, far.health(), "hit " + (reach - 1) + " from the turret");
        }

        @Test
        void layersFilterShotsATurretShotFliesOverAWallAndAMillStopsIt() {
            Player target = f.spawnAt("target", 3500, 3000);
            f.build(player, TURRET, Math.PI); // the turret at 2927
            f.place(player, 3150, 3000);
            Building wall = f.build(player, WOOD_WALL, 0.0); // a wood wall (layer 0) at 3230, between the turret and the target
            f.place(player, 3000, 3300);
            f.ticks(26); // the first shot after 2200 ms, then 573 at 1.5 a ms
            assertEquals(75, target.health(), "the turret shot (layer 1) flew over the wall (layer 0)");
            assertEquals(380, wall.health());
            f.place(player, 3320, 3000);
            Building mill = f.build(player, WINDMILL, 0.0); // a windmill (layer 1) at 3405, in the way
            assertEquals(10, mill.item().index());
            f.place(player, 3000, 3300);
            f.place(target, 3500, 3000);
            f.ticks(26); // the second shot, 2200 ms after the first
            assertEquals(2, sink(target).all(ServerPacket.TurretShot.class).size(), "it fired again");
            assertEquals(75, target.health(), "a windmill (layer 1) stops it");
        }
    }
}
