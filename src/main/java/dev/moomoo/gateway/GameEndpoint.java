package dev.moomoo.gateway;

import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.net.http.RequestTarget;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.Endpoint;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import org.tinylog.Logger;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The game's WebSocket endpoint. On open it sends {@code io-init} (mode 0: plain frames) and the
 * tribe list; then each binary message is decoded on the connection's reader thread. A ping is
 * answered right there; any other packet goes to the world through the client's bounded inbox.
 * Messages that do not decode are counted against the connection and, past the limit, close it
 * with 1008 — they never reach the tick.
 */
public final class GameEndpoint implements Endpoint {
    /** What to do with a packet that cannot be decoded. */
    public enum ViolationPolicy { DROP, CLOSE }

    /**
     * The query parameter by which this project's own browser client says who it is ({@code ?client=}
     * {@value #OWN_CLIENT}): it shows server notices in a panel, where the real client can only show
     * bubbles over players.
     */
    public static final String CLIENT_PARAMETER = "client";
    public static final String OWN_CLIENT = "moomoo-server";

    private static final ServerPacket PONG = new ServerPacket.Pong();

    private final World world;
    private final ClientCodec clientCodec;
    private final FrameEncoder frames;
    private final ViolationPolicy policy;
    private final int violationLimit;
    private final GatewayStats stats = new GatewayStats();
    private final PacketTrace trace = new PacketTrace();
    /** The pong, encoded once for every connection. */
    private final byte[] pongFrame;

    public GameEndpoint(World world, Profile profile, ViolationPolicy policy, int violationLimit) {
        this.world = world;
        this.clientCodec = new ClientCodec(profile);
        this.frames = new FrameEncoder(new ServerCodec(profile));
        this.policy = policy;
        this.violationLimit = violationLimit;
        this.pongFrame = frames.codec().frame(PONG);
    }

    /** The encoder of this endpoint's packets; the tick runs through {@link FrameEncoder#duringTick}. */
    public FrameEncoder frames() {
        return frames;
    }

    public GatewayStats stats() {
        return stats;
    }

    public World world() {
        return world;
    }

    /** The packet inspector of this endpoint's connections. */
    public PacketTrace trace() {
        return trace;
    }

    /** The game client of a connection of this endpoint, or null for another endpoint's connection. */
    public Client clientOf(Connection connection) {
        return connection.attachment() instanceof State state ? state.client() : null;
    }

    /** Per-connection state: the game's client, its sink and its count of undecodable messages. */
    private record State(Client client, ConnectionSink sink, AtomicInteger violations) {
    }

    @Override
    public void onOpen(Connection connection, String requestTarget) {
        String id = Client.newId();
        boolean own = OWN_CLIENT.equals(RequestTarget.queryParameter(requestTarget, CLIENT_PARAMETER));
        Client.NoticeDisplay notices = own ? Client.NoticeDisplay.PANEL : Client.NoticeDisplay.OWN_BUBBLE;
        ConnectionSink sink = new ConnectionSink(connection, frames, stats, trace, id);
        // the real client on this path is v1.8 (era 1 or 2): it is sent stand-ins for what it cannot draw
        Client client = new Client(id, sink, world.config().inboxSize(), connection.remoteAddress().getHostAddress(), notices,
                own ? Client.Drawing.ALL : Client.Drawing.V18);
        connection.attach(new State(client, sink, new AtomicInteger()));
        sink.send(new ServerPacket.IoInit(client.id(), 0, "0", 0));
        sink.send(client.tribeListPacket(world.tribeList()));
    }

    @Override
    public void onBinary(Connection connection, byte[] data) {
        State state = (State) connection.attachment();
        ClientPacket packet;
        try {
            packet = clientCodec.decode(data);
        } catch (PacketException e) {
            stats.refused(e.code() == null ? null : clientCodec.profile().codes().clientKind(e.code()), e.reason().label());
            violation(connection, state, e.code() == null ? e.getMessage() : "'" + e.code() + "': " + e.getMessage());
            return;
        }
        stats.received(packet.kind(), data.length);
        Client client = state.client();
        if (trace.isOn()) {
            trace.inbound(client.id(), clientCodec.code(packet), data.length, clientCodec.args(packet));
        }
        if (packet instanceof ClientPacket.Ping) {
            state.sink().sendFrame(PONG, pongFrame);
            return;
        }
        if (client.markJoinRequested()) {
            world.join(client);
        }
        if (!client.inbox().offer(packet)) {
            stats.inboxOverflow();
            Logger.info("{}: inbox full ({} packets), closing with 1008", connection, world.config().inboxSize());
            connection.close(DropReason.INBOX_FULL, CloseCode.POLICY_VIOLATION, "too many packets");
        }
    }

    @Override
    public void onText(Connection connection, String text) {
        stats.refused(null, "text_frame");
        violation(connection, (State) connection.attachment(), "text frame (the protocol is binary msgpack)");
    }

    private void violation(Connection connection, State state, String reason) {
        stats.violation();
        int n = state.violations().incrementAndGet();
        if (policy == ViolationPolicy.CLOSE || n > violationLimit) {
            stats.violationClose();
            Logger.info("{}: {} undecodable packet(s), closing with 1008; last: {}", connection, n, reason);
            connection.close(DropReason.INVALID_PACKETS, CloseCode.POLICY_VIOLATION, "invalid packets");
        } else {
            Logger.debug("{}: refused packet: {}", connection, reason);
        }
    }

    @Override
    public void onClose(Connection connection, int code) {
        if (connection.attachment() instanceof State state) {
            world.leave(state.client(), closeReason(code));
        }
    }

    /** How a connection ended, for the line the world logs when a player leaves. */
    static String closeReason(int code) {
        return switch (code) {
            case CloseCode.ABNORMAL -> "connection lost (no Close frame)";
            case CloseCode.GOING_AWAY -> "left (1001)";
            case CloseCode.NORMAL -> "left (1000)";
            case CloseCode.POLICY_VIOLATION -> "closed for a policy violation (1008)";
            default -> "closed (" + code + ")";
        };
    }
}
