package dev.moomoo.game.space;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SpatialGridTest {
    record Thing(double x, double y, double scale) implements Positioned {
    }

    private static List<Thing> query(SpatialGrid<Thing> g, double x, double y, double hw, double hh) {
        List<Thing> out = new ArrayList<>();
        g.query(x, y, hw, hh, out::add);
        return out;
    }

    @Test
    void findsAcrossCellBordersAndMissesFarThings() {
        SpatialGrid<Thing> g = new SpatialGrid<>(1000, 100);
        Thing a = new Thing(99.9, 99.9, 10);
        Thing b = new Thing(100.1, 100.1, 10);
        Thing far = new Thing(900, 900, 10);
        g.insert(a);
        g.insert(b);
        g.insert(far);
        assertEquals(3, g.size());
        List<Thing> near = query(g, 100, 100, 5, 5);
        assertTrue(near.contains(a) && near.contains(b));
        assertFalse(near.contains(far));
        assertTrue(query(g, 500, 500, 100, 100).isEmpty());
    }

    @Test
    void aBigThingIsFoundFromANeighbouringCell() {
        SpatialGrid<Thing> g = new SpatialGrid<>(1000, 100);
        Thing big = new Thing(350, 50, 175);
        g.insert(big);
        // The query rectangle's own cells do not hold the centre, but the body reaches in.
        assertTrue(query(g, 190, 50, 5, 5).contains(big));
    }

    @Test
    void moveAndRemove() {
        SpatialGrid<Thing> g = new SpatialGrid<>(1000, 100);
        Thing t = new Thing(50, 50, 10);
        int cell = g.insert(t);
        assertEquals(cell, g.move(t, cell), "same place, same cell");
        g.remove(t, cell);
        assertEquals(0, g.size());
        assertTrue(query(g, 50, 50, 10, 10).isEmpty());
        Thing out = new Thing(-50, 5000, 10); // clamped into the edge cells
        int c2 = g.insert(out);
        assertEquals(g.cellOf(0, 999), c2);
    }
}
