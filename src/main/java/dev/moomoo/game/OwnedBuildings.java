package dev.moomoo.game;

import java.util.ArrayList;
import java.util.List;

/** A player's standing buildings and how many of each item group: they outlive its deaths, not its leaving. */
final class OwnedBuildings {
    final List<Building> standing = new ArrayList<>();
    private final int[] perGroup;
    /** Points per second of the standing mills, kept as they come and go. */
    private double pointsPerSecond;

    OwnedBuildings(int groups) {
        perGroup = new int[groups];
    }

    int count(int group) {
        return perGroup[group];
    }

    void added(Building s) {
        standing.add(s);
        perGroup[s.item().group().id()]++;
        pointsPerSecond += millPoints(s);
    }

    void removed(Building s) {
        if (standing.remove(s)) {
            perGroup[s.item().group().id()]--;
            pointsPerSecond -= millPoints(s);
        }
    }

    /** Points per second from the player's mills. */
    double pointsPerSecond() {
        return pointsPerSecond;
    }

    private static double millPoints(Building s) {
        return s.item().behaviour() instanceof dev.moomoo.game.data.ItemBehaviour.Mill m ? m.points() : 0;
    }
}
