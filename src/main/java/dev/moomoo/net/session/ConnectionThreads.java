package dev.moomoo.net.session;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The virtual threads that serve connections (one per accepted socket for its request head, then, for
 * a WebSocket, one that runs the session and reads, plus its writer), counted while they run. A count
 * that does not come back down after the peers are gone is a leak; tests and {@code /metrics} read it.
 */
public final class ConnectionThreads {
    private final AtomicInteger live = new AtomicInteger();
    private final ThreadFactory sockets = counting(Thread.ofVirtual().name("conn-", 1).factory());
    private final ThreadFactory subtasks = counting(Thread.ofVirtual().factory());

    /** Threads started by these factories that have not finished. */
    public int live() {
        return live.get();
    }

    /** For the thread of one accepted socket, and for the thread that runs its WebSocket session. */
    public ThreadFactory sockets() {
        return sockets;
    }

    /** For a WebSocket's writer subtask. */
    ThreadFactory subtasks() {
        return subtasks;
    }

    private ThreadFactory counting(ThreadFactory threads) {
        return task -> threads.newThread(() -> {
            live.incrementAndGet();
            try {
                task.run();
            } finally {
                live.decrementAndGet();
            }
        });
    }
}
