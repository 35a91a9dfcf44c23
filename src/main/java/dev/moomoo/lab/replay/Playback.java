package dev.moomoo.lab.replay;

import dev.moomoo.lab.LabKeyframe;
import org.tinylog.Logger;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A recording played back to one spectator at its original timing, scaled by the speed: each message is
 * shown when the replay's clock reaches its offset. The clock is anchored (a recording offset at a
 * moment of {@link System#nanoTime()}) and re-anchored by each control, so pause, speed and seek never
 * drift. A seek shows the last keyframe at or before the target, then, at once, the messages written from
 * that keyframe's tick up to the target (fast-forward), then plays on from the target. The start is a
 * seek to the timeline's start. A seek first takes away what the spectator's client still draws that the
 * keyframe would not ({@link Leftovers}). After the last message the spectator keeps the last picture.
 */
public final class Playback implements Show {
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4;

    private final ReplayTimeline timeline;
    private final Leftovers screen;
    private final Runnable released;
    private final Object lock = new Object();
    // guarded by lock
    private int next;
    private long anchorOffset;
    private long anchorNanos;
    private double speed = 1;
    private boolean paused;
    private long seekTo;
    /** The seek being shown now (its keyframe and fast-forward), -1 when none. */
    private long seeking = -1;
    private boolean stopped;
    private Thread thread;

    public Playback(ReplayTimeline timeline, Screen screen) {
        this(timeline, screen, () -> {
        });
    }

    /** @param released run once when the show stops: what it held in memory is given back ({@link ReplayMemory}) */
    Playback(ReplayTimeline timeline, Screen screen, Runnable released) {
        this.timeline = timeline;
        this.screen = new Leftovers(screen, ReplayTimeline.profileNamed(timeline.profile()));
        this.released = released;
        this.seekTo = timeline.startNanos();
    }

    @Override
    public void start() {
        synchronized (lock) {
            thread = Thread.ofVirtual().name("replay " + timeline.name()).start(this::run);
        }
    }

    private void run() {
        try {
            while (true) {
                long seek;
                ReplayTimeline.Message due = null;
                synchronized (lock) {
                    while (!stopped && seekTo < 0 && due == null) {
                        long wait = paused || next >= timeline.messages().size() ? 0 : waitNanos(timeline.messages().get(next));
                        if (paused || next >= timeline.messages().size()) {
                            lock.wait();
                        } else if (wait > 0) {
                            TimeUnit.NANOSECONDS.timedWait(lock, wait);
                        } else {
                            due = timeline.messages().get(next++);
                        }
                    }
                    if (stopped) {
                        return;
                    }
                    seek = seekTo;
                    seeking = seekTo;
                    seekTo = -1;
                }
                if (due != null && !screen.show(due.payload())) {
                    return;
                }
                if (seek >= 0) {
                    if (!seek(seek)) {
                        return;
                    }
                    screen.tell(describe()); // after the keyframe and the fast-forward: the spectator sees where it landed
                }
            }
        } catch (InterruptedException e) {
            // stopped
        } catch (RuntimeException e) {
            Logger.error(e, "replay of {} failed", timeline.name());
        }
    }

    /** How long until {@code m} is due on the replay's clock (lock held). */
    private long waitNanos(ReplayTimeline.Message m) {
        long dueAt = anchorNanos + (long) ((m.offsetNanos() - anchorOffset) / speed);
        return dueAt - System.nanoTime();
    }

    /** Shows the keyframe before {@code target} and fast-forwards to it; false when the spectator is gone. */
    private boolean seek(long target) throws InterruptedException {
        List<ReplayTimeline.Message> messages = timeline.messages();
        LabKeyframe k = timeline.keyframeAtOrBefore(target);
        if (!screen.takeAway()) { // what the spectator's client holds from before the seek
            return false;
        }
        int from = 0;
        if (k != null) {
            for (byte[] m : k.messages()) {
                if (!screen.show(m)) {
                    return false;
                }
            }
            from = timeline.firstAfter(k);
        }
        int i = from;
        while (i < messages.size() && messages.get(i).offsetNanos() <= target) {
            if (!screen.show(messages.get(i++).payload())) {
                return false;
            }
        }
        synchronized (lock) {
            next = i;
            anchorOffset = target;
            seeking = -1;
            anchorNanos = System.nanoTime();
            lock.notifyAll();
        }
        return true;
    }

    /** Where the replay's clock is now (lock held). */
    private long position(long now) {
        return paused ? anchorOffset : anchorOffset + (long) ((now - anchorNanos) * speed);
    }

    @Override
    public String control(Control control) {
        synchronized (lock) {
            long now = System.nanoTime();
            long at = position(now);
            switch (control) {
                case Control.Pause p -> {
                    if (paused) {
                        anchorNanos = now;
                        paused = false;
                    } else {
                        anchorOffset = at;
                        paused = true;
                    }
                }
                case Control.Play p -> {
                    if (paused) {
                        anchorNanos = now;
                        paused = false;
                    }
                }
                case Control.Speed s -> {
                    anchorOffset = at;
                    anchorNanos = now;
                    speed = s.factor();
                }
                case Control.Seek s -> seekTo = Math.clamp(s.offsetNanos(), timeline.startNanos(), timeline.endNanos());
            }
            lock.notifyAll();
            return describe();
        }
    }

    @Override
    public void stop() {
        synchronized (lock) {
            if (!stopped) {
                released.run();
            }
            stopped = true;
            lock.notifyAll();
            if (thread != null) {
                thread.interrupt(); // a show waiting on a full queue
            }
        }
    }

    @Override
    public String describe() {
        synchronized (lock) {
            long target = seekTo >= 0 ? seekTo : seeking;
            if (target >= 0 && !stopped) {
                return String.format(Locale.ROOT, "replay of %s: seeking to %s of %s", timeline.name(), clock(target), clock(timeline.endNanos()));
            }
            return String.format(Locale.ROOT, "replay of %s: %s at %s of %s, speed %sx", timeline.name(),
                    stopped ? "stopped" : paused ? "paused" : next >= timeline.messages().size() ? "ended" : "playing",
                    clock(position(System.nanoTime())), clock(timeline.endNanos()), speed);
        }
    }

    /** An offset as {@code m:ss.s}. */
    static String clock(long nanos) {
        double s = Math.max(0, nanos) / 1e9;
        return String.format(Locale.ROOT, "%d:%04.1f", (long) (s / 60), s % 60);
    }
}
