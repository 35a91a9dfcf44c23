package dev.moomoo.lab.replay;

import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.lab.LabKeyframe;
import dev.moomoo.lab.record.Scope;
import dev.moomoo.game.data.GameData;
import dev.moomoo.protocol.Profile;
import org.tinylog.Logger;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * A player's view shown to a spectator as it happens, without touching the game: first a keyframe of the
 * player's view, then every message the player's connection is written (from the packet lab's feed),
 * from the keyframe's tick on. It follows the player across a reconnect (by its player key, as a
 * recording does: {@link Scope.Player}); a player who plays in another profile than the spectator's
 * client, or whose client draws what the spectator's cannot, is shown re-encoded ({@link Reencoding}, from
 * each keyframe on, as a replay is). A pause stops showing; playing on starts again from a new keyframe.
 * Keyframes come at most one a second ({@link #KEYFRAME_GAP_NANOS}): one asked for sooner is made when
 * that second is over, and what the player is written meanwhile is left out (the keyframe shows it).
 */
public final class LiveView implements Show {
    /** The messages waiting for the spectator; more are lost (and a new keyframe shows the view again). */
    static final int QUEUE = 4096;
    /**
     * The least time between two keyframes of one view: each costs the world's tick a visibility pass
     * of the player's view (README, "Replays and spectating"), and a spectator asks for one with each {@code /play}.
     */
    static final long KEYFRAME_GAP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long KEYFRAME_WAIT_MILLIS = 5_000;
    /** How long one wait for a frame lasts at most: a keyframe due, a pause or a stop is seen at least this often. */
    private static final long POLL_MILLIS = 100;
    private static final String GREETING = "io-init";

    private final LabFeed feed;
    private final KeyframeSource keyframes;
    private final Scope.Player player;
    private final String profile;
    private final Leftovers screen;
    private final LongSupplier nanoClock;
    private volatile boolean paused;
    private volatile boolean fresh = true;
    private volatile boolean stopped;
    private volatile String connectionId;
    private volatile long shown;
    private Thread thread;
    /**
     * Re-encodes the player's messages since the last keyframe when it plays in another profile, or when the
     * spectator's client needs stand-ins for what the player's draws ({@link Reencoding#needed}); null when
     * they are shown as written. The show's thread's.
     */
    private Reencoding reencoding;
    private String reencodingFrom;

    /** @param profile the spectator's protocol profile: only the player's messages of that profile are shown */
    public LiveView(LabFeed feed, KeyframeSource keyframes, Scope.Player player, String profile, Screen screen) {
        this(feed, keyframes, player, profile, screen, System::nanoTime);
    }

    /** @param nanoClock what {@link System#nanoTime()} says (a test's own clock): it spaces the keyframes */
    LiveView(LabFeed feed, KeyframeSource keyframes, Scope.Player player, String profile, Screen screen, LongSupplier nanoClock) {
        this.feed = feed;
        this.nanoClock = nanoClock;
        this.keyframes = keyframes;
        this.player = player;
        this.profile = profile;
        this.screen = new Leftovers(screen, ReplayTimeline.profileNamed(profile));
        this.connectionId = player.connectionId();
    }

    @Override
    public synchronized void start() {
        thread = Thread.ofVirtual().name("spectate " + player.world() + " " + player.sid()).start(this::run);
    }

    private void run() {
        Predicate<LabFrame> ofPlayer = player.filter();
        Predicate<LabFrame> written = f -> ofPlayer.test(f) && f.direction() == LabFrame.Direction.OUT && f.kind() == LabFrame.Kind.FRAME;
        try (LabFeed.Subscription frames = feed.subscribe(written, QUEUE)) {
            long fromTick = Long.MAX_VALUE;
            long missed = 0;
            long nextKeyframe = nanoClock.getAsLong(); // the first at once
            while (!stopped) {
                if (frames.missed() > missed) {
                    missed = frames.missed();
                    fresh = true;
                }
                long pollMillis = POLL_MILLIS;
                if (fresh && !paused) {
                    long now = nanoClock.getAsLong();
                    if (now - nextKeyframe >= 0) {
                        fresh = false;
                        nextKeyframe = now + KEYFRAME_GAP_NANOS;
                        LabKeyframe k = keyframe();
                        if (k == null || !show(k)) {
                            return; // the player left and did not come back, or the spectator left
                        }
                        fromTick = k.tick();
                    } else {
                        pollMillis = Math.clamp(TimeUnit.NANOSECONDS.toMillis(nextKeyframe - now), 1, POLL_MILLIS);
                    }
                }
                LabFrame f = frames.poll(pollMillis);
                if (f == null) {
                    continue;
                }
                connectionId = f.connectionId(); // the player's latest: the next keyframe's
                if (paused || fresh) {
                    continue; // paused: nothing is shown; a keyframe due shows what the player was written until it
                }
                if (f.tick() >= fromTick && !GREETING.equals(f.code())) {
                    byte[] m = f.profile().equals(profile) && reencoding == null ? f.plain() : converted(f);
                    if (m != null) {
                        if (!screen.show(m)) {
                            return;
                        }
                        shown++;
                    }
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (RuntimeException e) {
            Logger.error(e, "spectating player {} of world {} failed", player.sid(), player.world());
        } finally {
            if (reencoding != null) {
                reencoding.report("live view of player " + player.sid()); // what the spectator's profile could not be sent, once
            }
        }
    }

    /**
     * Takes away what the spectator's client holds ({@link Leftovers}), then shows the messages of {@code k},
     * re-encoded when needed; false when the spectator is gone.
     */
    private boolean show(LabKeyframe k) throws InterruptedException {
        Profile from = ReplayTimeline.profileNamed(k.profile());
        Profile to = ReplayTimeline.profileNamed(profile);
        GameData standIns = screen.drawsAll() ? null : GameData.standard();
        // a keyframe is a join: the re-encoding starts a fresh stream with it
        reencoding = Reencoding.needed(from, to, standIns) ? new Reencoding(from, to, standIns) : null;
        reencodingFrom = k.profile();
        if (!screen.takeAway()) {
            return false;
        }
        for (byte[] m : k.messages()) {
            byte[] shownAs = reencoding == null ? m : reencoding.convert(m);
            if (shownAs != null && !screen.show(shownAs)) {
                return false;
            }
        }
        return true;
    }

    /** {@code f} as the spectator's profile writes it, with the stand-ins its client needs; null when left out. */
    private byte[] converted(LabFrame f) {
        if (reencoding == null || !f.profile().equals(reencodingFrom)) {
            fresh = true; // the player came back with another client: a keyframe of it starts the stream over
            return null;
        }
        return reencoding.convert(f.plain());
    }

    /** A keyframe of the player's current connection, or null when none comes (it left). */
    private LabKeyframe keyframe() throws InterruptedException {
        try {
            LabKeyframe k = keyframes.keyframe(connectionId).get(KEYFRAME_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            return k;
        } catch (TimeoutException | ExecutionException e) {
            Logger.info("spectating player {}: no keyframe of its view ({})", player.sid(), e.toString());
            return null;
        }
    }

    @Override
    public String control(Control control) {
        switch (control) {
            case Control.Pause p -> {
                if (paused) {
                    playOn();
                } else {
                    paused = true;
                }
            }
            case Control.Play p -> {
                if (paused) {
                    playOn();
                }
            }
            case Control.Speed s -> {
                return "a live view plays at the game's pace";
            }
            case Control.Seek s -> {
                return "a live view cannot seek";
            }
        }
        return describe();
    }

    /** Plays on from a new keyframe: it shows what was left out while paused. Due before playing, so no frame slips in before it. */
    private void playOn() {
        fresh = true;
        paused = false;
    }

    @Override
    public synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public String describe() {
        return "live view of player " + player.sid() + " in world " + player.world() + ": " + (stopped ? "stopped" : paused ? "paused" : "live")
                + ", " + shown + " message(s) shown";
    }
}
