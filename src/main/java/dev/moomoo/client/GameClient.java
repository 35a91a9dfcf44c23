package dev.moomoo.client;

import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;

import java.io.IOException;
import java.net.InetAddress;

/** A game client over {@link WsClient}: sends client packets, receives decoded server packets. */
public final class GameClient implements AutoCloseable {
    private final WsClient ws;
    private final ClientCodec clientCodec;
    private final ServerCodec serverCodec;
    private WsClient.Frame closeFrame;

    private GameClient(WsClient ws, Profile profile) {
        this.ws = ws;
        this.clientCodec = new ClientCodec(profile);
        this.serverCodec = new ServerCodec(profile);
    }

    public static GameClient connect(String host, int port, InetAddress localAddress, Profile profile, int timeoutMillis) throws IOException {
        return connect(host, port, "/", localAddress, profile, timeoutMillis);
    }

    /** Connects on {@code target} (a path, with a query string if wanted). */
    public static GameClient connect(String host, int port, String target, InetAddress localAddress, Profile profile, int timeoutMillis)
            throws IOException {
        return new GameClient(WsClient.connect(host, port, target, localAddress, timeoutMillis), profile);
    }

    public WsClient socket() {
        return ws;
    }

    public void send(ClientPacket packet) throws IOException {
        ws.sendBinary(clientCodec.encode(packet));
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
            return serverCodec.decode(m.payload());
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
