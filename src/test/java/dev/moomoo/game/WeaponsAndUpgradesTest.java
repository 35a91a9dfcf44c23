package dev.moomoo.game;

import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Weapons, shots and age-up choices against src/site/rules.md#weapons and #ages-and-upgrade-choices; the numbers are
 * typed from the sheet.
 */
class WeaponsAndUpgradesTest {
    private final GameFixture f = new GameFixture();

    /** Gains XP to the next age by gold (1 XP a point): 300 for age 2. */
    private void ageUp(Player p) {
        f.grant(p, Resource.GOLD, (long) Math.ceil(p.progress().maxXp() - p.progress().xp()));
    }

    private static int indexOf(List<ServerPacket> packets, Class<?> type) {
        for (int i = packets.size() - 1; i >= 0; i--) {
            if (type.isInstance(packets.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anAgeUpGivesAPointAndAWeaponChoiceGoesVBeforeU() {
        Player p = f.spawnAt("upgrader", 3000, 3000);
        ageUp(p);
        assertEquals(2, p.age());
        assertEquals(new ServerPacket.Upgrades(1, 2), GameFixture.sink(p).last(ServerPacket.Upgrades.class), "1 point, choices of age 2");
        GameFixture.sink(p).clear();
        f.send(p, new ClientPacket.Upgrade(5)); // polearm
        f.ticks(1);
        List<ServerPacket> got = GameFixture.sink(p).packets;
        assertEquals(new ServerPacket.Hotbar(List.of(5), true), GameFixture.sink(p).last(ServerPacket.Hotbar.class), "the polearm replaces the hammer");
        assertEquals(new ServerPacket.Upgrades(0, 3), GameFixture.sink(p).last(ServerPacket.Upgrades.class));
        assertTrue(indexOf(got, ServerPacket.Hotbar.class) < indexOf(got, ServerPacket.Upgrades.class), "V before U");
        assertEquals(5, p.state().weaponIndex(), "in hand, as a shows");
        assertEquals(0.82, p.modifiers().speed(), 1e-9, "polearm speed");
    }

    @Test
    void aChoiceNeedsAPointTheAgeAndThePrerequisite() {
        Player p = f.spawnAt("chooser", 3000, 3000);
        f.send(p, new ClientPacket.Upgrade(1)); // no point yet
        f.ticks(1);
        assertEquals(List.of(0), p.weaponIds());
        ageUp(p);
        f.send(p, new ClientPacket.Upgrade(2)); // great axe is age 8
        f.send(p, new ClientPacket.Upgrade(16 + 1)); // cookie is age 3
        f.ticks(1);
        assertEquals(List.of(0), p.weaponIds());
        assertEquals(List.of(0, 3, 6, 10), p.itemIds());
        assertEquals(1, p.upgradePoints(), "refused choices cost nothing");
        f.send(p, new ClientPacket.Upgrade(7)); // daggers
        f.ticks(1);
        assertEquals(List.of(7), p.weaponIds());
        for (int age = 3; age <= 8; age++) {
            ageUp(p);
            f.send(p, new ClientPacket.Upgrade(age == 3 ? 16 + 4 : age == 4 ? 16 + 15 : age == 5 ? 16 + 13 : age == 6 ? 9 : age == 7 ? 16 + 17 : 2));
            f.ticks(1);
        }
        // age 8: the great axe needs the hand axe (1), which this player never took
        assertFalse(p.weaponIds().contains(2));
        assertEquals(1, p.upgradePoints());
        f.send(p, new ClientPacket.Upgrade(12)); // the crossbow needs the bow (9): taken at 6
        f.ticks(1);
        assertEquals(List.of(7, 12), p.weaponIds());
    }

    @Test
    void anItemChoiceReplacesTheItemOfItsGroup() {
        Player p = f.spawnAt("eater", 3000, 3000);
        ageUp(p);
        f.send(p, new ClientPacket.Upgrade(1));
        f.ticks(1);
        ageUp(p);
        f.send(p, new ClientPacket.Upgrade(16 + 1)); // cookie, age 3
        f.ticks(1);
        assertEquals(List.of(1, 3, 6, 10), p.itemIds(), "the cookie takes the apple's place");
        assertEquals(new ServerPacket.Hotbar(List.of(1, 3, 6, 10), false), GameFixture.sink(p).last(ServerPacket.Hotbar.class));
        ageUp(p);
        f.send(p, new ClientPacket.Upgrade(16 + 15)); // pit trap, age 4: a group of its own, appended
        f.ticks(1);
        assertEquals(List.of(1, 3, 6, 10, 15), p.itemIds());
    }

    @Test
    void aRespawnStartsOver() {
        Player p = f.spawnAt("mortal", 3000, 3000);
        ageUp(p);
        f.send(p, new ClientPacket.Upgrade(3));
        f.ticks(1);
        f.admin.damage(p, 100);
        f.send(p, new ClientPacket.Spawn("mortal", false, 0));
        f.ticks(1);
        assertEquals(1, p.age());
        assertEquals(List.of(0), p.weaponIds());
        assertEquals(List.of(0, 3, 6, 10), p.itemIds());
        assertEquals(0, p.upgradePoints());
        assertEquals(new ServerPacket.Upgrades(0, 2), GameFixture.sink(p).last(ServerPacket.Upgrades.class));
    }

    @Test
    void aBowShotCostsFourWoodFliesAndHits() {
        Player archer = f.spawnAt("archer", 3000, 3000);
        Player target = f.spawnAt("target", 3600, 3000);
        f.giveWeapon(archer, 9);
        f.grant(archer, Resource.WOOD, 4);
        f.send(archer, new ClientPacket.Select(9, true));
        f.send(archer, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        f.send(archer, new ClientPacket.Attack(false, null));
        assertEquals(0, archer.resource(Resource.WOOD), "4 wood a shot");
        ServerPacket.AddProjectile x = GameFixture.sink(target).last(ServerPacket.AddProjectile.class);
        assertNotNull(x, "X to who sees it");
        assertEquals(3000 + 70, x.x(), 1e-9, "it starts 70 ahead");
        assertEquals(0, x.index());
        assertEquals(1.6, x.speed());
        assertEquals(1000, x.range(), 1e-9);
        assertEquals(0, x.layer());
        f.ticks(6);
        assertEquals(75, target.health(), "an arrow: 25");
        ServerPacket.ProjectileRange y = GameFixture.sink(target).last(ServerPacket.ProjectileRange.class);
        assertEquals(x.sid(), y.sid());
        // it stood still the tick it was fired, then moved 1.6 x tick per tick: after two steps it is
        // 3070 + 2 x 177.8; the third step meets the target's square (half-size 35) at 3565
        double tick = 1000.0 / 9;
        assertEquals(3600 - 35 - (3070 + 2 * 1.6 * tick), y.range(), 0.05, "the distance left to the hit in its last step");
        assertEquals(y, GameFixture.sink(archer).last(ServerPacket.ProjectileRange.class), "Y to everyone who got the X");
    }

    @Test
    void aShotWithoutItsCostIsNotFiredAndStoneWallsOnlyStopShots() {
        Player archer = f.spawnAt("archer", 3000, 3000);
        f.giveWeapon(archer, 9);
        f.send(archer, new ClientPacket.Select(9, true));
        f.send(archer, new ClientPacket.Attack(true, 0.0));
        f.ticks(2);
        assertNull(GameFixture.sink(archer).last(ServerPacket.AddProjectile.class), "no wood, no shot");
        f.send(archer, new ClientPacket.Attack(false, null));
        Player builder = f.spawnAt("builder", 3300, 3000);
        f.giveItem(builder, 4);
        f.grant(builder, Resource.STONE, 25);
        f.use(builder, 4, 0.0); // a stone wall at 3380
        Building wall = f.buildings(builder).getFirst();
        f.place(builder, 3300, 3300);
        f.grant(archer, Resource.WOOD, 4);
        f.send(archer, new ClientPacket.Attack(true, 0.0));
        f.ticks(6);
        assertEquals(900, wall.health(), "a stone wall takes no shot damage");
        assertNotNull(GameFixture.sink(archer).last(ServerPacket.ProjectileRange.class), "but stops the shot");
    }

    @Test
    void aShieldFacingTheBlowTakesAFifth() {
        Player a = f.spawnAt("a", 5000, 4000);
        Player b = f.spawnAt("b", 5080, 4000);
        f.giveWeapon(b, 11);
        f.send(b, new ClientPacket.Select(11, true));
        f.send(b, new ClientPacket.Aim(Math.PI)); // facing a
        f.ticks(1);
        f.send(a, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(95, b.health(), "hammer 25 x 0.2");
        assertEquals(0.7, b.modifiers().speed(), 1e-9, "shield speed");
    }

    @Test
    void theGreatHammerHitsBuildingsSevenAndAHalfTimes() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        f.grant(owner, Resource.WOOD, 10);
        f.use(owner, 3, 0.0);
        Building wall = f.buildings(owner).getFirst();
        Player smasher = f.spawnAt("smasher", 3080, 3000 + 35 + 50);
        f.giveWeapon(smasher, 10);
        f.send(smasher, new ClientPacket.Select(10, true));
        f.send(smasher, new ClientPacket.Attack(true, -Math.PI / 2));
        f.ticks(1);
        assertEquals(380 - 75, wall.health(), "10 x 7.5");
    }

    @Test
    void mcGrabbyStealsUpToTwoHundredFiftyGold() {
        Player thief = f.spawnAt("thief", 5000, 4000);
        Player victim = f.spawnAt("victim", 5080, 4000);
        f.grant(victim, Resource.GOLD, 300);
        f.giveWeapon(thief, 14);
        f.send(thief, new ClientPacket.Select(14, true));
        f.send(thief, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(50, victim.resource(Resource.GOLD));
        assertEquals(250, thief.resource(Resource.GOLD));
    }

    @Test
    void weaponXpEarnsTheGoldVariantAndItsDamage() {
        Player a = f.spawnAt("a", 5000, 4000);
        Player b = f.spawnAt("b", 5080, 4000);
        f.grant(a, Resource.WOOD, 3000); // gained with the hammer in hand: 3000 weapon XP
        f.ticks(1);
        assertEquals(1, a.state().weaponVariant(), "gold from 3000");
        f.send(a, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(100 - 28, b.health(), "25 x 1.1 = 27.5, rounded");
    }

    @Test
    void theMusketCostsTenStoneAndRecoils() {
        Player p = f.spawnAt("gunner", 5000, 4000);
        f.giveWeapon(p, 15);
        f.grant(p, Resource.STONE, 10);
        f.send(p, new ClientPacket.Select(15, true));
        f.send(p, new ClientPacket.Attack(true, 0.0));
        f.ticks(2);
        assertEquals(0, p.resource(Resource.STONE));
        assertTrue(p.x() < 5000, "pushed back by the recoil: " + p.x());
        ServerPacket.AddProjectile x = GameFixture.sink(p).last(ServerPacket.AddProjectile.class);
        assertEquals(5, x.index());
        assertEquals(3.6, x.speed());
    }

    @Test
    void daggersSwingEveryHundredMsAndSlowLess() {
        Player p = f.spawnAt("stabber", 5000, 4000);
        f.giveWeapon(p, 7);
        f.send(p, new ClientPacket.Select(7, true));
        f.send(p, new ClientPacket.Attack(true, 0.0));
        f.ticks(9);
        long swings = GameFixture.sink(p).all(ServerPacket.Swing.class).size();
        assertEquals(5, swings, "reload 100 ms: one tick to run it down, the next to swing: ticks 1, 3, 5, 7, 9");
        // each swing takes 0.1 (the hammer's default would be 0.3); two ticks give back 2 x 0.0008 x 111
        // = 0.18, so each swing starts from 1 again
        assertEquals(1 - 0.1, p.slow(), 1e-9);
    }

    @Test
    void theNextAgesXpGrowsByAFifthUnroundedAndIsSentToOneDecimal() {
        Player p = f.spawnAt("ager", 3000, 3000);
        double[] sheet = {360, 432, 518.4, 622.1}; // 300 x 1.2^n, one decimal
        for (double expected : sheet) {
            ageUp(p);
            assertEquals(expected, GameFixture.sink(p).last(ServerPacket.Xp.class).maxXp(), 1e-9);
        }
        assertEquals(300 * Math.pow(1.2, 4), p.progress().maxXp(), 1e-9, "kept unrounded");
    }

    @Test
    void anUpgradeThatReplacesTheItemInHandKeepsTheNewOneInHand() {
        Player p = f.spawnAt("holder", 3000, 3000);
        ageUp(p);
        f.send(p, new ClientPacket.Upgrade(1));
        f.ticks(1);
        f.send(p, new ClientPacket.Select(0, false)); // the apple in hand
        ageUp(p);
        f.send(p, new ClientPacket.Upgrade(16 + 1)); // the cookie replaces it
        f.ticks(1);
        assertEquals(1, p.state().buildIndex(), "the cookie is in hand");
    }

    @Test
    void theTopKillerWearsTheSkull() {
        Player a = f.spawnAt("a", 5000, 4000);
        Player b = f.spawnAt("b", 5080, 4000);
        f.send(a, new ClientPacket.Attack(true, 0.0));
        for (int i = 0; i < 40 && b.alive(); i++) {
            f.ticks(1);
            if (b.alive()) {
                f.place(b, a.x() + 80, a.y());
            }
        }
        assertFalse(b.alive());
        f.ticks(1);
        assertEquals(1, a.state().iconIndex(), "the most kills, at least one: iconIndex 1");
        f.send(b, new ClientPacket.Spawn("b", false, 0));
        f.ticks(1);
        assertEquals(0, b.state().iconIndex());
    }

    @Test
    void aPointBlankShotHitsInTheTickItIsFired() {
        Player archer = f.spawnAt("archer", 3000, 3000);
        Player target = f.spawnAt("target", 3150, 3000); // its square begins at 3115, within the first step (70 + 177.8)
        f.giveWeapon(archer, 9);
        f.grant(archer, Resource.WOOD, 4);
        f.send(archer, new ClientPacket.Select(9, true));
        f.send(archer, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(75, target.health(), "tested along its way ahead before it first moves");
    }

    @Test
    void inSandboxAShotNeedsItsCostButUsesNone() {
        GameFixture sandbox = new GameFixture(GameFixture.quiet().withSandbox(true));
        Player archer = sandbox.spawnAt("archer", 3000, 3000);
        sandbox.giveWeapon(archer, 9);
        sandbox.send(archer, new ClientPacket.Select(9, true));
        sandbox.send(archer, new ClientPacket.Attack(true, 0.0));
        sandbox.ticks(2);
        assertNull(GameFixture.sink(archer).last(ServerPacket.AddProjectile.class), "no wood: no shot, even in sandbox");
        sandbox.grant(archer, Resource.WOOD, 4);
        sandbox.ticks(8);
        assertNotNull(GameFixture.sink(archer).last(ServerPacket.AddProjectile.class));
        assertEquals(4, archer.resource(Resource.WOOD), "and none used");
    }

    /** src/site/rules.md#swings: each melee weapon's damage, and its reach (range + 1.8 x the target's 35). */
    @ParameterizedTest(name = "weapon {0}: {1} damage, range {2}")
    @CsvSource({"0, 25, 65", "1, 30, 70", "2, 35, 75", "3, 35, 110", "4, 40, 118", "5, 45, 142", "6, 20, 110", "7, 20, 65",
            "8, 1, 70", "10, 10, 75"})
    void eachMeleeWeaponHitsForItsDamageAtItsReachAndNoFurther(int id, int damage, int range) {
        Player a = f.spawnAt("a", 5000, 4000);
        Player near = f.spawnAt("near", 5000 + range + 63 - 1, 4000);
        Player far = f.spawnAt("far", 5000, 4000 - (range + 63 + 2)); // straight up, out of reach
        f.giveWeapon(a, id);
        f.send(a, new ClientPacket.Select(id, true));
        f.send(a, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(100 - damage, near.health(), "at its reach");
        f.send(a, new ClientPacket.Attack(true, -Math.PI / 2));
        f.ticks(9);
        assertEquals(100, far.health(), "beyond its reach");
    }

    /** src/site/rules.md#shots: each ranged weapon's projectile, its damage, speed and shot cost. */
    @ParameterizedTest(name = "weapon {0}: projectile {1}")
    @CsvSource({"9, 0, 25, 1.6, 4, 0", "12, 2, 35, 2.5, 5, 0", "13, 3, 30, 2.0, 10, 0", "15, 5, 50, 3.6, 0, 10"})
    void eachRangedWeaponShootsItsProjectileForItsCost(int id, int projectile, int damage, double speed, int wood, int stone) {
        Player a = f.spawnAt("shooter", 3000, 3000);
        Player target = f.spawnAt("target", 3500, 3000);
        f.giveWeapon(a, id);
        f.grant(a, Resource.WOOD, wood);
        f.grant(a, Resource.STONE, stone);
        f.send(a, new ClientPacket.Select(id, true));
        f.send(a, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        f.send(a, new ClientPacket.Attack(false, null));
        ServerPacket.AddProjectile x = GameFixture.sink(target).last(ServerPacket.AddProjectile.class);
        assertEquals(projectile, x.index());
        assertEquals(speed, x.speed(), 1e-6);
        assertEquals(0, a.resource(Resource.WOOD) + a.resource(Resource.STONE), "its cost taken");
        f.ticks(8);
        assertEquals(100 - damage, target.health());
    }
}
