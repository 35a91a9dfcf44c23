package dev.moomoo.lab.inspect;

import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.LabFrame;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A feed that never has a frame: what the inspector reads where no tap is wired in. */
public final class SilentFeed implements LabFeed {
    @Override
    public Subscription subscribe(Predicate<LabFrame> filter, int capacity) {
        CountDownLatch closed = new CountDownLatch(1);
        return new Subscription() {
            @Override
            public LabFrame poll(long millis) throws InterruptedException {
                closed.await(millis, TimeUnit.MILLISECONDS);
                return null;
            }

            @Override
            public long missed() {
                return 0;
            }

            @Override
            public void close() {
                closed.countDown();
            }
        };
    }
}
