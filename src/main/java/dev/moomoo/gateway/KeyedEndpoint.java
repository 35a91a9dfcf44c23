package dev.moomoo.gateway;

import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.net.http.RequestTarget;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.Endpoint;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.ClientFrame;
import dev.moomoo.protocol.keyed.Handshake;
import dev.moomoo.protocol.keyed.IoInitArgs;
import dev.moomoo.protocol.keyed.KeyedFrameException;
import dev.moomoo.protocol.keyed.KeyedMode;
import org.tinylog.Logger;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The v1.9 client's endpoint, {@code /s/<worldKey>?token=<token>&b=<BUILD_ID>}
 * (src/site/keyed-protocol.md, "The endpoint"). The upgrade is always accepted, because a page learns
 * only a socket's close code: then a foreign Origin is closed with 4004, a token the {@link JoinGate}
 * refuses (or an unknown world) with 4001, a page of another build than the current one with 4002.
 * A socket let in gets {@code io-init} with its seed and key, plain, and everything after it is
 * sealed by its writer in wire order; every client frame is opened by its channel, and a frame the
 * keys refuse closes the connection with 4001. While the server drains ({@link Intake}), a socket that passes
 * the checks gets its io-init and then a sealed {@code B "Server is restarting - pick another"} and 1001
 * instead of a seat. Called on each connection's reader thread.
 */
public final class KeyedEndpoint implements Endpoint {
    /** The folder of the path the v1.9 page dials; the rest of the path is the world's key. */
    public static final String PATH = "/s/";
    public static final String TOKEN_PARAMETER = "token";
    public static final String BUILD_PARAMETER = "b";

    private final ProfileWire wire;
    private final Spectators spectators;
    private final Seats seats;
    private final JoinGate gate;
    private final Supplier<BuildModule> builds;
    private final KeyedMode mode;
    private final Intake intake;
    private final SecureRandom random = new SecureRandom();
    /** The connections let in, for a roll of the build to close those of the old one. */
    private final Set<Connection> seated = ConcurrentHashMap.newKeySet();

    /**
     * @param builds the current build module (the page's {@code moomoo-protocol}): a socket must carry its id
     * @param mode   how the sockets speak: pinned (moomoo.io's own), unpinned or plain (setting {@code keyed-mode})
     * @param intake whether sockets let in are seated; once it closes they are turned away (the server drains)
     */
    public KeyedEndpoint(World world, Wires wires, GameEndpoint.ViolationPolicy policy, int violationLimit, JoinGate gate,
                         Supplier<BuildModule> builds, KeyedMode mode, Intake intake) {
        this.wire = wires.of(Profile.V19);
        this.spectators = wires.spectators();
        this.seats = new Seats(world, policy, violationLimit, wires);
        this.gate = gate;
        this.builds = builds;
        this.mode = mode;
        this.intake = intake;
    }

    public KeyedMode mode() {
        return mode;
    }

    /** The counters of the v1.9 connections. */
    public GatewayStats stats() {
        return wire.stats();
    }

    @Override
    public boolean refusesForeignOriginItself() {
        return true;
    }

    @Override
    public void onOpen(Connection connection, String requestTarget) {
        String worldKey = RequestTarget.path(requestTarget).substring(PATH.length());
        if (!connection.originAllowed()) {
            refuse(connection, DropReason.FOREIGN_ORIGIN, CloseCode.FOREIGN_ORIGIN, "Origin not allowed");
            return;
        }
        if (!worldKey.equals(seats.world().name())) {
            refuse(connection, DropReason.NOT_ADMITTED, CloseCode.INVALID_CONNECTION, "no world " + Text.quote(worldKey, 32));
            return;
        }
        String device;
        switch (gate.admit(worldKey, token(requestTarget))) {
            case JoinGate.Admission.Refused refused -> {
                refuse(connection, DropReason.NOT_ADMITTED, CloseCode.INVALID_CONNECTION, "not admitted: " + refused.reason());
                return;
            }
            case JoinGate.Admission.Admitted admitted -> device = admitted.deviceId();
        }
        BuildModule build = builds.get();
        if (!build.buildId().equals(RequestTarget.queryParameter(requestTarget, BUILD_PARAMETER))) {
            refuse(connection, DropReason.OLD_BUILD, CloseCode.GAME_UPDATED, "not the current build");
            return;
        }
        String id = Client.newId();
        Handshake handshake = Handshake.begin(mode, build, id, random);
        IoInitArgs init = handshake.ioInit();
        ServerPacket.IoInit ioInit = new ServerPacket.IoInit(init.socketId(), init.seed(), init.keyHex(), init.mode(), init.pinned());
        Spectators.Armed show = spectators.take(connection.remoteAddress(), null); // the v1.9 page names no watch token
        if (show != null) {
            // keyed afresh, as any socket: the show is sealed with this connection's own keys
            spectators.open(connection, wire, ioInit, new Seat.Keys(handshake.channel(), build), false, true, show);
            return;
        }
        if (!intake.open()) {
            // greeted and keyed first: the client reads a B only from a server it is talking to
            seats.turnAway(connection, id, wire, ioInit, new Seat.Keys(handshake.channel(), build));
            return;
        }
        // the v1.9 client draws every kind, hat and variant the game has
        seats.open(connection, id, wire, Client.NoticeDisplay.OWN_BUBBLE, Client.Drawing.ALL, ioInit, new Seat.Keys(handshake.channel(), build), device);
        seated.add(connection);
        if (!builds.get().buildId().equals(build.buildId())) {
            // rolled between the check above and joining the seated: the roll's sweep may have missed it
            connection.close(DropReason.OLD_BUILD, CloseCode.GAME_UPDATED, "game updated - please reload");
        }
    }

