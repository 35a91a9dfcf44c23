package dev.moomoo.admin;

import dev.moomoo.game.WorldAdmin;
import dev.moomoo.game.entity.Player;
import dev.moomoo.gateway.Spectators;
import dev.moomoo.lab.record.Scope;
import dev.moomoo.lab.replay.Control;
import dev.moomoo.lab.replay.Shows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The commands {@code replay} and {@code spectate} (README, "Replays and spectating"): a recording played
 * back, or a player's view live, to the next game connection from an address, and the controls of what
 * is shown. A recording is read on a virtual thread of its own, never on the tick thread ({@link Shows}).
 */
final class ReplayCommands {
    static final String REPLAY_USAGE = "replay <file> [to <address>] | replay pause|play|speed <0.25-4>|seek <m:ss> | replay";
    static final String REPLAY_HELP = "play a recording of one player (record player) back to the next game connection from an address (or any): "
            + "its client shows what the player saw; pause, speed and seek here or with /pause, /speed 2, /seek 1:30 in its chat";
    static final String SPECTATE_USAGE = "spectate <sid> [to <address>]";
    static final String SPECTATE_HELP = "show a player's view live to the next game connection from an address (or any), following it across a reconnect";

    private final AdminContext context;

    ReplayCommands(AdminContext context) {
        this.context = context;
    }

    String replay(CommandArgs a, WorldAdmin w) {
        Spectators spectators = context.spectators();
        if (a.size() == 0) {
            List<String> lines = new ArrayList<>(spectators.running());
            lines.addAll(spectators.waiting());
            return lines.isEmpty() ? "no replay or live view in world " + context.world().name() : String.join("\n", lines);
        }
        String first = a.word(0).toLowerCase(Locale.ROOT);
        if (List.of("pause", "play", "speed", "seek").contains(first)) {
            Control control;
            try {
                control = Control.parse(a.rest(0));
            } catch (IllegalArgumentException e) {
                throw a.wrong(e.getMessage());
            }
            List<String> lines = spectators.control(control);
            return lines.isEmpty() ? "nothing is being shown" : String.join("\n", lines);
        }
        String file = a.word(0);
        String address = to(a, 1);
        spectators.arm(address, "replay of " + file, Shows.replay(context.recordings(), file));
        return "replay of " + file + " armed for the next game connection from " + (address == null ? "any address" : address);
    }

    String spectate(CommandArgs a, WorldAdmin w) {
        int sid = (int) a.integer(0, "sid", 1, Integer.MAX_VALUE);
        Player p = w.playerBySid(sid);
        if (p == null) {
            throw a.wrong("no player with sid " + sid);
        }
        String address = to(a, 1);
        Scope.Player scope = new Scope.Player(context.world().name(), sid, p.client().id());
        context.spectators().arm(address, "live view of player " + sid, Shows.live(context.lab(), context.keyframes(), scope));
        return "live view of player " + sid + " armed for the next game connection from " + (address == null ? "any address" : address);
    }

    /** The address after {@code to} at word {@code i}, or null when the words end there. */
    private static String to(CommandArgs a, int i) {
        if (a.size() <= i) {
            return null;
        }
        if (!a.word(i).equalsIgnoreCase("to") || a.size() != i + 2) {
            throw a.wrong("after the first word, only: to <address>");
        }
        return a.word(i + 1);
    }
}
