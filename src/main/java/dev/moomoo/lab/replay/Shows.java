package dev.moomoo.lab.replay;

import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.record.RecordingException;
import dev.moomoo.lab.record.RecordingReader;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.lab.record.Scope;
import org.tinylog.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The shows a spectator's connection can be armed with (the console's {@code replay} and {@code spectate},
 * and any page of the server that offers them): each a {@link Show.Maker} that makes the show once the
 * spectator's connection is there and its profile known.
 */
public final class Shows {
    private Shows() {
    }

    /**
     * A replay of the recording file {@code name} of {@code recordings}. The file is read now, on a
     * virtual thread of its own (never the caller's: it may be a tick thread); the show is made when it
     * is read, for a client of the recording's profile.
     */
    public static Show.Maker replay(Recordings recordings, String name) {
        CompletableFuture<ReplayTimeline> loading = CompletableFuture.supplyAsync(() -> load(recordings, name),
                r -> Thread.ofVirtual().name("replay load " + name).start(r));
        loading.whenComplete((timeline, failed) -> {
            if (failed != null) { // told now, not only to the spectator who connects
                Logger.warn("replay of {} cannot be played: {}", name, failed.getCause() != null ? failed.getCause().getMessage() : failed.getMessage());
            }
        });
        return (profile, screen) -> {
            ReplayTimeline timeline = loaded(loading);
            if (!timeline.profile().equals(profile)) {
                throw new IllegalArgumentException("this replay was recorded in profile " + timeline.profile()
                        + "; connect a client that speaks it, not " + profile);
            }
            return new Playback(timeline, screen);
        };
    }

    /** A live view of {@code player}'s view, from {@code feed} and {@code keyframes}. */
    public static Show.Maker live(LabFeed feed, KeyframeSource keyframes, Scope.Player player) {
        return (profile, screen) -> new LiveView(feed, keyframes, player, profile, screen);
    }

    private static ReplayTimeline load(Recordings recordings, String name) {
        try (InputStream in = recordings.open(name); RecordingReader reader = RecordingReader.open(in)) {
            return ReplayTimeline.read(name, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RecordingException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** The read timeline, waiting for it; an IllegalArgumentException saying why there is none. */
    private static ReplayTimeline loaded(CompletableFuture<ReplayTimeline> loading) {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(cause instanceof UncheckedIOException io ? "cannot read the recording: " + io.getCause().getMessage()
                    : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted");
        }
    }
}
