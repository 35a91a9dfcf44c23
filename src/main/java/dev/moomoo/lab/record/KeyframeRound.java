package dev.moomoo.lab.record;

import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabKeyframe;
import org.tinylog.Logger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Whose keyframes a recorder asks for, and when (src/site/recording-format.md, "Type 4: keyframe"): each
 * connection of the round every {@code periodNanos}, the one asked longest ago first, and at most
 * {@link #MOST_ASKED} being made at once. A keyframe is made at the start of its world's next tick, so the
 * bound is what a recording costs a tick at most: two views' scans, however many players a world
 * recording holds. With N connections each gets one every {@code periodNanos}, or every N / 2 ticks when
 * that is longer (past 90 connections at 9 ticks a second and 5 s). A connection that joins the round is
 * due at once. The recorder's writer thread's own.
 */
final class KeyframeRound {
    /** How many keyframes may be asked for and not yet made. */
    static final int MOST_ASKED = 2;

    private final KeyframeSource source;
    private final long periodNanos;
    /** The connections of the round, the one asked longest ago (or never) first. */
    private final ArrayDeque<String> order = new ArrayDeque<>();
    private final Map<String, Long> askedAt = new HashMap<>();
    /** The keyframes asked for and not yet taken, in the order asked. */
    private final Map<String, CompletableFuture<LabKeyframe>> asked = new LinkedHashMap<>();

    KeyframeRound(KeyframeSource source, long periodNanos) {
        this.source = source;
        this.periodNanos = periodNanos;
    }

    /** Adds {@code connectionId} to the round, due at once. */
    void join(String connectionId) {
        if (!askedAt.containsKey(connectionId)) {
            askedAt.put(connectionId, null); // never asked: due at once
            order.addFirst(connectionId);
        }
    }

    /** Drops {@code connectionId} (it closed); a keyframe asked for it is still written when made. */
    void leave(String connectionId) {
        askedAt.remove(connectionId);
        order.remove(connectionId);
    }

    /**
     * Puts {@code now} in the turn of {@code before} (a followed player's new connection after a reconnect),
     * keeping its time; when {@code before} has left the round, {@code now} joins it.
     */
    void replace(String before, String now) {
        if (before.equals(now)) {
            return;
        }
        if (!askedAt.containsKey(before)) {
            join(now);
            return;
        }
        Long at = askedAt.remove(before);
        order.remove(before);
        askedAt.put(now, at);
        if (at == null) {
            order.addFirst(now);
        } else {
            order.addLast(now);
        }
    }

    /**
     * The keyframes made since the last call, in the order asked. A failed one is told in the log and left
     * out; a connection whose keyframe is none is no longer its world's, and leaves the round.
     */
    List<LabKeyframe> made(String recording) {
        List<LabKeyframe> made = new ArrayList<>();
        for (Iterator<Map.Entry<String, CompletableFuture<LabKeyframe>>> i = asked.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, CompletableFuture<LabKeyframe>> e = i.next();
            if (!e.getValue().isDone()) {
                continue;
            }
            i.remove();
            try {
                LabKeyframe k = e.getValue().join();
                if (k != null) {
                    made.add(k);
                } else {
                    leave(e.getKey());
                }
            } catch (CompletionException | CancellationException failed) {
                Logger.warn("a keyframe for recording {} failed: {}", recording, failed.toString());
            }
        }
        return made;
    }

    /** Asks for the keyframes due at {@code now}, as many as {@link #MOST_ASKED} allows. */
    void ask(long now) {
        while (asked.size() < MOST_ASKED && !order.isEmpty()) {
            String id = order.peekFirst();
            Long at = askedAt.get(id);
            if (at != null && now - at < periodNanos || asked.containsKey(id)) {
                return; // the longest waiting is not due, or still being made: nobody behind it is due either
            }
            order.pollFirst();
            order.addLast(id);
            askedAt.put(id, now);
            asked.put(id, source.keyframe(id));
        }
    }
}
