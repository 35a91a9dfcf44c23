package dev.moomoo.game;

import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.WorldObject;
import org.junit.jupiter.api.Nested;
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

    /** A player put at {@code x, y} that starts walking towards {@code angle}; no tick yet. */
    private Player walkingFrom(double x, double y, double angle) {
        Player p = f.spawn("walker");
        f.place(p, x, y);
        f.walk(p, angle);
        return p;
    }

    /** A player whose walk towards {@code angle} has been taken in (one tick), then put at {@code x, y}. */
    private Player alreadyWalkingAt(double x, double y, double angle) {
        Player p = f.spawn("walker");
        f.walk(p, angle);
        f.ticks(1); // the packet is applied at the start of this tick
        f.place(p, x, y);
        return p;
    }

    /** src/site/rules.md#movement: acceleration, decay and the map's edge on open ground. */
    @Nested
    class OpenGround {
        @Test
        void grasslandMovementAtSeveralAngles() {
            for (double angle : new double[] {0, 0.7, -2.2, Math.PI / 2}) {
                Player p = walkingFrom(5000, 4000, angle);
                f.ticks(1); // the packet is applied at the start of this tick
                f.place(p, 5000, 4000);
                assertFollows(p, angle, 1, 0, 30);
                f.walk(p, null);
                f.ticks(1);
            }
        }

        @Test
        void steadySpeedIsAbout328UnitsPerSecond() {
            Player p = walkingFrom(1000, 4000, 0.0);
            f.ticks(40);
            double x0 = p.x();
            f.ticks(9);
            assertEquals(328, p.x() - x0, 1.0);
        }

        @Test
        void stoppingDecaysToExactlyZero() {
            Player p = walkingFrom(5000, 4000, 0.3);
            f.ticks(10);
            f.walk(p, null);
            f.ticks(1);
            assertFollows(p, null, 1, 0, 20);
            assertEquals(0, p.vx());
            assertEquals(0, p.vy());
        }

        @Test
        void mapEdgesClamp() {
            Player p = walkingFrom(100, 4000, Math.PI);
            f.ticks(10);
            assertEquals(35, p.x(), 1e-9);
        }
    }

    /** src/site/rules.md#the-map: the snow band and the river. */
    @Nested
    class SnowAndRiver {
        @Test
        void snowSlowsToThreeQuarters() {
            Player p = alreadyWalkingAt(3000, 1000, 0.0);
            assertFollows(p, 0.0, 0.75, 0, 15);
        }

        @Test
        void riverSlowsAndPushes() {
            Player p = alreadyWalkingAt(6000, 7200, Math.PI); // against the current
            assertFollows(p, Math.PI, 0.33, 0.0011, 12);
            // standing still in the river drifts downstream
            f.walk(p, null);
            f.ticks(1);
            f.place(p, 6000, 7200);
            double x = p.x();
            f.ticks(5);
            assertTrue(p.x() > x + 5, "the current pushed +x: " + (p.x() - x));
        }
    }

    /** src/site/rules.md#collisions */
    @Nested
    class Collisions {
        @Test
        void collisionWithARockPutsThePlayerOnItsRim() {
            WorldObject rock = f.admin.spawnObject(ObjectType.ROCK, 5000, 4000, 90);
            Player p = walkingFrom(4700, 4000, 0.0);
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
            Player p = walkingFrom(4700, 4000, 0.0);
            f.ticks(20);
            assertEquals(35 + 0.6 * 150, Math.hypot(p.x() - tree.x(), p.y() - tree.y()), 1e-6);
        }

        /** src/site/rules.md#movement: players that overlap are pushed apart after everyone has moved. */
        @Test
        void overlappingPlayersArePushedApart() {
            Player a = f.spawnAt("a", 5000, 4000);
            Player b = f.spawnAt("b", 5030, 4000); // its one tick separates them
            assertEquals(70, Math.hypot(a.x() - b.x(), a.y() - b.y()), 1e-6);
            assertEquals(5015, (a.x() + b.x()) / 2, 1e-6, "each moved half the overlap");
        }
    }
}
