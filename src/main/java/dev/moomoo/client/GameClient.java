package dev.moomoo.client;

import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.IoInitArgs;
import dev.moomoo.protocol.keyed.KeyedClientChannel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A game client over {@link WsClient}: sends client packets, receives decoded server packets. In the
 * profiles of plain frames as they are; as a v1.9 page ({@link #connectKeyed}) through the keyed
 * channel that the first {@code io-init} sets up, as the browser does (src/site/keyed-protocol.md).
 */
public final class GameClient implements AutoCloseable {
    private final WsClient ws;
    private final ClientCodec clientCodec;
    private final ServerCodec serverCodec;
    /** The build module a v1.9 page imported, or null for a client of plain frames. */
    private final BuildModule build;
    /** The v1.9 client's end of the connection, from its io-init on. */
    private KeyedClientChannel channel;
    private WsClient.Frame closeFrame;

    private GameClient(WsClient ws, Profile profile, BuildModule build) {
        this.ws = ws;
        this.clientCodec = new ClientCodec(profile);
        this.serverCodec = new ServerCodec(profile);
        this.build = build;
    }

    private GameClient(WsClient ws, Profile profile) {
        this(ws, profile, null);
    }

    public static GameClient connect(String host, int port, InetAddress localAddress, Profile profile, int timeoutMillis) throws IOException {
        return connect(host, port, "/", localAddress, profile, timeoutMillis);
    }

    /** Connects on {@code target} (a path, with a query string if wanted). */
    public static GameClient connect(String host, int port, String target, InetAddress localAddress, Profile profile, int timeoutMillis)
            throws IOException {
        return new GameClient(WsClient.connect(host, port, target, localAddress, timeoutMillis), profile);
    }

    /** Connects on {@code target} naming the server {@code hostHeader} (the v1.8 client dials {@code <key>.<region>.<base>}). */
    public static GameClient connectAs(String hostHeader, String host, int port, String target, Profile profile, int timeoutMillis)
            throws IOException {
        return new GameClient(WsClient.connect(host, port, hostHeader, target, null, timeoutMillis), profile);
    }

    /**
     * Connects as a v1.9 page of {@code build} does: on {@code /s/<worldKey>?token=<token, encoded>&b=<BUILD_ID>};
     * its frames are keyed once the first packet it receives, {@code io-init}, says how.
     */
    public static GameClient connectKeyed(String host, int port, String worldKey, String token, BuildModule build, InetAddress localAddress,
                                          int timeoutMillis) throws IOException {
        return new GameClient(WsClient.connect(host, port, keyedTarget(worldKey, token, build.buildId()), localAddress, timeoutMillis),
                Profile.V19, build);
    }

    /** The path and query a v1.9 page dials (src/site/keyed-protocol.md, "The endpoint"). */
    public static String keyedTarget(String worldKey, String token, String buildId) {
        return "/s/" + worldKey + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&b=" + buildId;
    }

    public WsClient socket() {
        return ws;
    }

    /** A v1.9 client's end of its keyed connection (from io-init on), for tests that write frames of their own; null before. */
    public KeyedClientChannel channel() {
        return channel;
    }

    /**
     * Sends {@code packet}; a v1.9 client only once it has received io-init (as the page), and never a
     * packet its table lacks (the page drops it).
     */
    public void send(ClientPacket packet) throws IOException {
        if (build == null) {
            ws.sendBinary(clientCodec.encode(packet));
            return;
        }
        if (channel == null) {
            throw new IllegalStateException("a v1.9 client sends nothing before io-init");
        }
        byte[] frame = channel.frame(clientCodec.code(packet), clientCodec.args(packet));
        if (frame != null) {
            ws.sendBinary(frame);
        }
    }

    /**
     * The next server packet, or null once the server has sent its Close frame (see {@link #closeCode()}).
     *
     * @throws IOException on a timeout, EOF, or a message that is not a valid server packet
     */
    public ServerPacket receive() throws IOException {
        if (closeFrame != null) {
            return null;
        }
        WsClient.Frame m = ws.receive();
        if (m.isClose()) {
            closeFrame = m;
            return null;
        }
        if (m.opcode() != Opcode.BINARY) {
            throw new IOException("server sent a non-binary message: opcode " + m.opcode());
        }
        try {
            if (channel != null) {
                return serverCodec.decode(channel.read(m.payload()));
            }
            ServerPacket packet = serverCodec.decode(m.payload());
            if (build != null && packet instanceof ServerPacket.IoInit init) {
                channel = KeyedClientChannel.fromIoInit(new IoInitArgs(init.socketId(), init.seed(), init.keyHex(), init.mode(), init.pinned()), build);
            }
            return packet;
        } catch (PacketException e) {
            throw new IOException("server sent an invalid packet: " + e.getMessage(), e);
        }
    }

    /** Receives until a packet of type {@code type} arrives, and returns it. */
    public <T extends ServerPacket> T receiveUntil(Class<T> type) throws IOException {
        while (true) {
            ServerPacket p = receive();
            if (p == null) {
                throw new IOException("server closed with " + closeCode() + " while waiting for " + type.getSimpleName());
            }
            if (type.isInstance(p)) {
                return type.cast(p);
            }
        }
    }

    /** The server's close code, or -1 before a Close frame arrived. */
    public int closeCode() {
        return closeFrame == null ? -1 : closeFrame.closeCode();
    }

    @Override
    public void close() throws IOException {
        ws.close();
    }
}
