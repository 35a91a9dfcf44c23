package dev.moomoo.lab.replay;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.lab.record.Recorded;
import dev.moomoo.lab.record.RecordingException;
import dev.moomoo.lab.record.RecordingInfo;
import dev.moomoo.lab.record.RecordingReader;
import org.tinylog.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a replay plays, read from a recording of one connection or one player: the messages that view
 * was written (OUT frames, each the msgpack of its profile before any keyed sealing), with their
 * offsets and ticks, and the keyframes to seek by. A greeting ({@code io-init}) is left out: the
 * spectator's connection has its own. Held in memory, at most {@link #MAX_BYTES}.
 */
public final class ReplayTimeline {
    /** The most message bytes a replay holds: a recording's part is bounded by its size too. */
    static final long MAX_BYTES = 512L << 20;
    private static final String GREETING = "io-init";

    public record Message(long offsetNanos, long tick, byte[] payload) {
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
     * Reads {@code reader} (closed by the caller). A recording of a whole world is refused (it holds many
     * views); a file cut short plays up to its cut.
     */
    public static ReplayTimeline read(String name, RecordingReader reader) throws RecordingException {
        RecordingInfo info = reader.info();
        if (info.scope().equals("world")) {
            throw new RecordingException("a recording of a whole world holds many views: record one player or connection to replay it");
        }
        List<Message> messages = new ArrayList<>();
        List<LabKeyframe> keyframes = new ArrayList<>();
        String profile = null;
        long bytes = 0;
        try {
            Recorded r;
            while ((r = reader.next()) != null) {
                switch (r) {
                    case Recorded.Frame f -> {
                        LabFrame x = f.frame();
                        if (x.direction() != LabFrame.Direction.OUT || x.kind() != LabFrame.Kind.FRAME || GREETING.equals(x.code())) {
                            continue;
                        }
                        if (profile == null) {
                            profile = x.profile();
                        } else if (!profile.equals(x.profile())) {
                            continue; // the player came back with another client: that one cannot be shown alike
                        }
                        bytes += x.plain().length;
                        if (bytes > MAX_BYTES) {
                            throw new RecordingException("more than " + (MAX_BYTES >> 20) + " MiB of messages: too long to replay in one go");
                        }
                        messages.add(new Message(f.offsetNanos(), x.tick(), x.plain()));
                    }
                    case Recorded.Keyframe k -> keyframes.add(k.keyframe());
                    case Recorded.Marker m -> {
                    }
                    case Recorded.Missed m -> {
                    }
                }
            }
        } catch (RecordingException e) {
            if (!e.getMessage().startsWith("cut short")) {
                throw e;
            }
            Logger.info("replay of {}: {}; played up to the cut", name, e.getMessage());
        }
        if (profile == null) {
            throw new RecordingException("no message to the client was recorded: nothing to replay");
        }
        String p = profile;
        keyframes.removeIf(k -> !k.profile().equals(p));
        messages.sort(Comparator.comparingLong(Message::offsetNanos));
        keyframes.sort(Comparator.comparingLong(LabKeyframe::nanos));
        return new ReplayTimeline(name, profile, messages, keyframes);
    }

    public String name() {
        return name;
    }

    /** The protocol profile the messages are written in: a spectator's client must speak it. */
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
