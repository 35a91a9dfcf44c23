package dev.moomoo.game;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.ServerPacket;

/** What the game tests' clients were sent, as their {@link RecordingSink}s hold it. */
final class Sinks {
    private Sinks() {
    }

    static RecordingSink sink(Client c) {
        return (RecordingSink) c.sink();
    }

    static RecordingSink sink(Player p) {
        return sink(p.client());
    }

    /** Forgets what the players were sent so far. */
    static void clear(Player... players) {
        for (Player p : players) {
            sink(p).clear();
        }
    }

    /** Whether {@code viewer} was ever sent the object of {@code sid} ({@code H}). */
    static boolean wasSent(Player viewer, int sid) {
        return sink(viewer).all(ServerPacket.AddObjects.class).stream()
                .flatMap(h -> h.objects().stream()).anyMatch(o -> o.sid() == sid);
    }

    /** {@code p} as the last {@code a} {@code viewer} got shows it, or null when it was not in it. */
    static ServerPacket.PlayerState seenBy(Player viewer, Player p) {
        return sink(viewer).latestUpdate().stream().filter(s -> s.sid() == p.sid()).findFirst().orElse(null);
    }
}
