package dev.moomoo.game;

import org.tinylog.Logger;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Clients on their way out: those the network side reports gone (any thread) and those the world
 * disconnects itself. Either way they leave at the start of the next tick, never in the middle of a
 * phase's loop over the players.
 */
final class Departures {
    private final String world;
    private final ConcurrentLinkedQueue<Client> leaving = new ConcurrentLinkedQueue<>();

    Departures(String world) {
        this.world = world;
    }

    /** Queues a client to leave, saying why (the world's own reason, if it disconnected it, is kept). Any thread. */
    void leave(Client client, String reason) {
        if (client.leaveReason == null) {
            client.leaveReason = reason;
        }
        leaving.add(client);
    }

    /** Ends a client's connection: its sink sends what is queued, then closes; the client leaves next tick. Tick thread. */
    void disconnect(Client c, DisconnectReason reason, String message) {
        if (c.dropped) {
            return;
        }
        c.dropped = true;
        c.leaveReason = switch (reason) {
            case SERVER_FULL -> "refused: the server is full";
            case KICKED -> "kicked: " + message;
            case BANNED -> "banned";
            case TOO_SLOW -> "dropped: " + message;
        };
        Logger.debug("{}: disconnecting {}: {} ({})", world, c, message, reason);
        c.sink().disconnect(reason, message);
        leaving.add(c);
    }

    /** The next client to take out of the world, or null. */
    Client poll() {
        return leaving.poll();
    }
}
