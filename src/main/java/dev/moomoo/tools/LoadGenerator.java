package dev.moomoo.tools;

import dev.moomoo.client.GameClient;
import dev.moomoo.client.WsClient;
import dev.moomoo.config.ConfigException;
import dev.moomoo.config.SubcommandArgs;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.BuildModuleFile;
import dev.moomoo.protocol.keyed.IoInitArgs;
import dev.moomoo.protocol.keyed.KeyedClientChannel;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
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
 * <p>With {@code --client v19} each connection is a v1.9 page of the build module kept in
 * {@code --build-file} (the server's state directory has it): it dials {@code /s/<world>}, takes its
 * keys from io-init and signs, numbers and (pinned) masks every frame it sends, as the browser does
 * (src/site/keyed-protocol.md). What it receives it counts without opening, as the plain clients
 * count theirs without decoding.
 *
 * <pre>{@code moomoo-server load --mode idle|active --connections N --seconds S [--host 127.0.0.1] [--port 3000]
 *     [--path /] [--sources K] [--era 2] [--rate connections-per-second] [--client plain|v19 --build-file F [--world main]]}</pre>
 */
public final class LoadGenerator {
    static final String USAGE = """
            usage: moomoo-server load [--mode idle|active] [--connections N] [--seconds S] [--host H] [--port P]
                                      [--path P] [--sources K] [--era 1|2] [--rate R]
                                      [--client plain|v19] [--build-file F] [--world W]
            Opens N WebSocket connections that speak the game protocol and holds them for S seconds, then stops.
              --mode         idle: handshake and io-init, then silence; active: spawn, move, aim, swing, chat (default idle)
              --connections  1 to 100000 (default 100)
              --seconds      1 to 3600 (default 30)
              --host         a loopback address or name only (default 127.0.0.1)
              --port         the server's port (default 3000)
              --path         the request path the game is served on, such as /server (default /)
              --sources      local source addresses 127.0.0.2, 127.0.0.3, ... to spread the ports over, 1 to 250 (default 4)
              --era          packet codes: 2 current, 1 the 2018-2023 ones (default 2)
              --rate         new connections per second at most (default 2000)
              --client       plain: the protocol of --era on --path; v19: the v1.9 client's keyed protocol on /s/<world> (default plain)
              --build-file   v19: the server's build module file (build-module.txt in its state directory)
              --world        v19: the world's key in the socket's path (default main)
            Exit status: 0 when every connection opened, 1 when some failed, 2 for a bad option.""";

    /** @param build the v1.9 page's build module, or null for the clients of plain frames */
    record Options(String mode, int connections, int seconds, String host, int port, String path, int sources, int era, int rate,
                   BuildModule build, String world) {
    }

    private static final Set<String> OPTIONS = Set.of("mode", "connections", "seconds", "host", "port", "path", "sources", "era", "rate",
            "client", "build-file", "world");

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

    /** A run with the subcommand's options (as {@code moomoo-server load} takes them), for benchmarks that drive it. */
    public static LoadGenerator of(String... args) {
        return new LoadGenerator(parse(args));
    }

    public static int main(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        Options o;
        try {
            SubcommandArgs a = SubcommandArgs.parse(args, OPTIONS);
            if (a.help()) {
                out.println(USAGE);
                return 0;
            }
            o = options(a);
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        return new LoadGenerator(o).run(out);
    }

    static Options parse(String[] args) {
        return options(SubcommandArgs.parse(args, OPTIONS));
    }

    private static Options options(SubcommandArgs a) {
        if (!a.positional().isEmpty()) {
            throw new ConfigException("unexpected argument '" + a.positional().getFirst() + "' (see --help)");
        }
        String mode = a.get("mode", "idle");
        if (!mode.equals("idle") && !mode.equals("active")) {
            throw new ConfigException("option --mode: expected idle or active, not '" + mode + "'");
        }
        String host = a.get("host", "127.0.0.1");
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new ConfigException("option --host: only loopback targets are allowed, not " + host);
            }
        } catch (UnknownHostException e) {
            throw new ConfigException("option --host: unknown host " + host);
        }
        String path = a.get("path", "/");
        if (!path.startsWith("/")) {
            throw new ConfigException("option --path: expected a path starting with /, not '" + path + "'");
        }
        return new Options(mode, a.integer("connections", 100, 1, 100_000), a.integer("seconds", 30, 1, 3600), host,
                a.integer("port", 3000, 1, 65535), path, a.integer("sources", 4, 1, 250), a.integer("era", 2, 1, 2),
                a.integer("rate", 2000, 1, 1_000_000), build(a), a.get("world", "main"));
    }

    /** The build module of {@code --client v19}, from {@code --build-file}; null for {@code plain}. */
    private static BuildModule build(SubcommandArgs a) {
        String client = a.get("client", "plain");
        if (client.equals("plain")) {
            return null;
        }
        if (!client.equals("v19")) {
            throw new ConfigException("option --client: expected plain or v19, not '" + client + "'");
        }
        String file = a.get("build-file", "");
        if (file.isEmpty()) {
            throw new ConfigException("option --client v19 needs --build-file (build-module.txt in the server's state directory)");
        }
        try {
            return new BuildModuleFile(Path.of(file)).load();
        } catch (IOException e) {
            throw new ConfigException("option --build-file: " + e.getMessage());
        }
    }

    /** Runs to the end; returns the exit status (0: every connection opened). */
    public int run(PrintStream out) throws InterruptedException {
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
        Sender sender;
        try {
            InetAddress source = InetAddress.getByName("127.0.0." + (2 + index % o.sources()));
            if (o.build() == null) {
                ws = WsClient.connect(o.host(), o.port(), o.path(), source, 10_000);
                sender = plainSender(ws);
            } else {
                ws = WsClient.connect(o.host(), o.port(), GameClient.keyedTarget(o.world(), "tk:load" + index, o.build().buildId()), source, 10_000);
                sender = keyedSender(ws);
            }
            ws.setReadTimeout(0);
        } catch (IOException e) {
            failed.increment();
            lastFailure = e.toString();
            return;
        }
        connected.increment();
        open.add(ws);
        if (o.mode().equals("active")) {
            Thread.ofVirtual().start(() -> play(sender, index, end));
        }
        try {
            while (!stop.get()) {
                WsClient.Frame m = ws.receive(); // answers pings
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

    /** Sends one connection's packets as its client does. */
    @FunctionalInterface
    private interface Sender {
        void send(ClientPacket packet) throws IOException;
    }

    /** The clients of plain frames: each packet as {@code [code, args]} in the codes of {@code --era}. */
    private Sender plainSender(WsClient ws) {
        ClientCodec codec = new ClientCodec(Profile.forEra(o.era()));
        return p -> {
            ws.sendBinary(codec.encode(p));
            messagesOut.increment();
        };
    }

    /**
     * A v1.9 page: reads io-init (plain, and counted) and keys its frames as the page does: signed,
     * numbered and, pinned, masked. Its frames are sent by the one thread that plays.
     */
    private Sender keyedSender(WsClient ws) throws IOException {
        WsClient.Frame first = ws.receive();
        messagesIn.increment();
        bytesIn.add(first.payload().length);
        KeyedClientChannel channel;
        try {
            ServerPacket.IoInit init = (ServerPacket.IoInit) new ServerCodec(Profile.V19).decode(first.payload());
            channel = KeyedClientChannel.fromIoInit(new IoInitArgs(init.socketId(), init.seed(), init.keyHex(), init.mode(), init.pinned()), o.build());
        } catch (PacketException | ClassCastException e) {
            ws.close();
            throw new IOException("no io-init first: " + e.getMessage());
        }
        ClientCodec codec = new ClientCodec(Profile.V19);
        return p -> {
            byte[] frame = channel.frame(codec.code(p), codec.args(p));
            if (frame != null) {
                ws.sendBinary(frame);
                messagesOut.increment();
            }
        };
    }

    /** A person's rhythm: a spawn, then every 100 ms maybe a new direction or aim, swings in bursts, a rare chat line. */
    private void play(Sender out, int index, long end) {
        Random random = new Random(index);
        try {
            out.send(new ClientPacket.Spawn("load" + index, false, random.nextInt(10)));
            boolean attacking = false;
            while (!stop.get() && System.nanoTime() < end) {
                Thread.sleep(100);
                int roll = random.nextInt(100);
                if (roll < 10) {
                    out.send(new ClientPacket.Move(random.nextInt(5) == 0 ? null : random.nextDouble() * 2 * Math.PI - Math.PI));
                } else if (roll < 40) {
                    out.send(new ClientPacket.Aim(Math.round((random.nextDouble() * 2 * Math.PI - Math.PI) * 100) / 100.0));
                } else if (roll < 45) {
                    attacking = !attacking;
                    out.send(new ClientPacket.Attack(attacking, attacking ? random.nextDouble() * 2 - 1 : null));
                } else if (roll == 99 && random.nextInt(20) == 0) {
                    out.send(new ClientPacket.Chat("moo " + index));
                } else if (roll == 98) {
                    out.send(new ClientPacket.Ping());
                }
            }
        } catch (IOException | InterruptedException e) {
            // the connection ended or the run is over
        }
    }

    /** Payload bytes received so far. */
    public long bytesIn() {
        return bytesIn.sum();
    }

    /** The counters as they stand: connected, failed, closed by the server, messages in, messages out. */
    public List<Long> counters() {
        return new ArrayList<>(List.of(connected.sum(), failed.sum(), closed.sum(), messagesIn.sum(), messagesOut.sum()));
    }
}
