package dev.moomoo.lab.replay;

import dev.moomoo.game.data.GameData;
import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.record.RecordingException;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.lab.record.Scope;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;

/**
 * The shows a spectator's connection can be armed with (the console's {@code replay} and {@code spectate},
 * and any page of the server that offers them): each a {@link Show.Maker} that makes the show once the
 * spectator's connection is there and its profile known.
 */
public final class Shows {
    /** Replays being read and re-encoded: one at a time (see {@link #replay}). */
    private static final Semaphore LOADING = new Semaphore(1);

    private Shows() {
    }

    /**
     * A replay of {@code view} of the recording file {@code name} of {@code recordings}. Nothing is read until
     * a spectator's connection takes the show: the file (up to 512 MiB of messages) is read then, on that
     * connection's thread (never a tick thread), and re-encoded for the spectator's profile when it is not
     * the recording's, or for the stand-ins a client that cannot draw all needs ({@link ReplayTimeline#inProfile}),
     * one replay at a time in the process; a file that cannot be read, a view it does not hold, or a replay
     * the process has no room for ({@link ReplayMemory}) is an IllegalArgumentException saying why, for that
     * spectator.
     */
    public static Show.Maker replay(Recordings recordings, String name, ReplayTimeline.View view) {
        return (profile, screen) -> {
            // what a replay holds is known only once it is read: one is read at a time, so that the memory
            // not yet reserved is one replay's at most, however many spectators open at once
            LOADING.acquireUninterruptibly();
            try {
                ReplayTimeline timeline = load(recordings, name, view);
                ReplayTimeline shown = timeline.inProfile(ReplayTimeline.profileNamed(profile), screen.drawsAll() ? null : GameData.standard());
                return new Playback(shown, screen, ReplayMemory.PROCESS.reserve(shown.bytes()));
            } finally {
                LOADING.release();
            }
        };
    }


    /** Whether a replay waits for another to be read (for tests). */
    static boolean aReplayWaitsToBeRead() {
        return LOADING.hasQueuedThreads();
    }

    /** A live view of {@code player}'s view, from {@code feed} and {@code keyframes}. */
    public static Show.Maker live(LabFeed feed, KeyframeSource keyframes, Scope.Player player) {
        return (profile, screen) -> new LiveView(feed, keyframes, player, profile, screen);
    }

    /** The recording's timeline; an IllegalArgumentException saying why there is none (the spectator is told it). */
    private static ReplayTimeline load(Recordings recordings, String name, ReplayTimeline.View view) {
        try {
            return ReplayTimeline.read(name, () -> reader(recordings, name), view);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the recording: " + e.getMessage());
        } catch (RecordingException e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (RuntimeException e) {
            Logger.warn(e, "replay of {} cannot be played", name); // a file the reader should have refused in words
            throw new IllegalArgumentException("cannot read the recording: " + e);
        }
    }

    /** A reader of the file {@code name}, which it closes (as it does when the file is no recording). */
    private static RecordingReader reader(Recordings recordings, String name) throws IOException, RecordingException {
        InputStream in = recordings.open(name);
        try {
            return RecordingReader.open(in);
        } catch (RecordingException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
