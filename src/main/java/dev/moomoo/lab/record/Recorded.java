package dev.moomoo.lab.record;

import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;

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
     * A fresh join of the recorded view (src/site/recording-format.md, "Type 4: keyframe"), from which a
     * replay can start. Read back from a file, the keyframe's {@code nanos} is its offset.
     */
    record Keyframe(long offsetNanos, LabKeyframe keyframe) implements Recorded {
    }
}
