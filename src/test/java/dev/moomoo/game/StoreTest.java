package dev.moomoo.game;

import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The store and what hats and accessories do, against src/site/rules.md#store: ids, prices
 * and effect numbers below are typed from the sheet, not read from the store table.
 */
class StoreTest {
    private static final double TICK = 1000.0 / 9;
    private final GameFixture f = new GameFixture();

    private void buy(Player p, int id, boolean accessory) {
        f.send(p, new ClientPacket.Store(true, id, accessory));
        f.ticks(1);
    }

    private void wear(Player p, int id, boolean accessory) {
        f.send(p, new ClientPacket.Store(false, id, accessory));
        f.ticks(1);
    }

    /**
     * Buys and wears a hat or an accessory, with its price in points put straight into the purse (a grant
     * would count as XP for the weapon in hand and earn it a stronger variant).
     */
    private void dress(Player p, int id, boolean accessory, int price) {
        p.addResource(Resource.GOLD, price);
        buy(p, id, accessory);
        wear(p, id, accessory);
        assertEquals(id, accessory ? p.accessoryId() : p.hatId(), "worn");
    }

    private void hitOnce(Player attacker, double angle) {
        f.send(attacker, new ClientPacket.Attack(true, angle));
        f.ticks(1);
        f.send(attacker, new ClientPacket.Attack(false, null));
        f.ticks(4); // the hammer's 300 ms reload runs out before anything else is asked of it
    }

    // ---- buying and wearing ----

    @Test
    void freeHatsAreOwnedFromTheStartButShameIsNeverBoughtNorWorn() {
        Player p = f.spawnAt("p", 3000, 3000);
        wear(p, 51, false); // Moo Cap, price 0
        assertEquals(51, p.hatId());
        assertEquals(new ServerPacket.StoreState(1, 51, false), GameFixture.sink(p).last(ServerPacket.StoreState.class));
        f.grant(p, Resource.GOLD, 100_000);
        buy(p, 45, false);
        wear(p, 45, false);
        assertEquals(51, p.hatId(), "Shame! is not for sale and not worn by choice");
        assertEquals(100_000, p.resource(Resource.GOLD));
        wear(p, 11, true); // Monkey Tail: no accessory is free
        assertEquals(0, p.accessoryId());
    }

    @Test
    void buyingCostsItsPriceInPointsOnceAndWearingNeedsOwning() {
        Player p = f.spawnAt("p", 3000, 3000);
        wear(p, 12, false);
        assertEquals(0, p.hatId(), "the Booster Hat is not owned yet");
        f.grant(p, Resource.GOLD, 5999);
        buy(p, 12, false);
        assertEquals(5999, p.resource(Resource.GOLD), "6000 points needed");
        assertNull(GameFixture.sink(p).last(ServerPacket.StoreState.class));
        f.grant(p, Resource.GOLD, 1);
        buy(p, 12, false);
        assertEquals(0, p.resource(Resource.GOLD));
        assertEquals(new ServerPacket.StoreState(0, 12, false), GameFixture.sink(p).last(ServerPacket.StoreState.class), "5 [0, id, false]: owned");
        assertEquals(new ServerPacket.Stat("points", 0, true), GameFixture.sink(p).last(ServerPacket.Stat.class));
        f.grant(p, Resource.GOLD, 6000);
        buy(p, 12, false);
        assertEquals(6000, p.resource(Resource.GOLD), "what is owned is not bought twice");
        wear(p, 12, false);
        assertEquals(new ServerPacket.StoreState(1, 12, false), GameFixture.sink(p).last(ServerPacket.StoreState.class), "5 [1, id, false]: worn");
        wear(p, 0, false);
        assertEquals(0, p.hatId());
        assertEquals(new ServerPacket.StoreState(1, 0, false), GameFixture.sink(p).last(ServerPacket.StoreState.class), "equip 0 takes it off");
    }