    /** The URL's token, decoded (the page encodes it), or null when absent or not decodable. */
    private static String token(String requestTarget) {
        String raw = RequestTarget.queryParameter(requestTarget, TOKEN_PARAMETER);
        try {
            return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Closes a socket that is not let in; it never had a seat, so nothing it sends reaches the world. The log line names no token or key. */
    private static void refuse(Connection connection, DropReason why, int code, String reason) {
        Logger.info("{}: v1.9 socket refused, closing with {}: {}", connection, code, reason);
        connection.close(why, code, reason);
    }

    @Override
    public void onBinary(Connection connection, byte[] data) {
        if (connection.attachment() instanceof Spectators.Watching w) {
            try {
                ClientFrame frame = w.keys().channel().open(data);
                spectators.received(connection, w, wire.clients().decode(frame.name(), frame.args()));
            } catch (KeyedFrameException | PacketException e) {
                // a spectator's client may send what it likes: nothing of it reaches a world
            }
            return;
        }
        if (!(connection.attachment() instanceof Seat seat)) {
            return; // refused at the upgrade and closing
        }
        ClientFrame frame;
        try {
            frame = seat.keys().channel().open(data);
        } catch (KeyedFrameException e) {
            refused(connection, seat, e, data);
            return;
        }
        ClientPacket packet;
        try {
            packet = wire.clients().decode(frame.name(), frame.args());
        } catch (PacketException e) {
            seats.refused(connection, seat, e, data, frame.body());
            return;
        }
        seats.deliver(connection, seat, packet, data, frame.body());
    }

    /**
     * A frame its keys refuse: told to the lab (with nothing unmasked: the keys did not open it), counted
     * by reason, and the connection closed with 4001 (the channel is as it was, but the peer is not to be trusted).
     */
    private void refused(Connection connection, Seat seat, KeyedFrameException e, byte[] data) {
        seat.tap().refused(data, new byte[0], null, "keyed " + e.reason().label() + ": " + e.getMessage());
        wire.stats().keyedRefused(e.reason());
        Logger.info("{}: client frame refused ({}), closing with {}: {}", connection, e.reason().label(), e.closeCode(), e.getMessage());
        connection.close(DropReason.KEYED_FRAME, e.closeCode(), "invalid connection");
    }

    /** The v1.9 client sends only binary frames: a text frame is no frame of its keys. */
    @Override
    public void onText(Connection connection, String text) {
        if (connection.attachment() instanceof Seat seat) {
            seat.tap().refusedText(text, "keyed malformed: a text frame on a keyed connection");
            wire.stats().keyedRefused(KeyedFrameException.Reason.MALFORMED);
            Logger.info("{}: a text frame on a keyed connection, closing with {}", connection, CloseCode.INVALID_CONNECTION);
            connection.close(DropReason.KEYED_FRAME, CloseCode.INVALID_CONNECTION, "invalid connection");
        }
    }

    @Override
    public void onClose(Connection connection, int code) {
        if (connection.attachment() instanceof Spectators.Watching w) {
            spectators.left(w);
        }
        seated.remove(connection);
        seats.leave(connection, code);
    }

    /**
     * The build module was rolled: every socket of a page of another build than the current one is
     * closed with 4002 (the client's "Game updated - please reload"). Returns how many. Any thread;
     * the roll command calls it after the new build is served.
     */
    public int buildRolled() {
        String current = builds.get().buildId();
        int closed = 0;
        for (Connection c : seated) {
            if (c.attachment() instanceof Seat seat && !seat.keys().build().buildId().equals(current)) {
                c.close(DropReason.OLD_BUILD, CloseCode.GAME_UPDATED, "game updated - please reload");
                closed++;
            }
        }
        return closed;
    }
}
