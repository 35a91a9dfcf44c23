package dev.moomoo.game;

import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.BeforeEach;
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
import static dev.moomoo.game.GameFixture.sink;
import static dev.moomoo.game.GameFixture.wasSent;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The action bar against src/site/rules.md#items-and-buildings: every number below is typed from the sheet,
 * not read from the tables, so a wrong table row fails here too.
 */
class ItemsTest {
    /** src/site/rules.md#items-and-buildings: the apple, first of the start kit's items. */
    private static final int APPLE = 0;

    private final GameFixture f = new GameFixture();

    /** src/site/rules.md#eating-and-shame */
    @Nested
    class EatingAndShame {
        @Test
        void anAppleHealsTwentyForTenFoodAndTheWeaponIsBackInHand() {
            Player p = f.spawnAt("eater", 3000, 3000);
            f.hurt(p, 50);
            f.grant(p, Resource.FOOD, 10);
            f.send(p, new ClientPacket.Select(APPLE, false));
            f.ticks(1);
            assertEquals(APPLE, p.state().buildIndex(), "the apple is in hand, as a shows");
            f.send(p, new ClientPacket.Attack(true, null));
            f.ticks(1);
            assertEquals(70, p.health());
            assertEquals(0, p.resource(Resource.FOOD));
            assertEquals(-1, p.state().buildIndex(), "back to the weapon");
            assertTrue(sink(p).all(ServerPacket.Health.class).contains(new ServerPacket.Health(p.sid(), 70)));
        }

        @Test
        void eatingAtFullHealthOrWithoutFoodCostsNothing() {
            Player p = f.spawnAt("full", 3000, 3000);
            f.grant(p, Resource.FOOD, 10);
            f.use(p, APPLE, null);
            assertEquals(10, p.resource(Resource.FOOD), "full health: not eaten");
            assertEquals(APPLE, p.state().buildIndex(), "still in hand");
            f.hurt(p, 30);
            f.grant(p, Resource.FOOD, -10);
            f.use(p, APPLE, null);
            assertEquals(70, p.health(), "no food: nothing");
        }

        @Test
        void cheeseHealsThirtyThenTenASecondForFiveSeconds() {
            Player p = f.spawnAt("cheese", 3000, 3000);
            f.giveItem(p, 2);
            f.hurt(p, 90);
            f.grant(p, Resource.FOOD, 25);
            f.use(p, 2, null);
            assertEquals(40, p.health());
            f.ticks(9 * 6);
            assertEquals(90, p.health(), "30 now, then 10 a second for 5 s");
        }

        @Test
        void eightQuickMealsAfterHitsShameForThirtySeconds() {
            Player p = f.spawnAt("glutton", 3000, 3000);
            f.grant(p, Resource.FOOD, 1000);
            for (int i = 0; i < 8; i++) {
                f.hurt(p, 1);
                p.shame().hitAt(f.world.timeMillis() + 1000.0 / 9); // the hit lands in the same tick as the meal (within 120 ms)
                f.use(p, APPLE, null);
            }
            f.ticks(1);
            assertEquals(45, p.state().skinIndex(), "the shame hat shows in a");
            f.hurt(p, 50);
            int health = p.health();
            f.use(p, APPLE, null);
            assertEquals(health, p.health(), "food does nothing while shamed");
            f.ticks((int) Math.ceil(30_000 / (1000.0 / 9)));
            assertEquals(0, p.state().skinIndex(), "over after 30 s");
        }
    }

    /** src/site/rules.md#selecting-and-using, #placing and #group-limits */
    @Nested
    class Placing {
        @Test
        void aWoodWallStandsAheadOfThePlayerAndIsCountedAndSent() {
            Player p = f.spawnAt("builder", 3000, 3000);
            Player watcher = f.spawnAt("watcher", 3300, 3000);
            Building wall = f.build(p, WOOD_WALL, 0.0);
            assertEquals(List.of(wall), f.buildings(p));
            assertEquals(3, wall.item().index());
            assertEquals(3000 + 35 + 50 - 5, wall.x(), 1e-9, "35 + scale 50 + offset -5 along the aim");
            assertEquals(3000, wall.y(), 1e-9);
            assertEquals(380, wall.health());
            assertEquals(0, p.resource(Resource.WOOD), "10 wood paid");
            assertEquals(new ServerPacket.ItemCount(1, 1), sink(p).last(ServerPacket.ItemCount.class), "group 1 (walls) counts 1");
            assertEquals(-1, p.state().buildIndex());
            f.ticks(1);
            ServerPacket.ObjectInfo seen = sink(watcher).all(ServerPacket.AddObjects.class).stream()
                    .flatMap(a -> a.objects().stream()).filter(o -> o.sid() == wall.sid()).findFirst().orElseThrow();
            assertEquals(new ServerPacket.ObjectInfo(wall.sid(), 3080, 3000, 0.0, 50, null, 3, p.sid()), seen, "H with item index and owner");
        }

