package dev.moomoo.bench;

import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.MsgpackBuffer;
import dev.moomoo.protocol.keyed.KeyedChannel;
import dev.moomoo.protocol.keyed.KeyedClientChannel;
import dev.moomoo.protocol.keyed.KeyedFrameException;
import dev.moomoo.protocol.keyed.KeyedMode;
import dev.moomoo.protocol.keyed.SharedBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * What the keyed protocol costs per frame (src/site/keyed-protocol.md, "Sending one body to many"):
 * one server packet encoded once and sent to 1,000 pinned-mode connections, each getting its own
 * WebSocket frame (number patched, body masked), against the plain mode's per-connection copy of one
 * shared frame; and opening one client frame (unmask, HMAC, decode and checks). Times are per frame.
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="KeyedFrameBenchmark -prof gc"}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
// A fixed, touched heap: the plain copy allocates about 20 GB/s, and a heap still finding its size made it 50 times slower in some runs.
@Fork(value = 1, jvmArgsAppend = {"--enable-preview", "-Dmsgpack.universal-buffer=true", "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class KeyedFrameBenchmark {
    private static final int CONNECTIONS = 1000;

    /** One server packet, encoded once, and 1,000 pinned connections to send it to. */
    @State(Scope.Thread)
    public static class Outgoing {
        /** {@code O}: a health change, 7 bytes; {@code a}: a v1.9 update of 20 players in view, about 500 bytes. */
        @Param({"O", "a"})
        public String packet;

        final KeyedChannel[] channels = new KeyedChannel[CONNECTIONS];
        byte[] message;
        SharedBody shared;

        @Setup
        public void setUp() {
            Random random = new Random(23);
            for (int i = 0; i < CONNECTIONS; i++) {
                byte[] key = new byte[16];
                random.nextBytes(key);
                channels[i] = new KeyedChannel(KeyedMode.PINNED, key, random.nextInt(), random.nextInt());
            }
            message = new MsgpackBuffer(true).message(packet, packet.equals("O") ? List.of(17, 64) : update(random)).toByteArray();
            shared = SharedBody.ofMessage(message, 0, message.length);
        }

        /** v1.9's {@code a}: positions (stride 4), changed attributes (stride 10), hidden sids. */
        private static List<?> update(Random random) {
            List<Object> positions = new ArrayList<>();
            List<Object> attributes = new ArrayList<>();
            for (int sid = 1; sid <= 20; sid++) {
                positions.addAll(List.of(sid, 7000 + random.nextDouble() * 400, 7000 + random.nextDouble() * 400, random.nextInt(628) - 314));
                attributes.addAll(List.of(sid, -1, 5, 0, sid % 3 == 0 ? "cows" : "", 0, 7, 11, 0, 0));
            }
            return List.of(positions, attributes, List.of(40, 41));
        }
    }

    /** A long run of one client's frames, opened in order by the server's end (a fresh one when they run out). */
    @State(Scope.Thread)
    public static class Incoming {
        private static final int FRAMES = 1 << 16;
        private final byte[] key = new byte[16];
        private final byte[][] frames = new byte[FRAMES][];
        private KeyedChannel server;
        private int next;

        @Setup
        public void setUp() {
            Random random = new Random(9);
            random.nextBytes(key);
            KeyedClientChannel client = new KeyedClientChannel(KeyedMode.PINNED, key, 7, 9);
            for (int i = 0; i < FRAMES; i++) {
                frames[i] = client.frame("D", List.of(random.nextDouble() * 6.28 - 3.14));
            }
            server = new KeyedChannel(KeyedMode.PINNED, key, 7, 9);
        }

        byte[] nextFrame() {
            if (next == FRAMES) {
                server = new KeyedChannel(KeyedMode.PINNED, key, 7, 9);
                next = 0;
            }
            return frames[next++];
        }
    }

    /** The plain mode (and v1.8): the same frame for all; here each connection's own copy of it, header and all. */
    @Benchmark
    @OperationsPerInvocation(CONNECTIONS)
    public long plainFrameCopy(Outgoing out) {
        long sum = 0;
        for (int i = 0; i < CONNECTIONS; i++) {
            sum += Frames.encode(Opcode.BINARY, out.message, 0, out.message.length).length;
        }
        return sum;
    }

    /** The pinned mode: each connection's frame of the shared body, its number patched in and masked. */
    @Benchmark
    @OperationsPerInvocation(CONNECTIONS)
    public long sealSharedBody(Outgoing out) {
        long sum = 0;
        for (KeyedChannel c : out.channels) {
            int length = c.sealedLength(out.shared);
            byte[] frame = new byte[Frames.headerLength(length) + length];
            c.seal(out.shared, frame, Frames.writeHeader(frame, Opcode.BINARY, length));
            sum += frame.length;
        }
        return sum;
    }

    /** One client frame (an aim {@code D}) opened: unmasked, its tag checked, decoded, its number and sequence checked. */
    @Benchmark
    public Object openClientFrame(Incoming in) throws KeyedFrameException {
        byte[] frame = in.nextFrame();
        return in.server.open(frame);
    }
}
