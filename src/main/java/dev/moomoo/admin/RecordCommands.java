package dev.moomoo.admin;

import dev.moomoo.game.WorldAdmin;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.lab.record.Bounds;
import dev.moomoo.lab.record.Recorder;
import dev.moomoo.lab.record.RecordingSummary;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.lab.record.Scope;

import java.util.Locale;

/**
 * The commands {@code record} and {@code mark}: a recording of this world, one connection or one player
 * into {@code <state-dir>/recordings} (src/site/recording-format.md), and markers on its timeline. The
 * commands run on the tick thread and only hand over: the recorder makes its file and writes on a thread of
 * its own, and a file it could not make is told in the log and by {@code record}.
 */
final class RecordCommands {
    static final String USAGE = "record world|connection <id>|player <sid> [for <seconds>] [max <MB>] [keep <files>] | record off | record";
    static final String HELP = "record the packet lab's frames into the state directory's recordings: a new file after each "
            + Bounds.DEFAULT_MAX_SECONDS + " s or " + (Bounds.DEFAULT_MAX_BYTES >> 20) + " MB (for, max), the newest "
            + Bounds.DEFAULT_KEEP + " kept (keep); a player is followed across reconnects";

    private final AdminContext context;

    RecordCommands(AdminContext context) {
        this.context = context;
    }

    String record(CommandArgs a, WorldAdmin w) {
        Recordings recordings = context.recordings();
        String world = context.world().name();
        if (a.size() == 0) {
            Recorder r = recordings.running(world);
            if (r != null) {
                return "recording " + status(r);
            }
            String failure = recordings.failure(world);
            return "not recording in world " + world + " (recordings go to " + recordings.dir() + ")"
                    + (failure == null ? "" : "; the last recording failed: " + failure);
        }
        return switch (a.word(0).toLowerCase(Locale.ROOT)) {
            case "off" -> {
                a.atMost(1);
                Recorder r = recordings.stop(world, RecordingSummary.Ended.STOPPED);
                yield r == null ? "not recording in world " + world : "recording stopped: " + status(r);
            }
            case "world" -> start(a, w, new Scope.World(world), 1);
            case "connection" -> {
                String id = a.word(1);
                if (w.clients().stream().map(Client::id).noneMatch(id::equals)) {
                    throw a.wrong("no connection '" + id + "' in world " + world);
                }
                yield start(a, w, new Scope.Connection(world, id), 2);
            }
            case "player" -> {
                int sid = (int) a.integer(1, "sid", 1, Integer.MAX_VALUE);
                Player p = w.playerBySid(sid);
                if (p == null) {
                    throw a.wrong("no player with sid " + sid);
                }
                yield start(a, w, new Scope.Player(world, sid, p.client().id()), 2);
            }
            default -> throw a.wrong("first word must be world, connection, player or off");
        };
    }

    /** Starts recording {@code scope} with the bounds the words from {@code from} on give. */
    private String start(CommandArgs a, WorldAdmin w, Scope scope, int from) {
        long seconds = Bounds.DEFAULT_MAX_SECONDS;
        long megabytes = Bounds.DEFAULT_MAX_BYTES >> 20;
        int keep = Bounds.DEFAULT_KEEP;
        for (int i = from; i < a.size(); i += 2) {
            String option = a.word(i).toLowerCase(Locale.ROOT);
            switch (option) {
                case "for" -> seconds = a.integer(i + 1, "seconds", 1, 86_400);
                case "max" -> megabytes = a.integer(i + 1, "MB", 1, 4096);
                case "keep" -> keep = (int) a.integer(i + 1, "files", 1, 1000);
                default -> throw a.wrong("unknown option '" + option + "' (for, max or keep)");
            }
        }
        try {
            context.recordings().start(scope, w.config().seed(), new Bounds(megabytes << 20, seconds, keep), context.keyframes());
            return "recording " + Recordings.describe(scope) + " into " + context.recordings().dir()
                    + ": a new file after " + seconds + " s or " + megabytes + " MB, the newest " + keep + " kept; record off stops it";
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    String mark(CommandArgs a, WorldAdmin w) {
        String text = a.rest(0);
        String world = context.world().name();
        Recorder r = context.recordings().running(world);
        if (r == null) {
            return "not recording in world " + world + ": nothing to mark (record starts a recording)";
        }
        return r.mark(text, a.origin(), w.tickCount()) ? "marked at tick " + w.tickCount() + ": " + text
                : "not marked: too many markers wait to be written";
    }

    private static String status(Recorder r) {
        Recorder.Status s = r.status();
        String file = s.file() == null ? "file not made yet" : String.format(Locale.ROOT, "file %s (part %d, %d bytes so far)", s.file(), s.part(), s.bytes());
        return String.format(Locale.ROOT, "%s: %d frame(s), %d missed, %d marker(s), %d s, %s",
                Recordings.describe(s.scope()), s.frames(), s.missed(), s.markers(), s.seconds(), file);
    }
}
