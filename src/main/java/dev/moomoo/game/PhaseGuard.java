package dev.moomoo.game;

import org.tinylog.Logger;

import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the phases of a tick so that one failing phase never stops the world: the failure is logged
 * with its cause the first time a phase fails, and counted after that.
 */
final class PhaseGuard {
    private final Map<String, Long> failures = new TreeMap<>();
    private final java.util.function.BiConsumer<String, Throwable> firstFailure;

    /** Logs each phase's first failure with its stack trace. */
    PhaseGuard() {
        this((phase, e) -> Logger.error(e, "tick phase '{}' failed; the tick goes on (further failures of this phase are counted, not logged)", phase));
    }

    /** Reports each phase's first failure to {@code firstFailure} (tests listen here). */
    PhaseGuard(java.util.function.BiConsumer<String, Throwable> firstFailure) {
        this.firstFailure = firstFailure;
    }

    void run(String phase, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | StackOverflowError e) {
            long n = failures.merge(phase, 1L, Long::sum);
            if (n == 1) {
                firstFailure.accept(phase, e);
            }
        }
    }

    Map<String, Long> failures() {
        return Map.copyOf(failures);
    }
}
