package dev.moomoo.lab;

import java.util.List;

/**
 * A fresh join of one connection's view at one moment: the messages a client joining as it would be sent
 * then, in order, each the msgpack its profile writes (before any keyed sealing). Made by the server every
 * few seconds while a recording follows the connection (src/site/recording-format.md, "Type 4: keyframe"),
 * and when a spectator starts to watch it. The byte arrays must not be changed by whoever reads them.
 *
 * @param epochMillis  wall-clock time it was made, for people
 * @param nanos        {@link System#nanoTime()} when it was made, on the world's tick thread
 * @param tick         the world's tick number then: the frames written from this tick on follow it
 * @param world        the world's name
 * @param connectionId the connection whose view it is
 * @param player       the connection's player key ({@link LabFrame#player()}), or ""
 * @param sid          the player's sid, or -1 before a spawn
 * @param profile      the connection's protocol profile
 * @param messages     the messages' payloads
 */
public record LabKeyframe(long epochMillis, long nanos, long tick, String world, String connectionId, String player, int sid,
                          String profile, List<byte[]> messages) {
    public LabKeyframe {
        messages = List.copyOf(messages);
    }
}
