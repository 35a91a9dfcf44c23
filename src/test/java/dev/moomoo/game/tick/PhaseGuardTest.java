package dev.moomoo.game.tick;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PhaseGuardTest {
    private record Report(String phase, Throwable error) {
    }

    @Test
    void aFailingPhaseIsReportedOnceWithItsCauseThenCountedAndTheOthersRun() {
        List<Report> reports = new ArrayList<>();
        PhaseGuard guard = new PhaseGuard((phase, e) -> reports.add(new Report(phase, e)));
        IllegalStateException cause = new IllegalStateException("disk on fire");
        int[] ran = new int[1];
        for (int tick = 0; tick < 3; tick++) {
            guard.run("combat", () -> {
                throw new RuntimeException("combat failed", cause);
            });
            guard.run("movement", () -> ran[0]++);
        }
        guard.run("visibility", () -> {
            throw new StackOverflowError();
        });

        assertEquals(3, ran[0], "the phase after the failing one ran every tick");
        assertEquals(2, reports.size(), "one report per failing phase, not per failure: " + reports);
        assertEquals("combat", reports.get(0).phase());
        assertSame(cause, reports.get(0).error().getCause(), "reported with its cause");
        assertInstanceOf(StackOverflowError.class, reports.get(1).error());
        assertEquals(Map.of("combat", 3L, "visibility", 1L), guard.failures());
    }
}