    @Test
    void purchasesAndWhatIsWornLastAcrossDeathAndOthersSeeThemInA() {
        Player p = f.spawnAt("p", 3000, 3000);
        Player other = f.spawnAt("other", 3200, 3000);
        dress(p, 7, false, 6000); // Bull Helmet
        dress(p, 13, true, 15000); // Angel Wings
        f.ticks(1);
        ServerPacket.PlayerState seen = GameFixture.sink(other).latestUpdate().stream().filter(s -> s.sid() == p.sid()).findFirst().orElseThrow();
        assertEquals(7, seen.skinIndex());
        assertEquals(13, seen.tailIndex());
        f.admin.damage(p, 100);
        assertFalse(p.alive());
        f.send(p, new ClientPacket.Spawn("p", false, 0));
        f.ticks(1);
        assertTrue(p.alive());
        assertEquals(7, p.hatId(), "still worn after respawning");
        assertEquals(13, p.accessoryId());
        wear(p, 0, false);
        wear(p, 7, false);
        assertEquals(7, p.hatId(), "and still owned");
    }

    @Test
    void aShamedPlayerShowsShameWhileItsHatStillWorks() {
        Player p = f.spawnAt("p", 3000, 3000);
        dress(p, 12, false, 6000);
        p.shame().shameUntil(f.world.timeMillis() + 30_000);
        f.ticks(1);
        assertEquals(45, p.state().skinIndex(), "Shame! is shown");
        assertEquals(1.16, p.modifiers().speed(), 1e-9, "the Booster Hat still speeds it");
    }

    // ---- movement ----

    /** The speed after one tick of moving right from rest, from the velocity. */
    private double firstTickSpeed(Player p, double x, double y) {
        f.place(p, x, y);
        f.send(p, new ClientPacket.Move(0.0));
        f.ticks(1);
        return p.vx();
    }

    @Test
    void speedHatsAndAccessoriesScaleTheAcceleration() {
        Player plain = f.spawnAt("plain", 3000, 4000);
        double base = firstTickSpeed(plain, 3000, 4000);
        Object[][] cases = {{12, false, 6000, 1.16}, {6, false, 4000, 0.94}, {7, false, 6000, 0.96}, {22, false, 6000, 0.7},
                {40, false, 15000, 0.3}, {56, false, 20000, 1.1}, {53, false, 10000, 0.7}, {11, true, 2000, 1.35}, {19, true, 15000, 1.1}};
        int row = 0;
        for (Object[] c : cases) {
            Player p = f.spawnAt("s" + row, 4000 + 300 * row++, 4000); // a row on grass, clear of snow and river
            dress(p, (int) c[0], (boolean) c[1], (int) c[2]);
            double v = firstTickSpeed(p, p.x(), 4000);
            assertEquals(base * (double) c[3], v, 1e-9, "id " + c[0] + (((boolean) c[1]) ? " (accessory)" : " (hat)"));
        }
    }

    @Test
    void theWinterCapTakesAwayTheSnowSlowdown() {
        Player plain = f.spawnAt("plain", 3000, 1000);
        Player warm = f.spawnAt("warm", 5000, 1000);
        dress(warm, 15, false, 600);
        double cold = firstTickSpeed(plain, 3000, 1000);
        double capped = firstTickSpeed(warm, 5000, 1000);
        assertEquals(cold / 0.75, capped, 1e-9, "snow x0.75, not with the cap");
    }

    @Test
    void theFlipperHatSwimsAtThreeQuartersAndFeelsFourTenthsOfTheCurrent() {
        Player swimmer = f.spawnAt("swimmer", 3000, 7200);
        dress(swimmer, 31, false, 2500);
        f.place(swimmer, 3000, 7200);
        f.send(swimmer, new ClientPacket.Move(Math.PI / 2)); // across the current, so only the current moves x
        f.ticks(1);
        double accel = 0.0016 * TICK;
        double decay = Math.pow(0.993, TICK);
        assertEquals(0.0011 * 0.4 * TICK * decay, swimmer.vx(), 1e-9, "the current at 0.4");
        assertEquals(accel * 0.75 * decay, swimmer.vy(), 1e-9, "x0.75 in the water");
    }

    // ---- health over time ----

