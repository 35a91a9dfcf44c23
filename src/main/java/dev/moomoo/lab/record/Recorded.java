package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;

import java.util.List;

/**
 * One record of a recording's timeline (src/site/recording-format.md, "Records"). Each has its time: its
 * offset in nanoseconds from the recording's start.
 */
public sealed interface Recorded {
    long offsetNanos();

    /**
     * A frame the lab saw. Read back from a file, the frame's {@code nanos} is its offset (a server's
     * {@code nanoTime} means nothing elsewhere).
     */
    record Frame(long offsetNanos, LabFrame frame) implements Recorded {
    }

    /** A line an operator put on the timeline; {@code origin} says who (the console, or an admin in chat). */
    record Marker(long offsetNanos, long epochMillis, long tick, String text, String origin) implements Recorded {
    }

    /** Frames the lab dropped because the recorder did not keep up: a gap on the timeline. */
    record Missed(long offsetNanos, long count) implements Recorded {
    }

    /**
     * What a client joining the recorded view at this moment would be sent (src/site/recording-format.md,
     * "Type 4: keyframe"): the messages of a fresh join, in order, each the msgpack the recorded
     * connection's profile writes (before any keyed sealing). A replay seeks by starting from one.
     */
    record Keyframe(long offsetNanos, long epochMillis, long tick, int sid, String world, String connectionId, String player,
                    String profile, List<byte[]> messages) implements Recorded {
        public Keyframe {
            messages = List.copyOf(messages);
        }
    }
}
