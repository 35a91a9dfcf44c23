package dev.moomoo.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for a condition that another thread makes true: polls it every 20 ms up to a deadline. The
 * caller asserts on the state itself afterwards, so a timeout fails with what was actually seen.
 */
public final class Await {
    private Await() {
    }

    /** Returns as soon as {@code condition} holds (true), or false once {@code timeout} has passed. */
    public static boolean until(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
