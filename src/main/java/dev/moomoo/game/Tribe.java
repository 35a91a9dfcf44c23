package dev.moomoo.game;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A tribe: its name (which is also its id on the wire), its leader, its members in joining order, and who asked to join. */
final class Tribe {
    private final String name;
    private final Player leader;
    final List<Player> members = new ArrayList<>();
    /** Sids that asked to join and were not answered yet, in asking order (each once). */
    final Set<Integer> asking = new LinkedHashSet<>();

    Tribe(String name, Player leader) {
        this.name = name;
        this.leader = leader;
        members.add(leader);
    }

    String name() {
        return name;
    }

    Player leader() {
        return leader;
    }
}
