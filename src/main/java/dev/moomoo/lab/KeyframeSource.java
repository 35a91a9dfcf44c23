package dev.moomoo.lab;

import java.util.concurrent.CompletableFuture;

/** Who makes keyframes of a connection's view: the gateway of the connection's world. */
public interface KeyframeSource {
    /** Makes none: every keyframe asked for completes with null. */
    KeyframeSource NONE = connectionId -> CompletableFuture.completedFuture(null);

    /**
     * A keyframe of the view of the open connection {@code connectionId}, made at the start of its world's
     * next tick (the work is bounded: one viewer's view); completes with null when the connection is not
     * one of the world's (any more). Any thread.
     */
    CompletableFuture<LabKeyframe> keyframe(String connectionId);
}
