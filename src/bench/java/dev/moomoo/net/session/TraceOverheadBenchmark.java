package dev.moomoo.net.session;

import dev.moomoo.game.GameConfig;
import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.gateway.GameEndpoint;
import dev.moomoo.gateway.PacketTrace;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The cost of the packet lab on the inbound hot path: one Move packet through
 * {@link GameEndpoint#onBinary} (decode, count, tap check, inbox), with the text trace (a subscriber of
 * the tap) off, on for another connection, and on for this one (to /dev/null). With a trace on, the hook
 * copies the message and queues a frame; the trace's own thread does the rest.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -q test-compile exec:exec@jmh -Djmh.args=TraceOverhead}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-preview", "-Dmsgpack.universal-buffer=true"})
public class TraceOverheadBenchmark {
    @Param({"off", "other-connection", "this-connection"})
    public String trace;

    private ServerSocket listener;
    private Socket socket;
    private Socket peer;
    private GameEndpoint endpoint;
    private PacketTrace packetTrace;
    private Connection connection;
    private Client client;
    private byte[] move;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        peer = listener.accept();
        World world = new World("bench", GameConfig.defaults().withObjects(0, 0, 0, 0));
        endpoint = new GameEndpoint(world, Profile.ERA_2, GameEndpoint.ViolationPolicy.DROP, 20);
        connection = new Connection(socket, "/", new Outbox(1_000_000, 1 << 30));
        endpoint.onOpen(connection, "/");
        client = endpoint.clientOf(connection);
        move = new ClientCodec(Profile.ERA_2).encode(new ClientPacket.Move(1.5707963267948966));
        packetTrace = new PacketTrace(endpoint.wires().lab(), Profile.ERA_2.name());
        switch (trace) {
            case "other-connection" -> packetTrace.start(new PacketTrace.Filter(null, "someone-else", null, null), Path.of("/dev/null"));
            case "this-connection" -> packetTrace.start(new PacketTrace.Filter(null, client.id(), null, null), Path.of("/dev/null"));
            default -> {
            }
        }
    }

    @Benchmark
    public Object inboundMove() {
        endpoint.onBinary(connection, move);
        return client.inbox().poll(); // keep the inbox from filling
    }

    /** The only work the lab adds to the path above while nobody subscribes: one volatile read. */
    @Benchmark
    public boolean traceCheckOnly() {
        return endpoint.wires().lab().isOn();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        packetTrace.stop();
        endpoint.wires().lab().close();
        peer.close();
        socket.close();
        listener.close();
    }
}
