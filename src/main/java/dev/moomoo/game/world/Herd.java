package dev.moomoo.game.world;

import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.Habitat;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.space.SpatialGrid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The world's animals: every one (present or away after dying), those present filed in a grid by
 * position, and where they (re)appear: a fixed-spawn animal where it first stood, one the console placed
 * of a kind the world never places where it was placed, any other at a random point of where its kind
 * lives (src/site/rules.md#animals).
 */
public final class Herd {
    private final List<Animal> all = new ArrayList<>();
    private final SpatialGrid<Animal> grid;
    private final double mapSize;
    private final Random random;
    private final Habitats habitats;
    private final Function<AnimalKind, Habitat> habitatOf;
    private int nextSid = 1;

    /** {@code habitatOf}: where each kind lives (its table's, or the setting's). */
    public Herd(double mapSize, Random random, Function<AnimalKind, Habitat> habitatOf) {
        this.grid = new SpatialGrid<>(mapSize, 300);
        this.mapSize = mapSize;
        this.random = random;
        this.habitats = new Habitats(mapSize);
        this.habitatOf = habitatOf;
    }

    /** Where the habitats lie on this map. */
    public Habitats habitats() {
        return habitats;
    }

    /** Where a kind lives in this world. */
    public Habitat habitat(AnimalKind kind) {
        return habitatOf.apply(kind);
    }

    public SpatialGrid<Animal> grid() {
        return grid;
    }

    public List<Animal> all() {
        return Collections.unmodifiableList(all);
    }

    public Animal[] snapshot() {
        return all.toArray(new Animal[0]);
    }

    /** A new animal at a point (clamped to the map); cows and pigs get one of the client's names. */
    public Animal add(AnimalKind kind, double x, double y) {
        return addAt(kind, clamp(x, kind.scale()), clamp(y, kind.scale()));
    }

    /** A new animal at a point its caller knows to be open ground, on the map or off it (the secret area's pools). */
    public Animal addAt(AnimalKind kind, double x, double y) {
        Animal a = new Animal(nextSid++, kind, x, y, random.nextInt(Animal.NAMES));
        a.face(random.nextDouble() * 2 * Math.PI);
        all.add(a);
        a.fileIn(grid.insert(a));
        return a;
    }

    /** A new animal at a random point of where its kind lives. */
    public Animal addInHabitat(AnimalKind kind) {
        double[] at = habitats.randomPoint(habitat(kind), kind.scale(), random);
        return add(kind, at[0], at[1]);
    }

    /** Takes a dead animal off the map for {@code millis}. */
    public void sendAway(Animal a, double millis) {
        grid.remove(a, a.cell());
        a.goAway(millis);
    }

    /** Puts an animal (back) where it appears, at full health and with a fresh mind; files it if it was away. */
    public void respawn(Animal a, boolean wasAway) {
        AnimalKind k = a.kind();
        Habitat lives = habitat(k);
        if (k.fixedSpawn() || lives == Habitat.NONE) {
            a.comeBack(a.homeX(), a.homeY());
        } else {
            double[] at = habitats.randomPoint(lives, k.scale(), random);
            a.comeBack(at[0], at[1]);
        }
        a.fileIn(wasAway ? grid.insert(a) : grid.move(a, a.cell()));
    }

    /** An animal moved: it is filed again. */
    public void moved(Animal a) {
        a.fileIn(grid.move(a, a.cell()));
    }

    private double clamp(double v, double margin) {
        return Math.min(Math.max(v, margin), mapSize - margin);
    }
}
