package dev.moomoo.lab.replay;

import dev.moomoo.game.data.GameData;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.lab.record.Recorded;
import dev.moomoo.lab.record.RecordingException;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.protocol.Profile;
import org.tinylog.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a replay plays, read from a recording: the messages one view was written (OUT frames, each the
 * msgpack of its profile before any keyed sealing), with their offsets and ticks, and that view's
 * keyframes to seek by. The view is the recording's own (one connection or player), or a player's chosen
 * by its sid ({@link View}), which a recording of a whole world needs. A greeting ({@code io-init}) is
 * left out: the spectator's connection has its own. Held in memory, at most {@link #MAX_BYTES} of messages
 * and keyframes (and all replays together at most {@link ReplayMemory}'s budget).
 */
public final class ReplayTimeline {
    /** The most message bytes a replay holds: a recording's part is bounded by its size too. */
    static final long MAX_BYTES = 512L << 20;
    /** The most sids an error names. */
    private static final int MOST_SIDS_NAMED = 20;
    private static final String GREETING = "io-init";

    public record Message(long offsetNanos, long tick, byte[] payload) {
    }

    /** Which view of a recording a replay plays (the console's {@code replay <file> view <sid>}). */
    public sealed interface View {
        /** The recording's own: everything its connection, or its player, was written. Not for a recording of a world. */
        record Recorded() implements View {
        }

        /**
         * The player with {@code sid}: the player key of the first frame (or keyframe) with that sid, followed
         * across reconnects as a recording of a player follows it; its keyframes are those of that key.
         */
        record Player(int sid) implements View {
        }
    }

    /** Opens the recording afresh: a player's view is found in one reading of the file and taken in a second. */
    @FunctionalInterface
    public interface Source {
        RecordingReader open() throws IOException, RecordingException;
    }

    /** Whose frames and keyframes a view takes: a connection's, and every connection's of a player key (none when empty). */
    private record Followed(String connectionId, String player) {
        static final Followed ALL = new Followed(null, null);

        boolean takes(String connection, String key) {
            return connectionId == null || connectionId.equals(connection) || !player.isEmpty() && player.equals(key);
        }
    }

    private final String name;
    private final String profile;
    private final List<Message> messages;
    private final List<LabKeyframe> keyframes;

    ReplayTimeline(String name, String profile, List<Message> messages, List<LabKeyframe> keyframes) {
        this.name = name;
        this.profile = profile;
        this.messages = List.copyOf(messages);
        this.keyframes = List.copyOf(keyframes);
    }

    /**
     * Reads the recording's own view from {@code reader} (closed by the caller); a file cut short plays up to
     * its cut. A recording of a whole world is refused, naming the sids it holds: name one ({@link View.Player}).
     */
    public static ReplayTimeline read(String name, RecordingReader reader) throws RecordingException {
        if (reader.info().scope().equals("world")) {
            SortedSet<Integer> sids = sids(name, reader);
            throw new RecordingException("a recording of a whole world holds many views: name one, replay <file> view <sid> to <address>; "
                    + holds(sids));
        }
        return take(name, reader, Followed.ALL);
    }

    /**
     * Reads {@code view} of the recording {@code source} opens (each reader closed here). A player's view is
     * looked for in a first reading, up to its first frame, then taken in a second; a sid the recording
     * does not hold is refused, naming those it holds.
     */
    public static ReplayTimeline read(String name, Source source, View view) throws IOException, RecordingException {
        return switch (view) {
            case View.Recorded r -> {
                try (RecordingReader reader = source.open()) {
                    yield read(name, reader);
                }
            }
            case View.Player p -> {
                Followed followed;
                try (RecordingReader reader = source.open()) {
                    followed = find(name, reader, p.sid());
                }
                try (RecordingReader reader = source.open()) {
                    yield take(name, reader, followed);
                }
            }
        };
    }

    /** The connection and player key of the first frame or keyframe with {@code sid}; an error naming the sids held when none has it. */
    private static Followed find(String name, RecordingReader reader, int sid) throws RecordingException {
        SortedSet<Integer> sids = new TreeSet<>();
        Followed[] found = new Followed[1];
        each(name, reader, r -> {
            switch (r) {
                case Recorded.Frame f when f.frame().sid() == sid -> found[0] = new Followed(f.frame().connectionId(), f.frame().player());
                case Recorded.Keyframe k when k.keyframe().sid() == sid -> found[0] = new Followed(k.keyframe().connectionId(), k.keyframe().player());
                default -> sids.addAll(sidsOf(r));
            }
            return found[0] == null;
        });
        if (found[0] == null) {
            throw new RecordingException("no player with sid " + sid + " in this recording; " + holds(sids));
        }
        return found[0];
    }

    /** Every sid of {@code reader}'s frames and keyframes. */
    private static SortedSet<Integer> sids(String name, RecordingReader reader) throws RecordingException {
        SortedSet<Integer> sids = new TreeSet<>();
        each(name, reader, r -> {
            sids.addAll(sidsOf(r));
            return true;
        });
        return sids;
    }

    private static List<Integer> sidsOf(Recorded r) {
        int sid = switch (r) {
            case Recorded.Frame f -> f.frame().sid();
            case Recorded.Keyframe k -> k.keyframe().sid();
            case Recorded.Marker m -> -1;
            case Recorded.Missed m -> -1;
        };
        return sid >= 0 ? List.of(sid) : List.of();
    }

    /** "it holds sids 3, 4 and 9", at most {@link #MOST_SIDS_NAMED} of them named. */
    private static String holds(SortedSet<Integer> sids) {
        if (sids.isEmpty()) {
            return "it holds no player's frames";
        }
        String named = sids.stream().limit(MOST_SIDS_NAMED).map(String::valueOf).collect(Collectors.joining(", "));
        return "it holds sid" + (sids.size() == 1 ? " " : "s ") + named
                + (sids.size() > MOST_SIDS_NAMED ? " and " + (sids.size() - MOST_SIDS_NAMED) + " more" : "");
    }

    /** The messages and keyframes {@code followed} takes, in the profile of the first message (a later client's are left out). */
    private static ReplayTimeline take(String name, RecordingReader reader, Followed followed) throws RecordingException {
        List<Message> messages = new ArrayList<>();
        List<LabKeyframe> keyframes = new ArrayList<>();
        String[] profile = new String[1];
        long[] bytes = new long[1];
        each(name, reader, r -> {
            switch (r) {
                case Recorded.Frame f -> {
                    LabFrame x = f.frame();
                    if (x.direction() != LabFrame.Direction.OUT || x.kind() != LabFrame.Kind.FRAME || GREETING.equals(x.code())
                            || !followed.takes(x.connectionId(), x.player())) {
                        return true;
                    }
                    if (profile[0] == null) {
                        profile[0] = x.profile();
                    } else if (!profile[0].equals(x.profile())) {
                        return true; // the player came back with another client: that one cannot be shown alike
                    }
                    bytes[0] += x.plain().length;
                    if (bytes[0] > MAX_BYTES) {
                        throw new RecordingException("more than " + (MAX_BYTES >> 20) + " MiB of messages: too long to replay in one go");
                    }
                    messages.add(new Message(f.offsetNanos(), x.tick(), x.plain()));
                }
                case Recorded.Keyframe k -> {
                    if (followed.takes(k.keyframe().connectionId(), k.keyframe().player())) {
                        bytes[0] += k.keyframe().messages().stream().mapToLong(m -> m.length).sum();
                        if (bytes[0] > MAX_BYTES) {
                            throw new RecordingException("more than " + (MAX_BYTES >> 20) + " MiB of messages: too long to replay in one go");
                        }
                        keyframes.add(k.keyframe());
                    }
                }
                case Recorded.Marker m -> {
                }
                case Recorded.Missed m -> {
                }
            }
            return true;
        });
        if (profile[0] == null) {
            throw new RecordingException("no message to the client was recorded: nothing to replay");
        }
        keyframes.removeIf(k -> !k.profile().equals(profile[0]));
        messages.sort(Comparator.comparingLong(Message::offsetNanos));
        keyframes.sort(Comparator.comparingLong(LabKeyframe::nanos));
        return new ReplayTimeline(name, profile[0], messages, keyframes);
    }

    /** What is done with each record read; false to read no further. */
    @FunctionalInterface
    private interface Reading {
        boolean next(Recorded r) throws RecordingException;
    }

    /** Hands {@code reader}'s records to {@code reading} until it or the file ends; a file cut short ends at its cut. */
    private static void each(String name, RecordingReader reader, Reading reading) throws RecordingException {
        try {
            Recorded r;
            while ((r = reader.next()) != null && reading.next(r)) {
                // read on
            }
        } catch (RecordingException e) {
            if (!e.getMessage().startsWith("cut short")) {
                throw e;
            }
            Logger.info("replay of {}: {}; played up to the cut", name, e.getMessage());
        }
    }

    /**
     * This timeline for a client of profile {@code to}: itself when {@code to} is its own profile and the client
     * draws all, else every message and keyframe re-encoded ({@link Reencoding}), those {@code to} has no packet
     * for left out (within one profile, only what needs a stand-in changes: a recording of the own client
     * played into the v1.8 client).
     * Work for a spectator's connection's thread, once, when it takes the show. {@code standIns}: the game's
     * tables, whose stand-ins a v1.8 client is sent for what it cannot draw; null for a client that draws all.
     */
    ReplayTimeline inProfile(Profile to, GameData standIns) {
        Profile from = profileNamed(profile);
        if (!Reencoding.needed(from, to, standIns)) {
            return this;
        }
        Reencoding stream = new Reencoding(from, to, standIns);
        List<LabKeyframe> shown = new ArrayList<>();
        for (LabKeyframe k : keyframes) {
            Reencoding fresh = new Reencoding(from, to, standIns); // a keyframe is a join: nothing was shown before it
            shown.add(new LabKeyframe(k.epochMillis(), k.nanos(), k.tick(), k.world(), k.connectionId(), k.player(), k.sid(), to.name(),
                    k.messages().stream().map(fresh::convert).filter(m -> m != null).toList()));
            stream.tally(fresh);
        }
        List<Message> converted = new ArrayList<>();
        int nextKeyframe = 0;
        for (Message m : messages) {
            for (; nextKeyframe < keyframes.size() && keyframes.get(nextKeyframe).nanos() <= m.offsetNanos(); nextKeyframe++) {
                keyframes.get(nextKeyframe).messages().forEach(stream::learn); // what the view held then
            }
            byte[] payload = stream.convert(m.payload());
            if (payload != null) {
                converted.add(new Message(m.offsetNanos(), m.tick(), payload));
            }
        }
        stream.report(name);
        if (converted.isEmpty()) {
            throw new IllegalArgumentException("none of this replay's messages can be shown to a client of profile " + to.name());
        }
        return new ReplayTimeline(name, to.name(), converted, shown);
    }

    /** The profile named {@code name}; an IllegalArgumentException when there is none (a recording of a later server). */
    static Profile profileNamed(String name) {
        return Profile.ALL.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("this replay was recorded in profile " + name + ", which this server does not know"));
    }

    public String name() {
        return name;
    }

    /** The bytes of its messages and keyframes: what it holds in memory, near enough. */
    long bytes() {
        long n = 0;
        for (Message m : messages) {
            n += m.payload().length;
        }
        for (LabKeyframe k : keyframes) {
            for (byte[] m : k.messages()) {
                n += m.length;
            }
        }
        return n;
    }

    /** The protocol profile the messages are written in. */
    public String profile() {
        return profile;
    }

    List<Message> messages() {
        return messages;
    }

    List<LabKeyframe> keyframes() {
        return keyframes;
    }

    /** Where a replay begins: the first keyframe (what came before it has no picture to land on), else the first message. */
    long startNanos() {
        return keyframes.isEmpty() ? messages.getFirst().offsetNanos() : keyframes.getFirst().nanos();
    }

    long endNanos() {
        return messages.getLast().offsetNanos();
    }

    /** The last keyframe made at or before {@code offset} (a keyframe read back has its offset as its nanos), or null. */
    LabKeyframe keyframeAtOrBefore(long offset) {
        LabKeyframe found = null;
        for (LabKeyframe k : keyframes) {
            if (k.nanos() > offset) {
                break;
            }
            found = k;
        }
        return found;
    }

    /** The index of the first message written from {@code keyframe}'s tick on: what follows it. */
    int firstAfter(LabKeyframe keyframe) {
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m.tick() >= keyframe.tick()) {
                return i;
            }
        }
        return messages.size();
    }
}