    @Test
    void medicGearApplesAndWingsHealEverySecondAndTheBullHelmetHurts() {
        Object[][] cases = {{13, false, 5000, 3}, {17, true, 3000, 1}, {13, true, 15000, 3}, {7, false, 6000, -5}};
        int row = 0;
        for (Object[] c : cases) {
            Player p = f.spawnAt("h" + row, 3000, 3000 + 300 * row++);
            dress(p, (int) c[0], (boolean) c[1], (int) c[2]);
            f.admin.damage(p, 50);
            int before = p.health();
            f.ticks(18);
            assertEquals(before + 2 * (int) c[3], p.health(), "two seconds of id " + c[0]);
        }
    }

    @Test
    void theBullHelmetCanWearItsWearerDown() {
        Player p = f.spawnAt("p", 3000, 3000);
        dress(p, 7, false, 6000);
        f.admin.damage(p, 96);
        f.ticks(9);
        assertFalse(p.alive(), "4 health and 5 a second");
        assertEquals(0, p.kills(), "dying of one's own hat is no kill");
    }

    @Test
    void theWindmillHatEarnsOneAndAHalfPointsASecond() {
        Player p = f.spawnAt("p", 3000, 3000);
        dress(p, 14, false, 10000);
        f.ticks(18);
        assertEquals(3, p.resource(Resource.GOLD), "2 s x 1.5");
    }

    // ---- combat ----

    @Test
    void damageTakenAndDealtFollowSoldierBullHelmetBloodthirsterAndMonkeyTail() {
        // the hammer hits for 25 (src/site/rules.md#weapons)
        Object[][] cases = {
                // id, accessory, price, worn by attacker?, expected loss of the target
                {6, false, 4000, false, 19}, // Soldier: taken x0.75 = 18.75
                {7, false, 6000, true, 38}, // Bull Helmet: dealt x1.5 = 37.5
                {55, false, 20000, true, 30}, // Bloodthirster: x1.2
                {11, true, 2000, true, 5}, // Monkey Tail: x0.2
        };
        int row = 0;
        for (Object[] c : cases) {
            double y = 3000 + 400 * row++;
            Player attacker = f.spawnAt("a" + row, 3000, y);
            Player target = f.spawnAt("t" + row, 3080, y);
            dress((boolean) c[3] ? attacker : target, (int) c[0], (boolean) c[1], (int) c[2]);
            hitOnce(attacker, 0.0);
            assertEquals(100 - (int) c[4], target.health(), "id " + c[0]);
        }
    }

    @Test
    void spikeGearSawbladeAndCorruptXHurtTheMeleeAttackerBack() {
        Object[][] cases = {{11, false, 10000, 11}, {16, true, 12000, 4}, {21, true, 20000, 6}}; // 25 x 0.45, 0.15, 0.25
        int row = 0;
        for (Object[] c : cases) {
            double y = 3000 + 400 * row++;
            Player attacker = f.spawnAt("a" + row, 3000, y);
            Player wearer = f.spawnAt("w" + row, 3080, y);
            dress(wearer, (int) c[0], (boolean) c[1], (int) c[2]);
            hitOnce(attacker, 0.0);
            assertEquals(75, wearer.health());
            assertEquals(100 - (int) c[3], attacker.health(), "id " + c[0]);
        }
    }

    @Test
    void darkKnightBloodthirsterAndBloodWingsHealFromTheDamageDealt() {
        Object[][] cases = {{58, false, 12000, 10}, {55, false, 20000, 8}, {18, true, 20000, 5}}; // 25 x 0.4; 30 x 0.25; 25 x 0.2
        int row = 0;
        for (Object[] c : cases) {
            double y = 3000 + 400 * row++;
            Player attacker = f.spawnAt("a" + row, 3000, y);
            Player target = f.spawnAt("t" + row, 3080, y);
            dress(attacker, (int) c[0], (boolean) c[1], (int) c[2]);
            f.admin.damage(attacker, 50);
            hitOnce(attacker, 0.0);
            assertEquals(50 + (int) c[3], attacker.health(), "id " + c[0]);
            assertTrue(GameFixture.sink(attacker).all(ServerPacket.FloatingText.class).stream().anyMatch(t -> t.value() == -(int) c[3]),
                    "the healing shown to it as a negative number (green in the client)");
        }
    }

