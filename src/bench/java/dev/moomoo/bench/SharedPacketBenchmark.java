package dev.moomoo.bench;

import dev.moomoo.gateway.FrameEncoder;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One packet that the world sends to 50 viewers in a tick (a hit's {@code O}), through the gateway's
 * {@link FrameEncoder} as the tick does (encoded once, the frame shared), against encoding it for each
 * viewer. {@code mvn -q test-compile exec:exec@jmh -Djmh.args="SharedPacketBenchmark -prof gc"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-preview", "-Dmsgpack.universal-buffer=true"})
public class SharedPacketBenchmark {
    private final ServerCodec codec = new ServerCodec(Profile.ERA_2);
    private final FrameEncoder frames = new FrameEncoder(codec);
    private int hp;
    private long sum;
    private final Runnable toFiftyViewers = () -> {
        ServerPacket p = new ServerPacket.Health(7, hp++ & 63);
        for (int i = 0; i < 50; i++) {
            sum += frames.frame(p).length;
        }
    };

    /** What the tick does: one packet instance for all 50, one encoding (the tick's own bookkeeping included). */
    @Benchmark
    public long healthToFiftyViewers() {
        sum = 0;
        frames.duringTick(toFiftyViewers);
        return sum;
    }

    /** What encoding per viewer would cost. */
    @Benchmark
    public long healthEncodedPerViewer() {
        ServerPacket p = new ServerPacket.Health(7, hp++ & 63);
        long s = 0;
        for (int i = 0; i < 50; i++) {
            s += codec.frame(p).length;
        }
        return s;
    }
}
