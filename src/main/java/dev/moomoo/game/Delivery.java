package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

import java.util.BitSet;
import java.util.List;

/** The world's {@link Outbound}: hands packets to the clients' sinks and drops clients that fall behind. */
final class Delivery implements Outbound {
    private final Roster roster;
    private final Departures departures;
    private final int slowClientTicks;

    Delivery(Roster roster, Departures departures, int slowClientTicks) {
        this.roster = roster;
        this.departures = departures;
        this.slowClientTicks = slowClientTicks;
    }

    @Override
    public void send(Client c, ServerPacket packet) {
        if (!c.dropped() && !c.sink().send(packet)) {
            departures.disconnect(c, DisconnectReason.TOO_SLOW, "connection too slow");
        }
    }

    @Override
    public void sendUpdate(Player p, List<ServerPacket.PlayerState> players) {
        Client c = p.client();
        if (c.dropped()) {
            return;
        }
        if (c.sink().sendUpdate(players)) {
            c.caughtUp();
        } else if (c.fellBehind() > slowClientTicks) {
            departures.disconnect(c, DisconnectReason.TOO_SLOW, "connection too slow");
        }
    }

    @Override
    public void toViewersOf(Player subject, ServerPacket packet) {
        roster.grid().query(subject.x, subject.y, View.HALF_WIDTH, View.HALF_HEIGHT, q -> {
            if (q.alive && q.playersInView.get(subject.sid())) {
                send(q, packet);
            }
        });
    }

    @Override
    public void toViewersOf(WorldObject object, ServerPacket packet) {
        roster.grid().query(object.x(), object.y(), View.HALF_WIDTH, View.HALF_HEIGHT, q -> {
            if (q.alive && q.objectsSent.get(object.sid())) {
                send(q, packet);
            }
        });
    }

    @Override
    public void toReceiversOf(WorldObject object, ServerPacket packet) {
        BitSet to = object.sentTo;
        for (int sid = to.nextSetBit(0); sid >= 0; sid = to.nextSetBit(sid + 1)) {
            Player p = roster.bySid(sid);
            if (p != null) {
                send(p, packet);
            }
        }
    }
}
