package dev.moomoo.game;

import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.protocol.ClientPacket;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Movement against the formulas of src/site/rules.md#movement, computed here independently. */
class PhysicsTest {
    private static final double DT = 1000.0 / 9;
    private final GameFixture f = new GameFixture();

    /** The spec's movement of one player on open ground for one tick, with speed multiplier {@code m} and current {@code c}. */
    private static double[] step(double[] s, Double angle, double m, double current) {
        double x = s[0], y = s[1], vx = s[2], vy = s[3];
        vx += current * DT;
        if (angle != null) {
            vx += Math.cos(angle) * 0.0016 * m * DT;
            vy += Math.sin(angle) * 0.0016 * m * DT;
        }
        x += vx * DT; // sub-steps add up to the same distance on open ground
        y += vy * DT;
        vx *= Math.pow(0.993, DT);
        vy *= Math.pow(0.993, DT);
        if (Math.abs(vx) < 0.01) {
            vx = 0;
        }
        if (Math.abs(vy) < 0.01) {
            vy = 0;
        }
        x = Math.min(Math.max(x, 35), 14_400 - 35);
        y = Math.min(Math.max(y, 35), 14_400 - 35);
        return new double[] {x, y, vx, vy};
    }

    private void assertFollows(Player p, Double angle, double m, double current, int ticks) {
        double[] s = {p.x(), p.y(), p.vx(), p.vy()};
        for (int i = 0; i < ticks; i++) {
            s = step(s, angle, m, current);
            f.ticks(1);
            assertEquals(s[0], p.x(), 1e-6, "x after tick " + (i + 1));
            assertEquals(s[1], p.y(), 1e-6, "y after tick " + (i + 1));
            assertEquals(s[2], p.vx(), 1e-9, "vx after tick " + (i + 1));
            assertEquals(s[3], p.vy(), 1e-9, "vy after tick " + (i + 1));
        }
    }

    @Test
    void grasslandMovementAtSeveralAngles() {
        for (double angle : new double[] {0, 0.7, -2.2, Math.PI / 2}) {
            Player p = f.spawn("p" + angle);
            f.place(p, 5000, 4000);
            f.send(p, new ClientPacket.Move(angle));
            f.ticks(1); // the packet is applied at the start of this tick
            f.place(p, 5000, 4000);
            assertFollows(p, angle, 1, 0, 30);
            f.send(p, new ClientPacket.Move(null));
            f.ticks(1);
        }
    }

    @Test
    void steadySpeedIsAbout328UnitsPerSecond() {
        Player p = f.spawn("runner");
        f.place(p, 1000, 4000);
        f.send(p, new ClientPacket.Move(0.0));
        f.ticks(40);
        double x0 = p.x();
        f.ticks(9);
        assertEquals(328, p.x() - x0, 1.0);
    }

    @Test
    void stoppingDecaysToExactlyZero() {
        Player p = f.spawn("p");
        f.place(p, 5000, 4000);
        f.send(p, new ClientPacket.Move(0.3));
        f.ticks(10);
        f.send(p, new ClientPacket.Move(null));
        f.ticks(1);
        assertFollows(p, null, 1, 0, 20);
        assertEquals(0, p.vx());
        assertEquals(0, p.vy());
    }

    @Test
    void snowSlowsToThreeQuarters() {
        Player p = f.spawn("p");
        f.send(p, new ClientPacket.Move(0.0));
        f.ticks(1);
        f.place(p, 3000, 1000);
        assertFollows(p, 0.0, 0.75, 0, 15);
    }

    @Test
    void riverSlowsAndPushes() {
        Player p = f.spawn("p");
        f.send(p, new ClientPacket.Move(Math.PI)); // against the current
        f.ticks(1);
        f.place(p, 6000, 7200);
        assertFollows(p, Math.PI, 0.33, 0.0011, 12);
        // standing still in the river drifts downstream
        f.send(p, new ClientPacket.Move(null));
        f.ticks(1);
        f.place(p, 6000, 7200);
        double x = p.x();
        f.ticks(5);
        assertTrue(p.x() > x + 5, "the current pushed +x: " + (p.x() - x));
    }

    @Test
    void mapEdgesClamp() {
        Player p = f.spawn("p");
        f.place(p, 100, 4000);
        f.send(p, new ClientPacket.Move(Math.PI));
        f.ticks(10);
        assertEquals(35, p.x(), 1e-9);
    }

    @Test
    void collisionWithARockPutsThePlayerOnItsRim() {
        WorldObject rock = f.admin.spawnObject(ObjectType.ROCK, 5000, 4000, 90);
        Player p = f.spawn("p");
        f.place(p, 4700, 4000);
        f.send(p, new ClientPacket.Move(0.0));
        double minDistance = Double.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            f.ticks(1);
            minDistance = Math.min(minDistance, Math.hypot(p.x() - rock.x(), p.y() - rock.y()));
        }
        assertEquals(35 + 90, minDistance, 1e-6, "on the rim, never inside");
        assertEquals(35 + 90, Math.hypot(p.x() - rock.x(), p.y() - rock.y()), 1e-6);
        assertTrue(p.vx() < 0.2, "slowed by the collision: " + p.vx());
    }

    @Test
    void treesCollideAtSixTenthsOfTheirScale() {
        WorldObject tree = f.admin.spawnObject(ObjectType.TREE, 5000, 4000, 150);
        Player p = f.spawn("p");
        f.place(p, 4700, 4000);
        f.send(p, new ClientPacket.Move(0.0));
        f.ticks(20);
        assertEquals(35 + 0.6 * 150, Math.hypot(p.x() - tree.x(), p.y() - tree.y()), 1e-6);
    }

    @Test
    void overlappingPlayersArePushedApart() {
        Player a = f.spawn("a");
        Player b = f.spawn("b");
        f.place(a, 5000, 4000);
        f.place(b, 5030, 4000);
        f.ticks(1);
        assertEquals(70, Math.hypot(a.x() - b.x(), a.y() - b.y()), 1e-6);
        assertEquals(5015, (a.x() + b.x()) / 2, 1e-6, "each moved half the overlap");
    }
}
