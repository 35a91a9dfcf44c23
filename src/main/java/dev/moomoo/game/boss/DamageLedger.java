package dev.moomoo.game.boss;

import dev.moomoo.game.entity.Player;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How much of a boss's health each player took since it last came: who earns a share of its death. */
final class DamageLedger {
    private final Map<Player, Double> taken = new LinkedHashMap<>();

    void add(Player p, double amount) {
        taken.merge(p, amount, Double::sum);
    }

    double takenBy(Player p) {
        return taken.getOrDefault(p, 0.0);
    }

    /** The players still connected who took at least {@code least}, in the order they first struck. */
    List<Player> atLeast(double least) {
        List<Player> out = new ArrayList<>();
        taken.forEach((p, amount) -> {
            if (amount >= least && !p.client().dropped()) {
                out.add(p);
            }
        });
        return out;
    }

    void clear() {
        taken.clear();
    }
}
