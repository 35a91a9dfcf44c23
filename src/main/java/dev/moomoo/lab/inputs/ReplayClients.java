package dev.moomoo.lab.inputs;

import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outside clients of a replay, seated again from their journal entries: each has an unbounded inbox
 * (the journal hands it exactly what the tick took) and a sink that takes everything but what the
 * journal says the live sink refused in the tick being replayed.
 */
final class ReplayClients {
    private final Map<String, Client> byId = new HashMap<>(); // lookups only, never walked
    private final Map<String, List<String>> refusals = new HashMap<>(); // this tick's, by client id

    Client client(ClientRef ref) {
        return byId.computeIfAbsent(ref.id(),
                id -> new Client(id, new Sink(id), Integer.MAX_VALUE, ref.address(), ref.display(), ref.drawing()));
    }

    /** The refusals the journal recorded for the next tick, replacing the last tick's. */
    void refusals(List<JournalEvent.Refusal> next) {
        refusals.clear();
        for (JournalEvent.Refusal r : next) {
            refusals.computeIfAbsent(r.client().id(), id -> new ArrayList<>()).add(r.code() == null ? UPDATE : r.code());
        }
    }

    private static final String UPDATE = "";

    /** Takes a refusal of {@code code} from this tick's for client {@code id}: the first packet of that kind is refused. */
    private boolean refuses(String id, String code) {
        List<String> left = refusals.get(id);
        return left != null && left.remove(code);
    }

    private final class Sink implements PacketSink {
        private final String id;

        Sink(String id) {
            this.id = id;
        }

        @Override
        public boolean send(ServerPacket packet) {
            return !refuses(id, packet.getClass().getSimpleName());
        }

        @Override
        public boolean sendUpdate(List<ServerPacket.PlayerState> players) {
            return !refuses(id, UPDATE);
        }

        @Override
        public void disconnect(DisconnectReason reason, String message) {
            // nothing to close: the journal says when the network reported it gone
        }
    }
}
