package dev.moomoo.game;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The secret area west of the map (src/site/rules.md#the-secret-area), from the v1.9 client's
 * {@code secretPool}: a gorge 520 either side of the river (y 7200) from x -1500 to 0, five pools
 * ((-2500, 7200) r 1150, (-3300, 6750) r 750, (-3200, 7750) r 700, (-1700, 6900) r 600,
 * (-1800, 7550) r 600) of deep water that slows as the river does (x0.33), and rock everywhere else
 * west of the map. A player's radius is 35.
 */
class SecretAreaTest {
    private static final double DT = 1000.0 / 9;
    private final GameFixture f = new GameFixture();

    @Test
    void aPlayerWalksFromTheRiverBankIntoTheGorgeAndOnIntoAPool() {
        Player p = f.spawnAt("explorer", 200, 6760); // the north bank: the gorge's y, out of the river (7200 +- 362)
        f.walk(p, Math.PI);
        f.ticks(60);
        assertTrue(p.x() < -1117, "past x 0 and along the gorge into the pool at (-1700, 6900): x " + p.x());
        assertEquals(6760, p.y(), 1e-9, "straight west, no wall in the way");
        assertTrue(Math.hypot(p.x() + 1700, p.y() - 6900) <= 600, "in the pool of (-1700, 6900), radius 600");
    }

    @Test
    void aPoolSlowsAsTheRiverDoesWithNoCurrent() {
        Player p = f.spawnAt("swimmer", -2500, 6600); // the largest pool, north of the river's band (7200 +- 362)
        f.walk(p, Math.PI);
        f.ticks(1);
        double accel = 0.0016 * 0.33 * DT; // rules.md#world-and-movement: the river keeps 0.33 of the speed
        assertEquals(-2500 - accel * DT, p.x(), 1e-6, "one tick of walking at a third of the speed");
        assertEquals(-accel * Math.pow(0.993, DT), p.vx(), 1e-9, "no current pushes it east");
        assertEquals(6600, p.y(), 1e-9);
    }

    @Test
    void westOfTheMapOutsideTheAreaIsRock() {
        Player north = f.spawnAt("north", 100, 4000);
        Player bank = f.spawnAt("bank", 100, 6600); // 80 north of the gorge's edge (6680)
        f.walk(north, Math.PI);
        f.walk(bank, Math.PI);
        f.ticks(30);
        assertEquals(35, north.x(), 1e-9, "the map's edge, as ever");
        assertEquals(35, bank.x(), 1e-9, "beside the gorge too");
    }

    @Test
    void theGorgesWallsHold() {
        Player p = f.spawnAt("climber", -700, 6760); // the north bank, out of the river
        f.walk(p, -Math.PI / 2);
        f.ticks(30);
        assertEquals(7200 - 520 + 35, p.y(), 1e-9, "its body stays within the gorge's north wall");
        assertEquals(-700, p.x(), 1e-9);
    }

    @Test
    void aTeleportToTheFallsLandsInTheGorgeAndOneIntoRockIsPutOnTheMap() {
        Player p = f.spawn("admin");
        assertTrue(f.admin.teleport(p.sid(), -900, 6760));
        assertEquals(-900, p.x(), 1e-9, "The Falls, the admin menu's point of the area");
        assertEquals(6760, p.y(), 1e-9);
        assertTrue(f.admin.teleport(p.sid(), -900, 3000));
        assertEquals(35, p.x(), 1e-9, "rock: back on the map");
    }

    @Test
    void closedTheEdgeHoldsEverywhere() {
        GameFixture closed = new GameFixture(GameFixture.quiet().withSecretArea(false, false));
        Player p = closed.spawnAt("walker", 200, 6760);
        closed.walk(p, Math.PI);
        closed.ticks(30);
        assertEquals(35, p.x(), 1e-9);
    }

    @Test
    void onlyAPlatformStandsInAPoolAsInTheRiver() {
        Player p = f.spawnAt("builder", -2500, 6500); // in the largest pool, north of the river's band
        f.grant(p, Resource.WOOD, Blueprint.WOOD_WALL.wood());
        f.use(p, Blueprint.WOOD_WALL.index(), -Math.PI / 2);
        assertTrue(f.buildings(p).isEmpty(), "no wall in a pool's water");
        f.place(p, -700, 6760); // the gorge's bank: dry ground
        f.use(p, Blueprint.WOOD_WALL.index(), 0.0);
        assertEquals(1, f.buildings(p).size(), "a wall on the bank");
    }
}
