package dev.moomoo.net.session;

import java.util.concurrent.Callable;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Runs one connection's reader and writer as the two subtasks of a {@link StructuredTaskScope}: when
 * either ends, normally or not, the scope cancels (interrupts) the other, and {@link #supervise} returns
 * only after both have finished. This is the only class that touches the preview API (JEP 505), which
 * JDK 26 changes again.
 */
final class ConnectionSupervisor {
    private ConnectionSupervisor() {
    }

    /** How the pair ended: the failure of the subtask that ended first, if it failed. */
    record Outcome(Throwable readerFailure, Throwable writerFailure) {
    }

    static Outcome supervise(ThreadFactory threads, Callable<Void> reader, Callable<Void> writer) throws InterruptedException {
        // allUntil(any -> true): the first subtask to complete, whatever its state, cancels the scope.
        try (var scope = StructuredTaskScope.open(Joiner.<Void>allUntil(subtask -> true), cfg -> cfg.withThreadFactory(threads))) {
            Subtask<Void> read = scope.fork(reader);
            Subtask<Void> write = scope.fork(writer);
            scope.join();
            return new Outcome(failure(read), failure(write));
        }
    }

    private static Throwable failure(Subtask<Void> subtask) {
        return subtask.state() == Subtask.State.FAILED ? subtask.exception() : null;
    }
}
