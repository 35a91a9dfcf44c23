package dev.moomoo.game.entity;

import dev.moomoo.game.data.ItemBehaviour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A player's standing buildings and how many of each item group: they outlive its deaths, not its leaving. */
public final class OwnedBuildings {
    private final List<Building> standing = new ArrayList<>();
    private final int[] perGroup;
    /** Points per second of the standing mills, kept as they come and go. */
    private double pointsPerSecond;

    OwnedBuildings(int groups) {
        perGroup = new int[groups];
    }

    /** Its standing buildings, in the order they were built. */
    public List<Building> standing() {
        return Collections.unmodifiableList(standing);
    }

    public int count(int group) {
        return perGroup[group];
    }

    /** A building of its was filed. */
    public void added(Building b) {
        standing.add(b);
        perGroup[b.item().group().id()]++;
        pointsPerSecond += millPoints(b);
    }

    /** A building of its was taken off the map. */
    public void removed(Building b) {
        if (standing.remove(b)) {
            perGroup[b.item().group().id()]--;
            pointsPerSecond -= millPoints(b);
        }
    }

    /** Points per second from the player's mills. */
    public double pointsPerSecond() {
        return pointsPerSecond;
    }

    private static double millPoints(Building b) {
        return b.item().behaviour() instanceof ItemBehaviour.Mill m ? m.points() : 0;
    }
}
