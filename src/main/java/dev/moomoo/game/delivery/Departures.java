package dev.moomoo.game.delivery;

import dev.moomoo.game.journal.Arrival;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.world.Roster;
import org.tinylog.Logger;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Clients on their way out: those the network side reports gone (any thread) and those the world
 * disconnects itself. Either way they leave at the start of the next tick, never in the middle of a
 * phase's loop over the players.
 */
public final class Departures {
    private final String world;
    private final Roster roster;
    private final ConcurrentLinkedQueue<Arrival> leaving = new ConcurrentLinkedQueue<>();

    public Departures(String world, Roster roster) {
        this.world = world;
        this.roster = roster;
    }

    /** Queues a client to leave, saying why (the world's own reason, if it disconnected it, is kept). Any thread. */
    public void leave(Client client, String reason) {
        client.noteLeaveReason(reason);
        leaving.add(new Arrival(client, true));
    }

    /** Queues one of the world's own clients (a bot) to leave. Tick thread. */
    public void leaveFromWorld(Client client, String reason) {
        client.noteLeaveReason(reason);
        leaving.add(new Arrival(client, false));
    }

    /** Ends a client's connection: its sink sends what is queued, then closes; the client leaves next tick. Tick thread. */
    public void disconnect(Client c, DisconnectReason reason, String message) {
        disconnect(c, reason, message, false);
    }

    /**
     * As {@link #disconnect(Client, DisconnectReason, String)}, for someone outside the world (another
     * world's admin): the leave is then one from outside, which an input journal records with its client. Tick thread.
     */
    public void disconnectFromOutside(Client c, DisconnectReason reason, String message) {
        disconnect(c, reason, message, true);
    }

    private void disconnect(Client c, DisconnectReason reason, String message, boolean outside) {
        String why = switch (reason) {
            case SERVER_FULL -> "refused: the server is full";
            case KICKED -> "kicked: " + message;
            case BANNED -> "banned";
            case TOO_SLOW -> "dropped: " + message;
        };
        if (!c.drop(why)) {
            return;
        }
        Logger.debug("{}: disconnecting {}: {} ({})", world, roster.describe(c), message, reason);
        c.sink().disconnect(reason, message);
        leaving.add(new Arrival(c, outside));
    }

    /** The next client to take out of the world, and whether it was the world's own doing, or null. */
    public Arrival poll() {
        return leaving.poll();
    }
}
