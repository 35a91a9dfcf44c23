package dev.moomoo.game;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

class GameConfigTest {
    /** The names of the components whose values differ. */
    private static Set<String> changed(GameConfig a, GameConfig b) throws ReflectiveOperationException {
        Set<String> names = new TreeSet<>();
        for (RecordComponent c : GameConfig.class.getRecordComponents()) {
            if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                names.add(c.getName());
            }
        }
        return names;
    }

    @Test
    void theDefaultsAreThePublicServersWorld() {
        GameConfig d = GameConfig.defaults();
        // a tick of 1000/9 ms on a square map of 14,400 units (protocol.md, world and movement)
        assertEquals(1000.0 / 9, d.tickMillis());
        assertEquals(14_400, d.mapSize());
        // src/site/rules.md#animals: the public servers' counts, and the kinds v1.9 added (reconstructed)
        assertEquals(Map.ofEntries(Map.entry("cow", 10), Map.entry("pig", 10), Map.entry("bull", 10), Map.entry("bully", 2),
                Map.entry("wolf", 15), Map.entry("quack", 2), Map.entry("moostafa", 1), Map.entry("treasure", 1), Map.entry("moofie", 1),
                Map.entry("boar", 6), Map.entry("yeti", 2), Map.entry("sheep", 8)), d.animals());
        assertArrayEquals(new double[] {7200, 13_200}, d.arena());
        assertFalse(d.sandbox());
    }

    @Test
    void eachWithChangesItsOwnNumbersAndKeepsTheRest() throws ReflectiveOperationException {
        GameConfig d = GameConfig.defaults();
        GameConfig objects = d.withObjects(1, 2, 3, 4);
        assertEquals(Set.of("bushes", "goldOres", "rocks", "trees"), changed(d, objects));
        assertEquals(1, objects.trees());
        assertEquals(2, objects.bushes());
        assertEquals(3, objects.rocks());
        assertEquals(4, objects.goldOres());

        Map<String, Integer> counts = new HashMap<>(Map.of("cow", 3));
        GameConfig animals = d.withAnimals(counts);
        counts.put("wolf", 9);
        assertEquals(Set.of("animals"), changed(d, animals));
        assertEquals(Map.of("cow", 3), animals.animals(), "a copy of the counts given");
        assertEquals(0, animals.animalCount("WOLF"));

        GameConfig small = d.withMapSize(7200);
        assertEquals(Set.of("mapSize"), changed(d, small));
        assertArrayEquals(new double[] {3600, 6600}, small.arena(), "the bosses' home scales with the map");

        assertEquals(Set.of("sandbox"), changed(d, d.withSandbox(true)));
        assertTrue(d.withSandbox(true).sandbox());
        assertEquals(Set.of("maxPlayers"), changed(d, d.withMaxPlayers(5)));
        assertEquals(5, d.withMaxPlayers(5).maxPlayers());

        GameConfig chained = d.withMaxPlayers(5).withMapSize(1000).withSandbox(true);
        assertEquals(Set.of("mapSize", "maxPlayers", "sandbox"), changed(d, chained));
        assertEquals(d, GameConfig.defaults(), "the defaults are not changed by a copy");
    }
}
