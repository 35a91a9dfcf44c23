package dev.moomoo.gateway;

import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.lab.LabTap;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.ServerPacket;
import org.tinylog.Logger;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What both game endpoints do with a player's connection once it is let in: give it a seat (its
 * client, sink and greeting), hand its decoded packets to the world through its inbox (a ping is
 * answered right there), count what does not decode against it, and let it leave. Called on each
 * connection's reader thread.
 */
final class Seats {
    private static final ServerPacket PONG = new ServerPacket.Pong();

    private final World world;
    private final GameEndpoint.ViolationPolicy policy;
    private final int violationLimit;
    private final LabTap lab;
    private final Wires wires;

    Seats(World world, GameEndpoint.ViolationPolicy policy, int violationLimit, Wires wires) {
        this.world = world;
        this.policy = policy;
        this.violationLimit = violationLimit;
        this.lab = wires.lab();
        this.wires = wires;
    }

    World world() {
        return world;
    }

    /**
     * Seats {@code connection} as client {@code id} of {@code wire}'s profile, sent what {@code drawing}
     * says its client can draw: sends {@code ioInit} as
     * it is, then (for a keyed v1.9 socket) seals every later frame on the writer, then sends the
     * tribe list. {@code device}: the device of the join ticket that let it in, or null (see {@link SeatTap}).
     */
    Seat open(Connection connection, String id, ProfileWire wire, Client.NoticeDisplay notices, Client.Drawing drawing,
              ServerPacket.IoInit ioInit, Seat.Keys keys, String device) {
        SeatTap tap = tap(connection, id, wire, keys, device);
        ConnectionSink sink = new ConnectionSink(connection, wire, tap);
        Client client = new Client(id, sink, world.config().inboxSize(), connection.remoteAddress().getHostAddress(), notices, drawing);
        Seat seat = new Seat(client, sink, wire, new AtomicInteger(), keys, tap);
        sink.send(ioInit);
        if (keys != null && keys.channel().mode().keyed()) {
            connection.sealWith(new KeyedSealer(keys.channel()));
        }
        sink.send(client.tribeListPacket(world.tribeList()));
        connection.attach(seat);
        wires.seated(seat);
        return seat;
    }

    /**
     * Greets {@code connection} as {@link #open} would, then tells it {@link Intake#RESTARTING} and closes it
     * with 1001, without a seat: the server drains. It never joins the world, and what it sends next is
     * not read (its endpoint sees no seat). A keyed socket's {@code B} is sealed like any frame after
     * io-init, so its client reads it as the server's and moves to another server.
     */
    void turnAway(Connection connection, String id, ProfileWire wire, ServerPacket.IoInit ioInit, Seat.Keys keys) {
        ConnectionSink sink = new ConnectionSink(connection, wire, tap(connection, id, wire, keys, null));
        sink.send(ioInit);
        if (keys != null && keys.channel().mode().keyed()) {
            connection.sealWith(new KeyedSealer(keys.channel()));
        }
        sink.send(ConnectionSink.disconnectPacket(Intake.RESTARTING));
        Logger.debug("{}: turned away, the server drains", connection);
        connection.close(DropReason.SHUTDOWN, CloseCode.GOING_AWAY, "server restarting");
    }

    /** The connection's hooks into the packet lab, set on it before its first frame, and its OPENED told. */
    private SeatTap tap(Connection connection, String id, ProfileWire wire, Seat.Keys keys, String device) {
        boolean sealed = keys != null && keys.channel().mode().keyed();
        SeatTap tap = new SeatTap(lab, world.name(), world::tickCount, id, connection.remoteAddress().getHostAddress(), wire.profile().name(), sealed, device);
        connection.tapWith(tap);
        tap.opened();
        return tap;
    }

    /** The game client of a game connection, or null for another endpoint's connection. */
    static Client clientOf(Connection connection) {
        return connection.attachment() instanceof Seat seat ? seat.client() : null;
    }

    /**
     * A packet that decoded from {@code wire} (the message as it came; {@code plain} the msgpack the
     * codec read, the same array when the profile is not keyed): counted, told to the lab, then answered
     * (a ping) or handed to the world.
     */
    void deliver(Connection connection, Seat seat, ClientPacket packet, byte[] wire, byte[] plain) {
        ProfileWire profileWire = seat.wire();
        profileWire.stats().received(packet.kind(), wire.length);
        Client client = seat.client();
        if (seat.tap().isOn()) {
            seat.tap().received(wire, plain, profileWire.clients().code(packet));
        }
        switch (packet) {
            case ClientPacket.Ping ping -> {
                seat.sink().sendFrame(PONG, profileWire.pongFrame());
                return;
            }
            case ClientPacket.Telemetry t -> profileWire.stats().telemetry(t.flags());
            case ClientPacket.Spawn spawn -> seat.tap().spawning(spawn.name());
            default -> {
            }
        }
        if (client.markJoinRequested()) {
            world.join(client);
        }
        if (!client.inbox().offer(packet)) {
            profileWire.stats().inboxOverflow();
            Logger.info("{}: inbox full ({} packets), closing with 1008", connection, world.config().inboxSize());
            connection.close(DropReason.INBOX_FULL, CloseCode.POLICY_VIOLATION, "too many packets");
        }
    }

    /**
     * A message that opened fine ({@code wire} as it came, {@code plain} the msgpack that was read) but is
     * not a packet of the profile: told to the lab, and counted against the connection under the
     * violation policy.
     */
    void refused(Connection connection, Seat seat, PacketException e, byte[] wire, byte[] plain) {
        GatewayStats stats = seat.wire().stats();
        stats.refused(e.code() == null ? null : seat.wire().profile().codes().clientKind(e.code()), e.reason().label());
        String reason = e.code() == null ? e.getMessage() : "'" + e.code() + "': " + e.getMessage();
        seat.tap().refused(wire, plain, e.code(), e.reason().label() + ": " + reason);
        violation(connection, seat, reason);
    }

    /** A text frame, where the protocol is binary msgpack. */
    void textFrame(Connection connection, Seat seat, String text) {
        seat.wire().stats().refused(null, "text_frame");
        String reason = "text frame (the protocol is binary msgpack)";
        seat.tap().refusedText(text, reason);
        violation(connection, seat, reason);
    }

    private void violation(Connection connection, Seat seat, String reason) {
        GatewayStats stats = seat.wire().stats();
        stats.violation();
        int n = seat.violations().incrementAndGet();
        if (policy == GameEndpoint.ViolationPolicy.CLOSE || n > violationLimit) {
            stats.violationClose();
            Logger.info("{}: {} undecodable packet(s), closing with 1008; last: {}", connection, n, reason);
            connection.close(DropReason.INVALID_PACKETS, CloseCode.POLICY_VIOLATION, "invalid packets");
        } else {
            Logger.debug("{}: refused packet: {}", connection, reason);
        }
    }

    /** The connection closed: its player, if it had a seat, leaves the world. */
    void leave(Connection connection, int code) {
        if (connection.attachment() instanceof Seat seat) {
            wires.left(seat);
            world.leave(seat.client(), closeReason(code));
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
