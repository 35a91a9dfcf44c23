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

    void run(String phase, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | StackOverflowError e) {
            long n = failures.merge(phase, 1L, Long::sum);
            if (n == 1) {
                Logger.error(e, "tick phase '{}' failed; the tick goes on (further failures of this phase are counted, not logged)", phase);
            }
        }
    }

    Map<String, Long> failures() {
        return Map.copyOf(failures);
    }
}