        @Test
        void withoutTheCostNothingIsBuilt() {
            Player p = f.spawnAt("poor", 3000, 3000);
            f.grant(p, Resource.WOOD, 19);
            f.grant(p, Resource.STONE, 5);
            f.use(p, SPIKES.index(), 0.0); // spikes: 20 wood and 5 stone
            assertTrue(f.buildings(p).isEmpty());
            assertEquals(19, p.resource(Resource.WOOD));
            assertEquals(6, p.state().buildIndex(), "a refused use keeps the item in hand");
        }

        @Test
        void aGroupLimitStopsTheEighthWindmill() {
            Player p = f.spawnAt("miller", 5000, 3000);
            f.grant(p, Resource.WOOD, 50 * 8);
            f.grant(p, Resource.STONE, 10 * 8);
            for (int i = 0; i < 8; i++) {
                f.place(p, 2000 + 300 * i, 3000);
                f.use(p, WINDMILL.index(), Math.PI / 2);
            }
            assertEquals(7, f.buildings(p).size(), "mills: 7 at most");
            assertEquals(new ServerPacket.ItemCount(3, 7), sink(p).last(ServerPacket.ItemCount.class));
            assertEquals(50, p.resource(Resource.WOOD), "the eighth cost nothing");
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
            Player p = f.spawnAt("placer", 3000, 3000);
            f.grant(p, Resource.WOOD, 1000);
            f.grant(p, Resource.STONE, 1000);
            f.admin.spawnObject(ObjectType.ROCK, 3080, 3000, 90);
            f.use(p, WOOD_WALL.index(), 0.0);
            assertTrue(f.buildings(p).isEmpty(), "a rock where the wall would stand");
            // a tree counts only 0.36 of its scale: a wall 100 from a 150 tree's centre fits (50 + 54 > 100 fails, 50 + 150 would not)
            f.place(p, 3000, 5000);
            f.admin.spawnObject(ObjectType.TREE, 3080 + 110, 5000, 150);
            f.use(p, WOOD_WALL.index(), 0.0);
            assertEquals(1, f.buildings(p).size(), "trees are soft: 50 + 0.36 x 150 = 104 < 110");

            f.place(p, 3000, 7200 - 100); // the river is 7200 +- 362
            f.use(p, WOOD_WALL.index(), Math.PI / 2);
            assertEquals(1, f.buildings(p).size(), "no wall in the river");
            f.giveItem(p, PLATFORM.index());
            f.use(p, PLATFORM.index(), Math.PI / 2);
            assertEquals(2, f.buildings(p).size(), "a platform may stand in the river");

            f.giveItem(p, BLOCKER.index());
            f.place(p, 9000, 3000);
            f.use(p, BLOCKER.index(), 0.0); // a blocker at 9000 + 35 + 45 - 5 = 9075
            assertEquals(3, f.buildings(p).size());
            Player other = f.spawnAt("other", 9075 + 250, 3300);
            f.grant(other, Resource.WOOD, 10);
            f.use(other, WOOD_WALL.index(), -Math.PI / 2); // a wall 80 above: 250 right and 220 down of the blocker, within 300 + 50
            assertTrue(f.buildings(other).isEmpty(), "nobody builds within 300 of a blocker");
        }

        @Test
        void holdingAnItemHalvesSpeed() {
            Player p = f.spawnAt("holder", 3000, 3000);
            f.send(p, new ClientPacket.Select(WOOD_WALL.index(), false));
            f.ticks(1);
            assertEquals(0.5, p.modifiers().speed());
            f.send(p, new ClientPacket.Select(GameFixture.TOOL_HAMMER, true));
            f.ticks(1);
            assertEquals(1.0, p.modifiers().speed());
        }
    }

    /** src/site/rules.md#damage-to-buildings-and-refunds: felling, and who a building outlives. */
    @Nested
    class BuildingsAndTheirOwners {
        private Player owner;

        @BeforeEach
        void anOwner() {
            owner = f.spawnAt("owner", 3000, 3000);
        }

