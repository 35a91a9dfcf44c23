package dev.moomoo.game;

import java.util.ArrayList;
import java.util.List;

/** A player's standing buildings and how many of each item group: they outlive its deaths, not its leaving. */
final class Buildings {
    final List<Structure> standing = new ArrayList<>();
    private final int[] perGroup;

    Buildings(int groups) {
        perGroup = new int[groups];
    }

    int count(int group) {
        return perGroup[group];
    }

    void added(Structure s) {
        standing.add(s);
        perGroup[s.item().group().id()]++;
    }

    void removed(Structure s) {
        if (standing.remove(s)) {
            perGroup[s.item().group().id()]--;
        }
    }

    /** Points per second from the player's mills. */
    double pointsPerSecond() {
        double pps = 0;
        for (Structure s : standing) {
            if (s.item().behaviour() instanceof dev.moomoo.game.data.ItemBehaviour.Mill m) {
                pps += m.points();
            }
        }
        return pps;
    }
}