    @Test
    void theBarbarianArmorThrowsTheAttackerBack() {
        Player attacker = f.spawnAt("a", 3000, 3000);
        Player wearer = f.spawnAt("w", 3080, 3000);
        dress(wearer, 26, false, 8000);
        f.send(attacker, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(-0.6, attacker.vx(), 1e-9, "pushed back 0.6, away from whom it hit (swings come after movement in the tick)");
    }

    @Test
    void thePlagueMaskPoisonsFiveASecondForSixSecondsUnlessTheTargetWearsAntiVenom() {
        Player attacker = f.spawnAt("a", 3000, 3000);
        Player target = f.spawnAt("t", 3080, 3000);
        Player cured = f.spawnAt("c", 3000, 3400);
        Player attacker2 = f.spawnAt("a2", 2920, 3400);
        dress(attacker, 21, false, 10000);
        dress(attacker2, 21, false, 10000);
        dress(cured, 23, false, 4000);
        hitOnce(attacker, 0.0);
        hitOnce(attacker2, 0.0);
        f.ticks(9 * 8);
        assertEquals(100 - 25 - 6 * 5, target.health(), "the blow, then 5 a second for 6 s");
        assertEquals(75, cured.health(), "Anti Venom: only the blow");
    }

    @Test
    void theSamuraiArmorShortensTheReload() {
        Player p = f.spawnAt("p", 3000, 3000);
        dress(p, 20, false, 12000);
        f.send(p, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        assertEquals(300 * 0.78, p.loadout().reloadLeft(0), 1e-9, "300 ms x 0.78");
    }

    @Test
    void theTankGearHitsBuildingsThreeAndAThirdTimesHarder() {
        Player owner = f.spawnAt("owner", 3000, 3300);
        Player tank = f.spawnAt("tank", 3000, 3000);
        f.grant(owner, Resource.WOOD, 10);
        f.place(owner, 3000, 3000 - 90); // the wall lands at 3000 - 90 + 80 = 2990... ahead of it, facing down
        f.use(owner, 3, Math.PI / 2);
        f.place(owner, 3000, 3300);
        Building wall = f.buildings(owner).getFirst();
        dress(tank, 40, false, 15000);
        f.place(tank, wall.x(), wall.y() + 80);
        hitOnce(tank, -Math.PI / 2);
        assertEquals(380 - 83, wall.health(), "25 x 3.3 = 82.5");
    }

    @Test
    void theMinersHelmetGivesAPointForEachResourceStruck() {
        Player p = f.spawnAt("p", 3000, 3000);
        f.admin.spawnObject(ObjectType.TREE, 3100, 3000, 50);
        dress(p, 9, false, 5000);
        hitOnce(p, 0.0);
        assertEquals(1, p.resource(Resource.WOOD), "the hammer gathers 1");
        assertEquals(1, p.resource(Resource.GOLD), "and the helmet 1 point");
    }

    @Test
    void theMarksmanCapShootsFartherAndFasterAndTheMusketeerHatPaysHalf() {
        Player archer = f.spawnAt("archer", 3000, 3000);
        f.giveWeapon(archer, 9);
        f.send(archer, new ClientPacket.Select(9, true));
        dress(archer, 1, false, 3000);
        f.grant(archer, Resource.WOOD, 4);
        f.send(archer, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        f.send(archer, new ClientPacket.Attack(false, null));
        ServerPacket.AddProjectile x = GameFixture.sink(archer).last(ServerPacket.AddProjectile.class);
        assertEquals(1300, x.range(), 1e-9, "1000 x 1.3");
        assertEquals(1.6 * 1.3, x.speed(), 1e-9);
        assertEquals(0, archer.resource(Resource.WOOD));
        f.ticks(10);
        dress(archer, 32, false, 5000);
        f.grant(archer, Resource.WOOD, 2);
        f.send(archer, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        f.send(archer, new ClientPacket.Attack(false, null));
        assertEquals(2, GameFixture.sink(archer).all(ServerPacket.AddProjectile.class).size(), "2 wood buys a bow shot");
        assertEquals(0, archer.resource(Resource.WOOD));
    }

    @Test
    void theEmpHelmetHidesItsWearerFromTurretsAndTheTurretGearShoots() {
        Player owner = f.spawnAt("owner", 3000, 3000);
        f.giveItem(owner, 17);
        f.grant(owner, Resource.WOOD, 200);
        f.grant(owner, Resource.STONE, 150);
        f.use(owner, 17, 0.0);
        assertEquals(1, f.buildings(owner).size(), "a turret stands");
        Player emp = f.spawnAt("emp", 3400, 3000);
        dress(emp, 22, false, 6000);
        f.ticks(9 * 3);
        assertEquals(100, emp.health(), "the turret never shoots at an Emp Helmet");
        assertTrue(GameFixture.sink(emp).all(ServerPacket.TurretShot.class).isEmpty());

        Player gunner = f.spawnAt("gunner", 6000, 6000);
        Player target = f.spawnAt("target", 6500, 6000);
        dress(gunner, 53, false, 10000);
        f.place(target, 6500, 6000);
        f.ticks(9 * 3);
        ServerPacket.AddProjectile shot = GameFixture.sink(target).all(ServerPacket.AddProjectile.class).stream()
                .filter(x -> x.index() == 1).findFirst().orElse(null);
        assertNotNull(shot, "the Turret Gear shoots the turret's projectile (1) at a player within 700");
        assertTrue(target.health() < 100, "and hits it");
    }

    // ---- kills ----

    @Test
    void theScavengerDoublesAKillsRewardAndTheThiefTakesHalfTheVictimsPointsInstead() {
        Player scavenger = f.spawnAt("s", 3000, 3000);
        Player victim = f.spawnAt("v", 3080, 3000);
        dress(scavenger, 27, false, 15000);
        f.admin.damage(victim, 90);
        hitOnce(scavenger, 0.0);
        assertFalse(victim.alive());
        assertEquals(200, scavenger.resource(Resource.GOLD), "100 x age 1 x 2");

        Player thief = f.spawnAt("t", 5000, 3000);
        Player rich = f.spawnAt("r", 5080, 3000);
        dress(thief, 52, false, 15000);
        f.grant(rich, Resource.GOLD, 1000);
        f.admin.damage(rich, 90);
        hitOnce(thief, 0.0);
        assertFalse(rich.alive());
        assertEquals(500, thief.resource(Resource.GOLD), "half the victim's 1000 points, not 100");
    }

    // ---- the Assassin ----

    @Test
    void theAssassinGearHidesAStillWearerFromOthersAfterASecondAndForbidsEating() {
        Player assassin = f.spawnAt("assassin", 3000, 3000);
        Player watcher = f.spawnAt("watcher", 3300, 3000);
        dress(assassin, 56, false, 20000);
        f.ticks(12); // more than 1000 ms without moving, swinging or shooting
        assertTrue(GameFixture.sink(watcher).latestUpdate().stream().noneMatch(s -> s.sid() == assassin.sid()), "hidden from others");
        assertTrue(GameFixture.sink(assassin).latestUpdate().stream().anyMatch(s -> s.sid() == assassin.sid()), "but not from itself");
        f.send(assassin, new ClientPacket.Attack(true, 0.0));
        f.ticks(1);
        f.send(assassin, new ClientPacket.Attack(false, null));
        f.ticks(1);
        assertTrue(GameFixture.sink(watcher).latestUpdate().stream().anyMatch(s -> s.sid() == assassin.sid()), "a swing shows it again");
        f.admin.damage(assassin, 30);
        f.grant(assassin, Resource.FOOD, 10);
        f.use(assassin, 0, null);
        assertEquals(70, assassin.health(), "it cannot eat");
        assertEquals(10, assassin.resource(Resource.FOOD));
    }
}
