package dev.moomoo.game.delivery;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Receivers;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.journal.JournalSlot;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.space.View;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/** The world's {@link Outbound}: hands packets to the clients' sinks and drops clients that fall behind. */
public final class Delivery implements Outbound {
    private final Roster roster;
    private final Departures departures;
    private final int slowClientTicks;
    private final V18Drawing v18;
    private final JournalSlot journal;

    public Delivery(Roster roster, Departures departures, int slowClientTicks, V18Drawing v18, JournalSlot journal) {
        this.roster = roster;
        this.journal = journal;
        this.departures = departures;
        this.slowClientTicks = slowClientTicks;
        this.v18 = v18;
    }

    @Override
    public void send(Client c, ServerPacket packet) {
        packet = v18.shownTo(c, packet);
        if (packet == null) {
            return;
        }
        if (!c.dropped() && !c.sink().send(packet)) {
            if (!c.isBot()) { // a sink's refusal is the network's doing: a replay must be told it (src/site/input-journal.md)
                journal.get().sinkRefused(c, packet.getClass().getSimpleName());
            }
            departures.disconnect(c, DisconnectReason.TOO_SLOW, "connection too slow");
        }
    }

    @Override
    public void sendUpdate(Player p, List<ServerPacket.PlayerState> players) {
        Client c = p.client();
        if (c.dropped()) {
            return;
        }
        if (c.sink().sendUpdate(v18.shownTo(c, players))) {
            c.caughtUp();
            return;
        }
        if (!c.isBot()) {
            journal.get().sinkRefused(c, null);
        }
        if (c.fellBehind() > slowClientTicks) {
            departures.disconnect(c, DisconnectReason.TOO_SLOW, "connection too slow");
        }
    }

    @Override
    public void toViewersOf(Player subject, ServerPacket packet) {
        roster.grid().query(subject.x(), subject.y(), View.HALF_WIDTH, View.HALF_HEIGHT, q -> {
            if (q.alive() && q.sight().hasPlayer(subject.sid())) {
                send(q, packet);
            }
        });
    }

    @Override
    public void toViewersOf(WorldObject object, ServerPacket packet) {
        roster.grid().query(object.x(), object.y(), View.HALF_WIDTH, View.HALF_HEIGHT, q -> {
            if (q.alive() && q.sight().hasObject(object.sid())) {
                send(q, packet);
            }
        });
    }

    @Override
    public void toReceiversOf(WorldObject object, ServerPacket packet) {
        Receivers to = object.receivers();
        for (int sid = to.next(0); sid >= 0; sid = to.next(sid + 1)) {
            Player p = roster.bySid(sid);
            if (p != null) {
                send(p, packet);
            }
        }
    }

    @Override
    public void toReceiversOfAny(Collection<? extends WorldObject> objects, ServerPacket packet) {
        BitSet told = new BitSet();
        for (WorldObject o : objects) {
            o.receivers().addTo(told);
        }
        for (int sid = told.nextSetBit(0); sid >= 0; sid = told.nextSetBit(sid + 1)) {
            Player p = roster.bySid(sid);
            if (p != null) {
                send(p, packet);
            }
        }
    }
}
