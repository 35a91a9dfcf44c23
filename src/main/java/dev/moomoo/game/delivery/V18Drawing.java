package dev.moomoo.game.delivery;

import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * What a v1.8 client is sent in place of what it cannot draw (src/site/rules.md#older-clients): the v1.8
 * client throws on an animal type above 8 (its {@code I} handler reads a table entry it lacks) and on a
 * weapon variant above 3 (it builds the weapon's sprite name from a variant entry it lacks), and fetches
 * a picture that does not exist for a hat above 58.
 *
 * <ul>
 *   <li>An animal of a kind it lacks is shown as the kind the animal table names for it ({@code v18}):
 *   a boar as a bull, a yeti as a bully, a sheep as a cow, the crabs as wolves. Not hiding it: a
 *   charger a player cannot see would hurt it from nowhere. Its health is sent as the same share of
 *   the stand-in's, so the health bar the client draws from its own table is right.</li>
 *   <li>A hat it lacks is sent as none (0): hats are looks, and another hat would tell of effects the
 *   player does not have; the {@code 5} that a hat it lacks is owned or worn is not sent.</li>
 *   <li>The emerald variant is sent as the ruby, the best it has, which the player passed on the way.</li>
 * </ul>
 * Packets without any of these are passed on as they are (the same instance: still encoded once for all).
 * Tick thread only: the list of player states is reused.
 */
public final class V18Drawing {
    /** The last hat and weapon variant the v1.8 client has. */
    static final int LAST_HAT = 58;
    static final int LAST_VARIANT = 3;

    private final GameData data;
    private final List<ServerPacket.PlayerState> states = new ArrayList<>();

    public V18Drawing(GameData data) {
        this.data = data;
    }

    /** What {@code client} is sent in place of {@code packet}: adapted for a v1.8 client, else itself; null when it is sent nothing. */
    public ServerPacket shownTo(Client client, ServerPacket packet) {
        return client.drawing() == Client.Drawing.V18 ? adapt(packet) : packet;
    }

    /** The players of an {@code a} update as {@code client} is sent them (see {@link #adapt(List)}). */
    public List<ServerPacket.PlayerState> shownTo(Client client, List<ServerPacket.PlayerState> players) {
        return client.drawing() == Client.Drawing.V18 ? adapt(players) : players;
    }

    /** The packet a v1.8 client is sent in place of {@code packet}, or null when it is sent nothing. */
    public ServerPacket adapt(ServerPacket packet) {
        return switch (packet) {
            case ServerPacket.UpdateAnimals i -> animals(i);
            case ServerPacket.StoreState s -> !s.accessory() && s.id() > LAST_HAT ? null : s;
            default -> packet;
        };
    }

    /** The players of an {@code a} update as a v1.8 client can draw them: the list itself when all can be, else a reused copy. */
    public List<ServerPacket.PlayerState> adapt(List<ServerPacket.PlayerState> players) {
        int first = -1;
        for (int i = 0; i < players.size() && first < 0; i++) {
            if (!drawable(players.get(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return players;
        }
        states.clear();
        for (ServerPacket.PlayerState s : players) {
            states.add(drawable(s) ? s : new ServerPacket.PlayerState(s.sid(), s.x(), s.y(), s.dir(), s.buildIndex(), s.weaponIndex(),
                    Math.min(s.weaponVariant(), LAST_VARIANT), s.team(), s.isLeader(), s.skinIndex() > LAST_HAT ? 0 : s.skinIndex(),
                    s.tailIndex(), s.iconIndex(), s.zIndex()));
        }
        return states;
    }

    private static boolean drawable(ServerPacket.PlayerState s) {
        return s.weaponVariant() <= LAST_VARIANT && s.skinIndex() <= LAST_HAT;
    }

    private ServerPacket animals(ServerPacket.UpdateAnimals i) {
        List<ServerPacket.AnimalState> shown = null;
        for (int n = 0; n < i.animals().size(); n++) {
            ServerPacket.AnimalState a = i.animals().get(n);
            AnimalKind kind = data.animal(a.type());
            if (kind == null || kind.v18() == kind.id()) {
                if (shown != null) {
                    shown.add(a);
                }
                continue;
            }
            if (shown == null) {
                shown = new ArrayList<>(i.animals().subList(0, n));
            }
            AnimalKind standIn = data.animal(kind.v18());
            // the same share of the stand-in's health, and never 0 while it lives
            int health = a.health() <= 0 ? a.health() : Math.max(1, (int) Math.round((double) a.health() * standIn.hp() / kind.hp()));
            shown.add(new ServerPacket.AnimalState(a.sid(), standIn.id(), a.x(), a.y(), a.dir(), health, a.nameIndex()));
        }
        return shown == null ? i : new ServerPacket.UpdateAnimals(List.copyOf(shown));
    }
}
