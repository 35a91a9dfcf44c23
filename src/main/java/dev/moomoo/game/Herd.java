package dev.moomoo.game;

import dev.moomoo.game.data.AnimalKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The world's animals: every one (present or away after dying), those present filed in a grid by
 * position, and where they (re)appear: a fixed-spawn animal where it first stood, any other at a random
 * point of the map.
 */
final class Herd {
    private final List<Animal> all = new ArrayList<>();
    private final SpatialGrid<Animal> grid;
    private final double mapSize;
    private final Random random;
    private int nextSid = 1;

    Herd(double mapSize, Random random) {
        this.grid = new SpatialGrid<>(mapSize, 300);
        this.mapSize = mapSize;
        this.random = random;
    }

    SpatialGrid<Animal> grid() {
        return grid;
    }

    List<Animal> all() {
        return Collections.unmodifiableList(all);
    }

    Animal[] snapshot() {
        return all.toArray(new Animal[0]);
    }

    /** A new animal at a point (clamped to the map); cows and pigs get one of the client's names. */
    Animal add(AnimalKind kind, double x, double y) {
        Animal a = new Animal(nextSid++, kind, clamp(x, kind.scale()), clamp(y, kind.scale()), random.nextInt(Animal.NAMES));
        a.dir = random.nextDouble() * 2 * Math.PI;
        all.add(a);
        a.cell = grid.insert(a);
        return a;
    }

    /** A new animal at a random point of the map. */
    Animal addAnywhere(AnimalKind kind) {
        return add(kind, randomCoordinate(kind.scale()), randomCoordinate(kind.scale()));
    }

    /** Takes a dead animal off the map for {@code millis}. */
    void sendAway(Animal a, double millis) {
        grid.remove(a, a.cell);
        a.awayMillis = millis;
    }

    /** Puts an animal (back) where it appears, at full health and with a fresh mind; files it if it was away. */
    void respawn(Animal a, boolean wasAway) {
        AnimalKind k = a.kind();
        a.x = k.fixedSpawn() ? a.homeX : randomCoordinate(k.scale());
        a.y = k.fixedSpawn() ? a.homeY : randomCoordinate(k.scale());
        a.vx = 0;
        a.vy = 0;
        a.health = k.hp();
        a.awayMillis = 0;
        a.runFrom = null;
        a.chargeTarget = null;
        a.charging = false;
        a.strikeMillis = 0;
        a.moveMillis = 0;
        a.waitMillis = 1000;
        a.poison.clear();
        a.trapped = false;
        a.cell = wasAway ? grid.insert(a) : grid.move(a, a.cell);
    }

    void moved(Animal a) {
        a.cell = grid.move(a, a.cell);
    }

    private double randomCoordinate(double margin) {
        return margin + random.nextDouble() * (mapSize - 2 * margin);
    }

    private double clamp(double v, double margin) {
        return Math.min(Math.max(v, margin), mapSize - margin);
    }
}
