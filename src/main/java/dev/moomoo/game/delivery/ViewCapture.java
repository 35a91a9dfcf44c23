package dev.moomoo.game.delivery;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An {@link Outbound} that keeps, in order, what the systems would send one client, adapted as the
 * world's delivery adapts it for a v1.8 client ({@link V18Drawing}), instead of sending it: how a
 * recording's keyframe is made from the very code that greets a player and shows it its view. Only the
 * one-client sends are used by that code; the broadcasts are refused. Tick thread only.
 */
public final class ViewCapture implements Outbound {
    private final Client client;
    private final V18Drawing v18;
    private final List<ServerPacket> packets = new ArrayList<>();

    public ViewCapture(Client client, V18Drawing v18) {
        this.client = client;
        this.v18 = v18;
    }

    /** What was sent so far, in order. */
    public List<ServerPacket> packets() {
        return List.copyOf(packets);
    }

    @Override
    public void send(Client c, ServerPacket packet) {
        if (c != client) {
            throw new IllegalArgumentException("a view capture keeps one client's packets");
        }
        ServerPacket shown = v18.shownTo(c, packet);
        if (shown != null) {
            packets.add(shown);
        }
    }

    @Override
    public void sendUpdate(Player viewer, List<ServerPacket.PlayerState> players) {
        packets.add(new ServerPacket.UpdatePlayers(List.copyOf(v18.shownTo(viewer.client(), players)))); // the list is reused by its sender
    }

    @Override
    public void toViewersOf(Player subject, ServerPacket packet) {
        throw new UnsupportedOperationException("a view capture keeps one client's packets");
    }

    @Override
    public void toViewersOf(WorldObject object, ServerPacket packet) {
        throw new UnsupportedOperationException("a view capture keeps one client's packets");
    }

    @Override
    public void toReceiversOf(WorldObject object, ServerPacket packet) {
        throw new UnsupportedOperationException("a view capture keeps one client's packets");
    }

    @Override
    public void toReceiversOfAny(Collection<? extends WorldObject> objects, ServerPacket packet) {
        throw new UnsupportedOperationException("a view capture keeps one client's packets");
    }
}
