package dev.moomoo.game;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class BotsTest {
    @Test
    void botsSpawnMoveGatherAndFightThroughTheWholeTick() {
        World world = new World("bots", GameConfig.defaults());
        WorldAdmin admin = world.admin();
        admin.addBots(40);
        for (int i = 0; i < 9 * 30; i++) {
            world.tick();
        }
        assertEquals(40, admin.botCount());
        assertEquals(40, admin.clients().size());
        long moved = admin.clients().stream().map(admin::playerOf).filter(p -> p != null && (p.vx() != 0 || p.vy() != 0 || p.xp() > 0)).count();
        assertTrue(moved > 10, "bots move and gather: " + moved);
        long gathered = admin.clients().stream().map(admin::playerOf).filter(p -> p != null && p.xp() > 0).count();
        assertTrue(gathered > 0, "some bot gathered something");
        // every living bot gets its update each tick: most of 40 x 270
        assertTrue(admin.botPacketsReceived() > 40 * 200, "packets sent to bots: " + admin.botPacketsReceived());
        assertTrue(world.phaseFailures().isEmpty(), world.phaseFailures().toString());
        assertEquals(15, admin.removeBots(15));
        world.tick();
        assertEquals(25, admin.botCount());
        assertEquals(25, admin.clients().size());
    }
}