        @Test
        void aFelledBuildingPaysItsCostToTheHitterAndGoesFromEveryone() {
            Player hitter = f.spawnAt("hitter", 3000, 3200);
            Building wall = f.build(owner, WOOD_WALL, 0.0); // at (3080, 3000), 380 hp
            f.place(hitter, 3080, 3000 + 35 + 50); // right below it, aiming up
            f.ticks(1);
            f.press(hitter, -Math.PI / 2);
            f.ticks(4 * 16); // hammer 25 a hit, a hit every 4th tick: 16 hits fell 380 hp
            assertNull(f.admin.object(wall.sid()), "felled");
            assertEquals(10, hitter.resource(Resource.WOOD), "its full cost: 10 wood");
            assertEquals(new ServerPacket.ItemCount(1, 0), sink(owner).last(ServerPacket.ItemCount.class));
            assertTrue(sink(owner).all(ServerPacket.RemoveObject.class).contains(new ServerPacket.RemoveObject(wall.sid())));
            assertTrue(sink(hitter).all(ServerPacket.RemoveObject.class).contains(new ServerPacket.RemoveObject(wall.sid())));
            assertTrue(sink(hitter).all(ServerPacket.Wiggle.class).contains(new ServerPacket.Wiggle(-Math.PI / 2, wall.sid())),
                    "each hit that did not fell it wiggled it");
        }

        @Test
        void buildingsOutliveDeathAndGoWithTheirOwnerAsOneR() {
            Player watcher = f.spawnAt("watcher", 3300, 3000);
            f.build(owner, WOOD_WALL, 0.0);
            f.place(owner, 3000, 3300);
            f.build(owner, WOOD_WALL, 0.0);
            f.ticks(1);
            f.hurt(owner, 100);
            f.ticks(1);
            assertEquals(2, f.admin.allObjects().size(), "death leaves them standing");
            f.world.leave(owner.client());
            f.ticks(1);
            assertEquals(List.of(new ServerPacket.RemoveBuildings(owner.sid())), sink(watcher).all(ServerPacket.RemoveBuildings.class),
                    "one R for all of them, to who was sent them");
            assertTrue(f.admin.allObjects().isEmpty());
            assertTrue(sink(watcher).all(ServerPacket.RemoveObject.class).isEmpty(), "no Q each");
        }

        @Test
        void aMineIsGatheredForStoneAndCannotBeFelled() {
            Building mine = f.build(owner, MINE, 0.0); // at 3000 + 35 + 65 + 0
            assertEquals(Resource.STONE, mine.resource());
            f.press(owner, 0.0);
            f.ticks(4 * 20);
            assertEquals(20, owner.resource(Resource.STONE), "one stone a hammer hit, 20 hits");
            assertNotNull(f.admin.object(mine.sid()), "indestructible");
            assertTrue(sink(owner).all(ServerPacket.Wiggle.class).contains(new ServerPacket.Wiggle(0.0, mine.sid())));
        }

        @Test
        void whatWasBuiltWhileAPlayerWasDeadIsSentWhenItRespawnsNearby() {
            Player builder = f.spawnAt("builder", 3000, 3600);
            f.build(owner, SPAWN_PAD, 0.0); // at 3080: the next life starts 80 from where it last looked around
            f.hurt(owner, 100);
            f.ticks(1);
            f.place(builder, 3300, 3000);
            Building wall = f.build(builder, WOOD_WALL, 0.0); // a wall near, built while the owner is dead
            f.send(owner, new ClientPacket.Spawn("owner", false, 0));
            f.ticks(1);
            assertTrue(owner.sight().hasObject(wall.sid()), "a new life looks around afresh");
        }
    }

    /** src/site/rules.md#what-each-building-does: spikes hurt and push enemies, never their owner. */
    @Nested
    class Spikes {
        private Player owner;

        @BeforeEach
        void anOwner() {
            owner = f.spawnAt("owner", 3000, 3000);
        }

        @Test
        void spikesHurtOthersAndPushThemNotTheirOwner() {
            Building spikes = f.build(owner, SPIKES, 0.0); // at 3079, radius 49
            Player walker = f.spawnAt("walker", spikes.x() + 49 + 35 + 30, 3000);
            f.walk(walker, Math.PI); // into them
            f.ticks(3);
            assertEquals(80, walker.health(), "20 on touch, once per contact tick at most");
            f.walk(owner, 0.0);
            f.ticks(3);
            assertEquals(100, owner.health(), "the owner is not hurt");
        }

        @Test
        void poisonSpikesPoisonFiveASecondForFiveSeconds() {
            Building spikes = f.build(owner, POISON_SPIKES, 0.0);
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
            Player p = f.spawnAt("miller", 3000, 3000);
            Building mill = f.build(p, WINDMILL, 0.0);
            long before = p.resource(Resource.GOLD);
            f.ticks(9 * 10);
            long earned = p.resource(Resource.GOLD) - before;
            assertTrue(earned >= 9 && earned <= 10, "1 point a second over 10 s: " + earned);
            f.admin.removeObject(mill.sid());
            long after = p.resource(Resource.GOLD);
            f.ticks(9 * 3);
            assertEquals(after, p.resource(Resource.GOLD), "a mill that is gone pays nothing");
        }

