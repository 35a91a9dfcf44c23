package dev.moomoo.admin;

import dev.moomoo.game.WorldAdmin;
import dev.moomoo.game.entity.Player;
import dev.moomoo.gateway.Spectators;
import dev.moomoo.lab.record.Scope;
import dev.moomoo.lab.replay.Control;
import dev.moomoo.lab.replay.ReplayTimeline;
import dev.moomoo.lab.replay.Show;
import dev.moomoo.lab.replay.Shows;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The commands {@code replay} and {@code spectate} (README, "Replays and spectating"): a recording played
 * back, or a player's view live, to the next game connection from one address, and the controls of what
 * is shown. The target is required: a show armed for any address would be handed to whichever player
 * connects next. {@code to page} answers a watch link instead ({@code /?world=<w>&watch=<token>}), which
 * the own client opens as a spectator from anywhere, once: how the inspector's page offers both. A
 * recording is read when the spectator connects, never on the tick thread ({@link Shows}).
 */
final class ReplayCommands {
    /** The target {@code to page}: a watch link for the own client instead of an address. */
    static final String PAGE = "page";
    static final String REPLAY_USAGE = "replay <file> [view <sid>] to <address>|page | replay pause|play|speed <0.25-4>|seek <m:ss> | replay";
    static final String REPLAY_HELP = "play a recording back to the next game connection from an IP address, "
            + "armed for " + Spectators.ARMED_FOR.toMinutes() + " minutes: its client, of any profile, shows what the player saw; "
            + "view <sid> picks the player (needed for a recording of a whole world); to page: a watch link for the own client at /, good once; "
            + "pause, speed and seek here or with /pause, /speed 2, /seek 1:30 in its chat; replay alone lists what waits and what is shown";
    static final String SPECTATE_USAGE = "spectate <sid> to <address>|page";
    static final String SPECTATE_HELP = "show a player's view live to the next game connection from an IP address (armed for "
            + Spectators.ARMED_FOR.toMinutes() + " minutes; to page: a watch link for the own client at /), following it across a reconnect";

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
        ReplayTimeline.View view = new ReplayTimeline.View.Recorded();
        String label = "replay of " + file;
        if (a.size() == 5 && a.word(1).equalsIgnoreCase("view")) {
            int sid = (int) a.integer(2, "sid", 0, Integer.MAX_VALUE);
            view = new ReplayTimeline.View.Player(sid);
            label += " (player " + sid + ")";
            a = new CommandArgs(REPLAY_USAGE, new String[] {file, a.word(3), a.word(4)}, a.origin()); // <file> to <address>, as without a view
        }
        String address = to(a);
        return arm(a, address, label, Shows.replay(context.recordings(), file, view));
    }

    String spectate(CommandArgs a, WorldAdmin w) {
        int sid = (int) a.integer(0, "sid", 1, Integer.MAX_VALUE);
        String address = to(a);
        Player p = w.playerBySid(sid);
        if (p == null) {
            throw a.wrong("no player with sid " + sid);
        }
        Scope.Player scope = new Scope.Player(context.world().name(), sid, p.client().id());
        return arm(a, address, "live view of player " + sid, Shows.live(context.lab(), context.keyframes(), scope));
    }

    /** The path of the own client's page that takes the show armed with {@code token}, in this world. */
    private String watchLink(String token) {
        return "/?world=" + URLEncoder.encode(context.world().name(), StandardCharsets.UTF_8) + "&" + Spectators.WATCH_PARAMETER + "=" + token;
    }

    /** The address of the words {@code to <address>} (or {@code to page}) that must follow the first. */
    private static String to(CommandArgs a) {
        if (a.size() != 3 || !a.word(1).equalsIgnoreCase("to")) {
            throw a.wrong("after the first word: to <address>, the IP address the spectator connects from, or to page");
        }
        return a.word(2);
    }

    /**
     * Arms the show {@code maker} makes for the next connection from {@code address}, or with {@code to page}
     * for the own client's page that opens the watch link of the answer; a line saying so, or why not.
     */
    private String arm(CommandArgs a, String address, String label, Show.Maker maker) {
        try {
            if (address.equalsIgnoreCase(PAGE)) {
                String token = context.spectators().armForPage(label, maker);
                return label + " armed for one page, for " + Spectators.ARMED_FOR.toMinutes() + " minutes: " + watchLink(token);
            }
            String from = context.spectators().arm(address, label, maker);
            return label + " armed for the next game connection from " + from + ", for " + Spectators.ARMED_FOR.toMinutes() + " minutes";
        } catch (IllegalArgumentException e) {
            throw a.wrong(e.getMessage());
        } catch (IllegalStateException full) {
            return full.getMessage();
        }
    }
}
