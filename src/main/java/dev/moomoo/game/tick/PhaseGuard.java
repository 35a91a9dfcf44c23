package dev.moomoo.game.tick;

import org.tinylog.Logger;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Runs the phases of a tick so that one failing phase never stops the world: the failure is logged
 * with its cause the first time a phase fails, and counted after that.
 */
public final class PhaseGuard {
    private final Map<String, Long> failures = new TreeMap<>();
    private final BiConsumer<String, Throwable> firstFailure;

    /** Logs each phase's first failure with its stack trace. */
    public PhaseGuard() {
        this((phase, e) -> Logger.error(e, "tick phase '{}' failed; the tick goes on (further failures of this phase are counted, not logged)", phase));
    }

    /** Reports each phase's first failure to {@code firstFailure} (tests listen here). */
    public PhaseGuard(BiConsumer<String, Throwable> firstFailure) {
        this.firstFailure = firstFailure;
    }

    public void run(String phase, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | StackOverflowError e) {
            long n = failures.merge(phase, 1L, Long::sum);
            if (n == 1) {
                firstFailure.accept(phase, e);
            }
        }
    }

    public Map<String, Long> failures() {
        return Map.copyOf(failures);
    }
}
