package dev.moomoo.lab.replay;

/** What a spectator's connection shows: a recording played back, or a player's view live. */
public sealed interface Show permits Playback, LiveView {
    /** Makes a show for a spectator whose client speaks {@code profile}; an IllegalArgumentException says why it cannot. */
    @FunctionalInterface
    interface Maker {
        Show make(String profile, Screen screen);
    }

    /** Starts showing on a virtual thread of its own. */
    void start();

    /** Applies {@code control}; returns a line for whoever asked. */
    String control(Control control);

    /** Stops showing (the spectator left, or the console ended it). Idempotent. */
    void stop();

    /** One line: what it shows, and where it is. */
    String describe();
}
