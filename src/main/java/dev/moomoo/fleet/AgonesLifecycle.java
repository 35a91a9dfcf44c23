package dev.moomoo.fleet;

import org.tinylog.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This process as an Agones GameServer, told to the SDK sidecar (src/site/architecture.md, "On Agones").
 * Started once the server listens, on a thread of its own, so a sidecar that is late, down or failing never
 * holds up the game: it sets the labels, then {@code Ready} (each retried with a bounded backoff until the
 * sidecar answers; one it rejects with 4xx is logged and not retried), then every health period sends
 * {@code Health} while the game is healthy (none while a world's tick is stalled, so that Agones marks the
 * server unhealthy and replaces it) and sets each world's player counter when its count changed. {@link #draining()} sets the
 * label {@value #DRAINING_LABEL} when the server drains (Health goes on meanwhile). {@link #shutdown()}, after the graceful stop, ends that thread and
 * sends {@code Shutdown} last. A failure is logged once per call and kind until that call succeeds again.
 */
public final class AgonesLifecycle {
    /** What the lifecycle reads of the game server. */
    public interface Game {
        /** Whether every world keeps time and the server is not stopping. */
        boolean healthy();

        /** The players of each world, by world name. */
        Map<String, Integer> players();
    }

    /** The name of a world's player counter; the Fleet must declare one per world (README, "On Agones"). */
    public static String counterName(String world) {
        return "players-" + world;
    }

    /**
     * The label set when the server drains before it stops ({@code agones.dev/sdk-draining=true} on the
     * GameServer): an allocator or an operator's selector can leave it out while it still runs.
     */
    public static final String DRAINING_LABEL = "draining";

    private static final Duration FIRST_RETRY = Duration.ofMillis(50);
    private static final int SHUTDOWN_ATTEMPTS = 3;

    private final AgonesSdk sdk;
    private final Duration healthPeriod;
    private final Map<String, String> labels;
    private final Game game;
    private final Duration maxRetry;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong rounds = new AtomicLong();
    /** The counts the sidecar took, by world; touched by the lifecycle's thread only. */
    private final Map<String, Integer> reported = new HashMap<>();
    private final Set<String> failing = Collections.synchronizedSet(new HashSet<>());
    private Thread thread;
    /** The thread that sets the draining label; null until the drain begins. */
    private Thread drainingLabel;

    public AgonesLifecycle(AgonesSdk sdk, Duration healthPeriod, Map<String, String> labels, Game game) {
        this.sdk = sdk;
        this.healthPeriod = healthPeriod;
        this.labels = new LinkedHashMap<>(labels);
        this.game = game;
        // the wait for a late sidecar never grows past a health period (nor 5 s): Ready follows soon after it is up
        this.maxRetry = healthPeriod.compareTo(Duration.ofSeconds(5)) < 0 ? healthPeriod : Duration.ofSeconds(5);
    }

    /** Starts telling the sidecar; call once the server listens. */
    public synchronized AgonesLifecycle start() {
        thread = Thread.ofVirtual().name("agones").start(this::run);
        return this;
    }

    /** Health rounds done since the start (a round sends Health only while the game is healthy). */
    public long rounds() {
        return rounds.get();
    }

    private void run() {
        try {
            for (Map.Entry<String, String> l : labels.entrySet()) {
                untilAnswered("label " + l.getKey(), () -> sdk.label(l.getKey(), l.getValue()));
            }
            untilAnswered("ready", sdk::ready);
            Logger.info("agones: ready sent");
            long next = System.nanoTime();
            while (!stopped.get()) {
                if (game.healthy()) {
                    call("health", sdk::health);
                }
                reportPlayers();
                rounds.incrementAndGet();
                // each round on its period from the first, so the pings do not drift
                next += healthPeriod.toNanos();
                TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
            }
        } catch (InterruptedException e) {
            // stopped: shutdown() sends Shutdown
        }
    }

    private void reportPlayers() {
        for (Map.Entry<String, Integer> w : game.players().entrySet()) {
            if (!w.getValue().equals(reported.get(w.getKey()))
                    && call("counter " + counterName(w.getKey()), () -> sdk.counter(counterName(w.getKey()), w.getValue()))) {
                reported.put(w.getKey(), w.getValue());
            }
        }
    }

    /**
     * Calls until the sidecar answers other than 5xx, waiting a little longer after each failure, up to
     * {@link #maxRetry}: an unreachable or failing sidecar is tried again, a call it rejects (4xx, such as a
     * label value Kubernetes refuses) is logged and not, so that it cannot hold up Ready.
     */
    private void untilAnswered(String what, Call call) throws InterruptedException {
        long wait = FIRST_RETRY.toNanos();
        while (!stopped.get()) {
            int status = attempt(what, call);
            if (status >= 200 && status < 500) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
            wait = Math.min(wait * 2, maxRetry.toNanos());
        }
    }

    /** One call; whether the sidecar answered 2xx. */
    private boolean call(String what, Call call) {
        return attempt(what, call) / 100 == 2;
    }

    /**
     * One call; the status, or -1 when the sidecar could not be reached. A failure is logged the first
     * time it happens until that call succeeds again.
     */
    private int attempt(String what, Call call) {
        String kind;
        int status = -1;
        try {
            status = call.send();
            if (status / 100 == 2) {
                if (failing.removeIf(k -> k.startsWith(what + ": "))) {
                    Logger.info("agones: {} accepted again", what);
                }
                return status;
            }
            kind = what + ": status " + status;
        } catch (IOException e) {
            kind = what + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage());
        }
        if (failing.add(kind)) {
            Logger.warn("agones: {} (logged once until it succeeds)", kind);
        }
        return status;
    }

    /**
     * The server drains: sets the label {@value #DRAINING_LABEL} {@code =true}, on a thread of its own so
     * that a slow sidecar never holds up the drain, retried like the start's labels until the sidecar
     * answers or {@link #shutdown()} ends it (which waits for it first, so the label comes before Shutdown).
     * Only the first call does anything.
     */
    public synchronized void draining() {
        if (drainingLabel != null || stopped.get()) {
            return;
        }
        drainingLabel = Thread.ofVirtual().name("agones-draining").start(() -> {
            String what = "label " + DRAINING_LABEL;
            Call label = () -> sdk.label(DRAINING_LABEL, "true");
            int status = attempt(what, label);
            try {
                if (status < 200 || status >= 500) {
                    untilAnswered(what, label);
                }
            } catch (InterruptedException e) {
                // stopped
            }
        });
    }

    /**
     * After the graceful stop: ends the health rounds (no Health after this) and sends {@code Shutdown},
     * the last call, a few times at most if the sidecar fails. Only the first call does anything.
     */
    public void shutdown() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        Thread t;
        Thread label;
        synchronized (this) {
            t = thread;
            label = drainingLabel;
        }
        if (t != null) {
            t.interrupt();
        }
        try {
            if (t != null) {
                t.join(Duration.ofSeconds(5));
            }
            if (label != null) {
                label.join(Duration.ofSeconds(5)); // not interrupted: the label goes before Shutdown if the sidecar takes it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int i = 0; i < SHUTDOWN_ATTEMPTS; i++) {
            if (call("shutdown", sdk::shutdown)) {
                Logger.info("agones: shutdown sent");
                return;
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        int send() throws IOException;
    }
}
