package dev.moomoo.gateway;

import dev.moomoo.game.Client;
import dev.moomoo.game.World;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.Endpoint;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.CodeTable;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerPacket;
import org.tinylog.Logger;

import java.util.List;
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

    private final World world;
    private final ClientCodec clientCodec;
    private final ServerCodec serverCodec;
    private final ViolationPolicy policy;
    private final int violationLimit;
    private final GatewayStats stats = new GatewayStats();
    private final PacketTrace trace = new PacketTrace();
    /** The pong, encoded once for every connection. */
    private final dev.moomoo.game.Outgoing pong;

    public GameEndpoint(World world, CodeTable table, ViolationPolicy policy, int violationLimit) {
        this.world = world;
        this.clientCodec = new ClientCodec(table);
        this.serverCodec = new ServerCodec(table);
        this.policy = policy;
        this.violationLimit = violationLimit;
        this.pong = new dev.moomoo.game.Outgoing(new ServerPacket.Pong());
        pong.frame(serverCodec);
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

    /** Per-connection state: the game's client and its count of undecodable messages. */
    private record State(Client client, AtomicInteger violations) {
    }

    @Override
    public void onOpen(Connection connection) {
        String id = Client.newId();
        Client client = new Client(id, new ConnectionSink(connection, serverCodec, stats, trace, id), world.config().inboxSize(),
                connection.remoteAddress().getHostAddress());
        connection.attach(new State(client, new AtomicInteger()));
        sendDirect(connection, new ServerPacket.IoInit(client.id(), 0, "0", 0));
        sendDirect(connection, new ServerPacket.TribeList(List.of()));
    }

    private void sendDirect(Connection connection, ServerPacket packet) {
        Client client = ((State) connection.attachment()).client();
        client.sink().send(new dev.moomoo.game.Outgoing(packet));
    }

    @Override
    public void onBinary(Connection connection, byte[] data) {
        State state = (State) connection.attachment();
        ClientPacket packet;
        try {
            packet = clientCodec.decode(data);
        } catch (PacketException e) {
            violation(connection, state, e.getMessage());
            return;
        }
        stats.received(packet.kind(), data.length);
        Client client = state.client();
        if (trace.isOn()) {
            trace.inbound(client.id(), clientCodec.table().clientCode(packet.kind()), data.length, ClientCodec.args(packet));
        }
        if (packet instanceof ClientPacket.Ping) {
            client.sink().send(pong);
            return;
        }
        if (client.markJoinRequested()) {
            world.join(client);
        }
        if (!client.inbox().offer(packet)) {
            stats.inboxOverflow();
            Logger.info("{}: inbox full ({} packets), closing with 1008", connection, world.config().inboxSize());
            connection.close(CloseCode.POLICY_VIOLATION, "too many packets");
        }
    }

    @Override
    public void onText(Connection connection, String text) {
        violation(connection, (State) connection.attachment(), "text frame (the protocol is binary msgpack)");
    }

    private void violation(Connection connection, State state, String reason) {
        stats.violation();
        int n = state.violations().incrementAndGet();
        if (policy == ViolationPolicy.CLOSE || n > violationLimit) {
            stats.violationClose();
            Logger.info("{}: {} undecodable packet(s), closing with 1008; last: {}", connection, n, reason);
            connection.close(CloseCode.POLICY_VIOLATION, "invalid packets");
        } else {
            Logger.debug("{}: dropped undecodable packet: {}", connection, reason);
        }
    }

    @Override
    public void onClose(Connection connection, int code) {
        if (connection.attachment() instanceof State state) {
            world.leave(state.client());
        }
    }
}
