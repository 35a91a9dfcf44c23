package dev.moomoo.net.session;

import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.UpdateEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The per-tick update's whole way through the server for one viewer of 20 players, on one thread: the
 * tick encodes it into its reused encoder and copies it into the connection's outbox (as
 * {@code ConnectionSink.sendUpdate} does), then the writer takes it into its write batch (as the
 * writer loop does before the socket write). Run with the GC profiler to see the allocations:
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="UpdatePathBenchmark -prof gc"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-preview", "-Dmsgpack.universal-buffer=true"})
public class UpdatePathBenchmark {
    private final ServerCodec codec = new ServerCodec(Profile.ERA_2);
    private final Outbox outbox = new Outbox(256, 1 << 20);
    private final WriteBatch batch = new WriteBatch();
    private List<ServerPacket.PlayerState> view;

    @Setup
    public void setUp() {
        view = UpdatePathAllocationTest.viewOf(20);
    }

    @Benchmark
    public int updateThroughOutboxAndWriteBatch() throws InterruptedException {
        UpdateEncoder update = codec.encodeUpdate(view);
        outbox.offerLatest(update.buffer(), update.length());
        outbox.take(batch);
        int written = batch.length();
        batch.clear();
        return written;
    }
}
