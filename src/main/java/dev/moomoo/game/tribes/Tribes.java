package dev.moomoo.game.tribes;

import dev.moomoo.game.delivery.Notices;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Tribe;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tribes (src/site/rules.md#tribes): the registry of tribes by name, creating one, asking to join and the
 * leader's answer, kicking, leaving (the leader leaving ends the tribe), the tribe-mates' minimap every
 * 3 s and map pings. Every change is told as the client expects it: {@code g} and {@code 1} to everyone,
 * {@code 3} to whom it concerns and a fresh member list {@code 4} to the members that remain.
 */
public final class Tribes {
    /** The client's input allows 7 characters; the server holds names to it too. */
    static final int MAX_NAME = 7;
    static final double MINIMAP_MILLIS = 3000;
    static final double PING_MILLIS = 2200;
    /** A player founds at most one tribe in this long. */
    static final double FOUND_MILLIS = 3000;

    private final Roster roster;
    private final ObjectRegistry objects;
    private final Outbound out;
    private final Notices notices;
    private final GameClock clock;
    /** By lower-case name: names are unique whatever their case. */
    private final Map<String, Tribe> tribes = new LinkedHashMap<>();
    /** The tribe list as a connecting client is first sent it, replaced on each change (read by other threads). */
    private volatile List<ServerPacket.TribeInfo> published = List.of();
    private double nextMinimapAt = MINIMAP_MILLIS;

    public Tribes(Roster roster, ObjectRegistry objects, Outbound out, Notices notices, GameClock clock) {
        this.roster = roster;
        this.objects = objects;
        this.out = out;
        this.notices = notices;
        this.clock = clock;
    }

    /** Every tribe as {@code A} lists them. Any thread. */
    public List<ServerPacket.TribeInfo> list() {
        return published;
    }

    /** The tribes in the order they were founded (a view: the tick thread's). */
    public Collection<Tribe> all() {
        return Collections.unmodifiableCollection(tribes.values());
    }

    public int count() {
        return tribes.size();
    }

    /** {@code L}: a player outside any tribe founds one and leads it. */
    public void create(Player p, String raw) {
        String name = Text.sanitizeLine(raw, MAX_NAME);
        if (p.tribe() != null) {
            return; // the client offers no create button inside a tribe
        }
        double now = clock.millis();
        if (!p.cooldowns().mayFound(now, FOUND_MILLIS)) {
            return; // founding and leaving over and over would tell every client twice a tick
        }
        if (name.isEmpty()) {
            tell(p, "a tribe needs a name");
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (tribes.containsKey(key)) {
            tell(p, "there is a tribe called " + tribes.get(key).name() + " already");
            return;
        }
        p.cooldowns().founded(now);
        Tribe t = Tribe.found(name, p);
        tribes.put(key, t);
        withdrawAsking(p);
        publish();
        ServerPacket added = new ServerPacket.TribeAdded(name, p.sid());
        for (Client c : roster.clients()) {
            out.send(c, added);
        }
        out.send(p, new ServerPacket.MyTribe(name, true));
        sendMembers(t);
    }

    /** {@code b}: asks a tribe's leader to let the player in; each asker is put to the leader once. */
    public void ask(Player p, String name) {
        Tribe t = tribes.get(name.toLowerCase(Locale.ROOT));
        if (t == null || p.tribe() != null || !t.ask(p.sid())) {
            return;
        }
        out.send(t.leader(), new ServerPacket.JoinRequest(p.sid(), p.name()));
    }

    /** {@code P}: the leader lets an asker in or turns it away. */
    public void answer(Player leader, int sid, boolean accept) {
        Tribe t = leader.tribe();
        if (t == null || t.leader() != leader || !t.answer(sid)) {
            return;
        }
        Player asker = roster.bySid(sid);
        if (!accept || asker == null || asker.tribe() != null) {
            return; // turned away, gone, or in another tribe by now
        }
        t.admit(asker);
        withdrawAsking(asker);
        out.send(asker, new ServerPacket.MyTribe(t.name(), false));
        sendMembers(t);
        // Mates see each other's pit traps: a full scan sends them what they could not be sent before.
        for (Player m : t.members()) {
            m.sight().rescan();
        }
    }

    /** {@code Q}: the leader puts a member out. */
    public void kick(Player leader, int sid) {
        Tribe t = leader.tribe();
        Player member = roster.bySid(sid);
        if (t == null || t.leader() != leader || member == null || member == leader || member.tribe() != t) {
            return;
        }
        remove(t, member);
    }

    /** {@code N}, or the player left the world: a member goes; the leader going ends the tribe. */
    public void leave(Player p) {
        Tribe t = p.tribe();
        if (t == null) {
            return;
        }
        if (t.leader() == p) {
            disband(t);
        } else {
            remove(t, p);
        }
    }

    /** A player left the world: out of its tribe, and its asking forgotten (its sid will be someone else's). */
    public void forget(Player p) {
        leave(p);
        withdrawAsking(p);
    }

    /** A player in a tribe (or gone) asks no more: its requests leave the other leaders' queues. */
    private void withdrawAsking(Player p) {
        for (Tribe t : tribes.values()) {
            t.withdraw(p.sid());
        }
    }

    /** {@code S}: a ping on the minimap of every member (only its own without a tribe), one per 2.2 s. */
    public void ping(Player p) {
        double now = clock.millis();
        if (!p.cooldowns().mayPing(now, PING_MILLIS)) {
            return;
        }
        p.cooldowns().pinged(now);
        ServerPacket ping = new ServerPacket.MapPing(Math.round(p.x()), Math.round(p.y()));
        Tribe t = p.tribe();
        if (t == null) {
            out.send(p, ping);
            return;
        }
        for (Player m : t.members()) {
            out.send(m, ping);
        }
    }

    /** Every 3 s each member of a tribe is sent where its living mates are ({@code 7}; empty when it has none). */
    public void update() {
        if (!clock.reached(nextMinimapAt)) {
            return;
        }
        nextMinimapAt += MINIMAP_MILLIS;
        for (Tribe t : tribes.values()) {
            // Every member, even one alone: the client draws the last 7 it got for as long as it is in a tribe.
            for (Player m : t.members()) {
                List<Double> mates = new ArrayList<>();
                for (Player o : t.members()) {
                    if (o != m && o.alive()) {
                        mates.add((double) Math.round(o.x()));
                        mates.add((double) Math.round(o.y()));
                    }
                }
                out.send(m, new ServerPacket.Minimap(mates));
            }
        }
    }

    private void remove(Tribe t, Player member) {
        t.remove(member);
        for (Player m : t.members()) {
            unshareTraps(member, m);
        }
        out.send(member, new ServerPacket.MyTribe(null, false));
        sendMembers(t);
    }

    private void disband(Tribe t) {
        tribes.remove(t.name().toLowerCase(Locale.ROOT));
        publish();
        List<Player> members = List.copyOf(t.members());
        t.disband();
        for (Player m : members) {
            out.send(m, new ServerPacket.MyTribe(null, false));
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                unshareTraps(members.get(i), members.get(j));
            }
        }
        ServerPacket removed = new ServerPacket.TribeRemoved(t.name());
        for (Client c : roster.clients()) {
            out.send(c, removed);
        }
    }

    /** Two former mates stop seeing each other's unsprung pit traps: each is told they are gone ({@code Q}). */
    private void unshareTraps(Player a, Player b) {
        hideTraps(a, b);
        hideTraps(b, a);
    }

    /** {@code viewer} is no longer let see {@code owner}'s unsprung pit traps: those it was sent go ({@code Q}). */
    private void hideTraps(Player viewer, Player owner) {
        for (Building b : owner.buildings().standing()) {
            if (b.hidden() && objects.unsend(b, viewer)) {
                out.send(viewer, new ServerPacket.RemoveObject(b.sid()));
            }
        }
    }

    private void sendMembers(Tribe t) {
        List<ServerPacket.Member> list = new ArrayList<>(t.members().size());
        for (Player m : t.members()) {
            list.add(new ServerPacket.Member(m.sid(), m.name()));
        }
        ServerPacket members = new ServerPacket.TribeMembers(List.copyOf(list));
        for (Player m : t.members()) {
            out.send(m, members);
        }
    }

    private void publish() {
        List<ServerPacket.TribeInfo> list = new ArrayList<>(tribes.size());
        for (Tribe t : tribes.values()) {
            list.add(new ServerPacket.TribeInfo(t.name(), t.leader().sid()));
        }
        published = List.copyOf(list);
    }

    private void tell(Player p, String text) {
        notices.deliver(p.client(), text, clock.millis());
    }
}