        @Test
        void aPitTrapIsHiddenUntilSprungAndHoldsAnEnemy() {
            Player owner = f.spawnAt("owner", 3000, 3000);
            Player enemy = f.spawnAt("enemy", 3000, 3400);
            Building trap = f.build(owner, PIT_TRAP, 0.0); // at 3080
            f.ticks(2);
            assertTrue(trap.receivers().has(owner.sid()), "its owner sees it");
            assertTrue(wasSent(owner, trap.sid()), "and was sent it (H)");
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
            Player p = f.spawnAt("padder", 3000, 3000);
            Building pad = f.build(p, HEALING_PAD, 0.0);
            f.hurt(p, 50);
            f.place(p, pad.x(), pad.y());
            f.ticks(9 * 2 + 1);
            assertTrue(p.health() >= 80, "15 a second while on it: " + p.health());
            f.place(p, 5000, 3000);
            Building platform = f.build(p, PLATFORM, 0.0);
            f.place(p, platform.x(), platform.y());
            f.ticks(1);
            assertEquals(1, p.state().zIndex(), "on a platform: layer 1");
        }

        @Test
        void aSpawnPadIsWhereTheNextLifeStartsAndIsUsedUp() {
            Player p = f.spawnAt("respawner", 3000, 3000);
            Building pad = f.build(p, SPAWN_PAD, 0.0);
            f.hurt(p, 100);
            f.send(p, new ClientPacket.Spawn("respawner", false, 0));
            f.ticks(1);
            assertEquals(pad.x(), p.x(), 1e-6);
            assertEquals(pad.y(), p.y(), 1e-6);
            assertNull(f.admin.object(pad.sid()), "used up");
            assertEquals(new ServerPacket.ItemCount(10, 0), sink(p).last(ServerPacket.ItemCount.class));
        }

        @Test
        void aBoostPadPushesAlongItsDirection() {
            Player p = f.spawnAt("booster", 3000, 3000);
            Building pad = f.build(p, BOOST_PAD, 0.0);
            f.place(p, pad.x(), pad.y());
            f.ticks(2); // pushed in the first tick, moved by it in the next
            assertTrue(p.x() > pad.x() + 50, "pushed +x, the pad's direction: " + (p.x() - pad.x()));
        }

        @Test
        void aTeleporterSendsWhoStepsOnItElsewhere() {
            Player p = f.spawnAt("jumper", 3000, 3000);
            Building pad = f.build(p, TELEPORTER, 0.0);
            f.place(p, pad.x(), pad.y());
            f.ticks(1);
            assertTrue(Math.hypot(p.x() - pad.x(), p.y() - pad.y()) > 35 + 45, "moved off the pad: " + p.x() + "," + p.y());
        }
    }

    /** src/site/rules.md#turrets and #shots: what a turret shoots at, and what its shots fly over. */
    @Nested
    class Turrets {
        private Player owner;

        @BeforeEach
        void anOwner() {
            owner = f.spawnAt("owner", 3000, 3000);
        }

        @Test
        void aTurretShootsTheNearestEnemyWithinSevenHundred() {
            Player near = f.spawnAt("near", 3500, 3000); // 573 from the turret: still in range after the knockback of a shot
            Player far = f.spawnAt("far", 3000, 3000 + 800);
            Building turret = f.build(owner, TURRET, Math.PI); // the turret stands to the owner's left, 35 + 43 - 5 = 73 away
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
            assertEquals(100, owner.health(), "never its owner");
            assertEquals(1, sink(near).all(ServerPacket.ProjectileRange.class).size(), "Y when it hit");
            assertEquals(1, sink(near).all(ServerPacket.TurretShot.class).size(), "one shot per 2200 ms");
            f.ticks(12);
            assertEquals(2, sink(near).all(ServerPacket.TurretShot.class).size());
        }

        @Test
        void layersFilterShotsATurretShotFliesOverAWallAndAMillStopsIt() {
            Player target = f.spawnAt("target", 3500, 3000);
            f.build(owner, TURRET, Math.PI); // the turret at 2927
            f.place(owner, 3150, 3000);
            Building wall = f.build(owner, WOOD_WALL, 0.0); // a wood wall (layer 0) at 3230, between the turret and the target
            f.place(owner, 3000, 3300);
            f.ticks(26); // the first shot after 2200 ms, then 573 at 1.5 a ms
            assertEquals(75, target.health(), "the turret shot (layer 1) flew over the wall (layer 0)");
            assertEquals(380, wall.health());
            f.place(owner, 3320, 3000);
            Building mill = f.build(owner, WINDMILL, 0.0); // a windmill (layer 1) at 3405, in the way
            assertEquals(10, mill.item().index());
            f.place(owner, 3000, 3300);
            f.place(target, 3500, 3000);
            f.ticks(26); // the second shot, 2200 ms after the first
            assertEquals(2, sink(target).all(ServerPacket.TurretShot.class).size(), "it fired again");
            assertEquals(75, target.health(), "a windmill (layer 1) stops it");
        }
    }
}
