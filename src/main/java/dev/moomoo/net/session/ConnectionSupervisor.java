package dev.moomoo.net.session;

import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.ThreadFactory;

/**
 * Runs one connection's two sides under a {@link StructuredTaskScope}: the writer is the scope's
 * subtask, and the reader runs on the calling thread (the session's virtual thread, the scope's owner)
 * between the fork and the join. Each side ends the other as it ends, through the callbacks: the
 * reader's stops the writer, the writer's closes the socket, which fails a blocked read.
 * {@link #supervise} returns only after both sides have finished.
 *
 * <p>Why the reader is the owner rather than a second subtask: an owner that only joins sits parked for
 * the connection's whole life, and a parked virtual thread keeps its stack (about 2.2 KB), a quarter of
 * what an idle connection costs. This is the only class that touches the preview API (JEP 505), which
 * JDK 26 changes again.
 */
final class ConnectionSupervisor {
    private ConnectionSupervisor() {
    }

    /** How each side ended: its failure, or null when it returned. */
    record Outcome(Throwable readerFailure, Throwable writerFailure) {
    }

    static Outcome supervise(ThreadFactory threads, Callable<Void> reader, Runnable afterRead,
                             Callable<Void> writer, Runnable afterWrite) throws InterruptedException {
        try (var scope = StructuredTaskScope.open(Joiner.<Void>awaitAll(), cfg -> cfg.withThreadFactory(threads))) {
            Subtask<Void> write = scope.fork(() -> {
                try {
                    return writer.call();
                } finally {
                    afterWrite.run();
                }
            });
            Throwable readFailure = null;
            try {
                reader.call();
            } catch (Exception e) {
                readFailure = e;
            } finally {
                afterRead.run();
            }
            scope.join();
            return new Outcome(readFailure, write.state() == Subtask.State.FAILED ? write.exception() : null);
        }
    }
}
