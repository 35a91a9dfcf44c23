package dev.moomoo.tools;

import dev.moomoo.client.WsClient;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.CodeTable;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Opens real WebSocket connections that speak the game protocol, from several loopback source
 * addresses (127.0.0.2, 127.0.0.3, ...), and holds them for a bounded time. {@code idle}: handshake and
 * io-init, then silence (pings are answered). {@code active}: spawn and play like a person: move, aim,
 * swing, chat now and then. Prints progress every second and a summary; stops by itself. Only loopback
 * targets are allowed. Works against any server that speaks the protocol.
 *
 * <pre>{@code moomoo-server load --mode idle|active --connections N --seconds S [--host 127.0.0.1] [--port 3000]
 *     [--sources K] [--era 2] [--rate connections-per-second]}</pre>
 */
public final class LoadGenerator {
    record Options(String mode, int connections, int seconds, String host, int port, int sources, int era, int rate) {
    }

    private final Options o;
    private final LongAdder connected = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder closed = new LongAdder();
    private final LongAdder messagesIn = new LongAdder();
    private final LongAdder bytesIn = new LongAdder();
    private final LongAdder messagesOut = new LongAdder();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ConcurrentLinkedQueue<WsClient> open = new ConcurrentLinkedQueue<>();
    private volatile String lastFailure = "";

    LoadGenerator(Options options) {
        this.o = options;
    }

    public static int main(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: moomoo-server load --mode idle|active --connections N --seconds S [--host H] [--port P] [--sources K] [--era 1|2] [--rate R]");
            return 2;
        }
        return new LoadGenerator(o).run(out);
    }

    static Options parse(String[] args) {
        String mode = "idle";
        int connections = 100;
        int seconds = 30;
        String host = "127.0.0.1";
        int port = 3000;
        int sources = 4;
        int era = 2;
        int rate = 2000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--mode" -> mode = v;
                case "--connections" -> connections = Integer.parseInt(v);
                case "--seconds" -> seconds = Integer.parseInt(v);
                case "--host" -> host = v;
                case "--port" -> port = Integer.parseInt(v);
                case "--sources" -> sources = Integer.parseInt(v);
                case "--era" -> era = Integer.parseInt(v);
                case "--rate" -> rate = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
        }
        if (!mode.equals("idle") && !mode.equals("active")) {
            throw new IllegalArgumentException("--mode must be idle or active");
        }
        if (connections < 1 || connections > 100_000 || seconds < 1 || seconds > 3600 || sources < 1 || sources > 250 || rate < 1) {
            throw new IllegalArgumentException("connections 1-100000, seconds 1-3600, sources 1-250, rate >= 1");
        }
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("only loopback targets are allowed, not " + host);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host);
        }
        return new Options(mode, connections, seconds, host, port, sources, era, rate);
    }

    int run(PrintStream out) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.seconds());
        Thread progress = Thread.ofPlatform().daemon(true).start(() -> progress(out));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long interval = TimeUnit.SECONDS.toNanos(1) / o.rate();
            long next = System.nanoTime();
            for (int i = 0; i < o.connections() && System.nanoTime() < end; i++) {
                int index = i;
                pool.submit(() -> connection(index, end));
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            while (System.nanoTime() < end) {
                TimeUnit.MILLISECONDS.sleep(Math.min(200, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            }
            stop.set(true);
            for (WsClient c : open) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // closing at the end of the run
                }
            }
        }
        progress.interrupt();
        out.printf(Locale.ROOT, "done: %d connected, %d failed, %d closed by the server; %d messages in (%d bytes), %d out%s%n",
                connected.sum(), failed.sum(), closed.sum(), messagesIn.sum(), bytesIn.sum(), messagesOut.sum(),
                lastFailure.isEmpty() ? "" : "; last failure: " + lastFailure);
        return failed.sum() == 0 ? 0 : 1;
    }

    private void progress(PrintStream out) {
        long start = System.nanoTime();
        try {
            while (!stop.get()) {
                Thread.sleep(1000);
                out.printf(Locale.ROOT, "%4.0fs  open %d  failed %d  closed %d  in %d msgs %d KB  out %d msgs%n",
                        (System.nanoTime() - start) / 1e9, connected.sum() - closed.sum(), failed.sum(), closed.sum(),
                        messagesIn.sum(), bytesIn.sum() / 1024, messagesOut.sum());
            }
        } catch (InterruptedException ignored) {
            // the run is over
        }
    }

    private void connection(int index, long end) {
        WsClient ws;
        try {
            InetAddress source = InetAddress.getByName("127.0.0." + (2 + index % o.sources()));
            ws = WsClient.connect(o.host(), o.port(), "/", source, 10_000);
            ws.setReadTimeout(0);
        } catch (IOException e) {
            failed.increment();
            lastFailure = e.toString();
            return;
        }
        connected.increment();
        open.add(ws);
        if (o.mode().equals("active")) {
            Thread.ofVirtual().start(() -> play(ws, index, end));
        }
        try {
            while (!stop.get()) {
                WsClient.Message m = ws.receive(); // answers pings
                messagesIn.increment();
                bytesIn.add(m.payload().length);
                if (m.opcode() == Opcode.CLOSE) {
                    closed.increment();
                    return;
                }
            }
        } catch (IOException e) {
            if (!stop.get()) {
                closed.increment();
            }
        }
    }

    /** A person's rhythm: a spawn, then every 100 ms maybe a new direction or aim, swings in bursts, a rare chat line. */
    private void play(WsClient ws, int index, long end) {
        ClientCodec codec = new ClientCodec(CodeTable.forEra(o.era()));
        Random random = new Random(index);
        try {
            send(ws, codec, new ClientPacket.Spawn("load" + index, false, random.nextInt(10)));
            boolean attacking = false;
            while (!stop.get() && System.nanoTime() < end) {
                Thread.sleep(100);
                int roll = random.nextInt(100);
                if (roll < 10) {
                    send(ws, codec, new ClientPacket.Move(random.nextInt(5) == 0 ? null : random.nextDouble() * 2 * Math.PI - Math.PI));
                } else if (roll < 40) {
                    send(ws, codec, new ClientPacket.Aim(Math.round((random.nextDouble() * 2 * Math.PI - Math.PI) * 100) / 100.0));
                } else if (roll < 45) {
                    attacking = !attacking;
                    send(ws, codec, new ClientPacket.Attack(attacking, attacking ? random.nextDouble() * 2 - 1 : null));
                } else if (roll == 99 && random.nextInt(20) == 0) {
                    send(ws, codec, new ClientPacket.Chat("moo " + index));
                } else if (roll == 98) {
                    send(ws, codec, new ClientPacket.Ping());
                }
            }
        } catch (IOException | InterruptedException e) {
            // the connection ended or the run is over
        }
    }

    private void send(WsClient ws, ClientCodec codec, ClientPacket p) throws IOException {
        ws.sendBinary(codec.encode(p));
        messagesOut.increment();
    }

    /** Payload bytes received so far. */
    long bytesIn() {
        return bytesIn.sum();
    }

    /** The counters as they stand: connected, failed, closed by the server, messages in, messages out. */
    List<Long> counters() {
        return new ArrayList<>(List.of(connected.sum(), failed.sum(), closed.sum(), messagesIn.sum(), messagesOut.sum()));
    }
}
