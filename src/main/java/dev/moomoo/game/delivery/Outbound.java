package dev.moomoo.game.delivery;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ServerPacket;

import java.util.Collection;
import java.util.List;

/**
 * The port through which the game's systems send packets. Who a packet goes to is decided here from
 * what each client was sent before, never by the systems walking the clients themselves.
 */
public interface Outbound {
    /** To one client; one too far behind is disconnected. */
    void send(Client client, ServerPacket packet);

    default void send(Player player, ServerPacket packet) {
        send(player.client(), packet);
    }

    /** This tick's {@code a} update for {@code viewer} (the list is the caller's and reused after the call). */
    void sendUpdate(Player viewer, List<ServerPacket.PlayerState> players);

    /** To every living player that has {@code subject} in view (it and those who were sent its {@code D}). */
    void toViewersOf(Player subject, ServerPacket packet);

    /** To every living player near {@code object} that was sent it: for what is only seen, like a hit's wiggle. */
    void toViewersOf(WorldObject object, ServerPacket packet);

    /** To every client that was sent {@code object} and not told of its removal, wherever it is now. */
    void toReceiversOf(WorldObject object, ServerPacket packet);

    /** Once to every client that was sent any of {@code objects} and not told of its removal. */
    void toReceiversOfAny(Collection<? extends WorldObject> objects, ServerPacket packet);
}
