package dev.moomoo.game.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A tribe: its name (which is also its id on the wire), its leader, its members in joining order, and
 * who asked to join. Its membership is the one each member's {@link Player#tribe()} says: they change together.
 */
public final class Tribe {
    private final String name;
    private final Player leader;
    private final List<Player> members = new ArrayList<>();
    /** Sids that asked to join and were not answered yet, in asking order (each once). */
    private final Set<Integer> asking = new LinkedHashSet<>();

    private Tribe(String name, Player leader) {
        this.name = name;
        this.leader = leader;
    }

    /** {@code leader} founds a tribe and is its first member. */
    public static Tribe found(String name, Player leader) {
        Tribe t = new Tribe(name, leader);
        t.admit(leader);
        return t;
    }

    public String name() {
        return name;
    }

    public Player leader() {
        return leader;
    }

    /** Its members in joining order, the leader first. */
    public List<Player> members() {
        return Collections.unmodifiableList(members);
    }

    /** {@code p} is let in. */
    public void admit(Player p) {
        members.add(p);
        p.tribe(this);
    }

    /** A member goes. */
    public void remove(Player p) {
        members.remove(p);
        p.tribe(null);
    }

    /** The tribe ends: no member is in it any more. */
    public void disband() {
        for (Player m : members) {
            m.tribe(null);
        }
        members.clear();
    }

    /** {@code sid} asks to join; returns false when it asked already. */
    public boolean ask(int sid) {
        return asking.add(sid);
    }

    /** The leader answers {@code sid}'s request; returns false when it had none. */
    public boolean answer(int sid) {
        return asking.remove(sid);
    }

    /** {@code sid} asks no more (it joined a tribe, or left the world). */
    public void withdraw(int sid) {
        asking.remove(sid);
    }
}
