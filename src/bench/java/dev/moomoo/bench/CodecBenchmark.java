package dev.moomoo.bench;

import dev.moomoo.net.websocket.FrameReader;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Inbound;
import dev.moomoo.net.websocket.MessageAssembler;
import dev.moomoo.net.websocket.WebSocketException;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.testing.TestFrames;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the wire path: decoding a client frame into a message, decoding a client packet,
 * encoding the per-tick {@code a} update for a view of 20 players, and wrapping it in a frame. Run with
 * the GC profiler to see allocations per operation:
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="CodecBenchmark -prof gc"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-preview", "-Dmsgpack.universal-buffer=true"})
public class CodecBenchmark {
    private byte[] moveFrame;
    private byte[] movePacket;
    private ClientCodec clientCodec;
    private ServerCodec serverCodec;
    private ServerPacket.UpdatePlayers update;
    private byte[] updatePayload;

    @Setup
    public void setUp() {
        clientCodec = new ClientCodec(Profile.ERA_2);
        serverCodec = new ServerCodec(Profile.ERA_2);
        movePacket = clientCodec.encode(new ClientPacket.Move(1.5707963267948966));
        moveFrame = TestFrames.frame(2).payload(movePacket).bytes();
        List<ServerPacket.PlayerState> view = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            view.add(new ServerPacket.PlayerState(i, 1000 + i * 13.37, 2000 + i * 7.21, i * 0.3, -1, 0, 0, null, false, 0, 0, 0, 0));
        }
        update = new ServerPacket.UpdatePlayers(view);
        updatePayload = serverCodec.encode(update);
    }

    @Benchmark
    public Inbound readClientFrame() throws IOException, WebSocketException {
        return new MessageAssembler(new FrameReader(new ByteArrayInputStream(moveFrame)), 65536, 65536).next();
    }

    @Benchmark
    public ClientPacket decodeMove() throws PacketException {
        return clientCodec.decode(movePacket);
    }

    @Benchmark
    public byte[] encodeUpdateOf20Players() {
        return serverCodec.encode(update);
    }

    /** What the tick does per viewer: the update straight into its frame (the only allocation). */
    @Benchmark
    public byte[] frameUpdateOf20Players() {
        return serverCodec.frame(update);
    }

    @Benchmark
    public byte[] writeUpdateFrame() {
        return Frames.binary(updatePayload);
    }
}
