package dev.moomoo.gateway;

import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.net.http.RequestTarget;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.Endpoint;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.PacketException;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;

/**
 * The game's WebSocket endpoint for the clients of plain frames (the v1.8 client, era 1 clients, the
 * own client), on any path. On open it sends {@code io-init} (mode 0: plain frames) and the tribe
 * list, in the profile the socket chose ({@code ?era=1} or {@code ?era=2}; {@code --era} without a
 * choice); then each binary message is decoded on the connection's reader thread. A ping is answered
 * right there; any other packet goes to the world through the client's bounded inbox. Messages that
 * do not decode are counted against the connection and, past the limit, close it with 1008: they
 * never reach the tick. While the server drains ({@link Intake}) a new socket gets io-init, then
 * {@code B "Server is restarting - pick another"} and 1001, and no seat. The v1.9 client has an endpoint of
 * its own ({@link KeyedEndpoint}).
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
    /** The query parameter by which a socket chooses its profile: {@code era=1} or {@code era=2}. */
    public static final String ERA_PARAMETER = "era";

    private final Wires wires;
    private final Seats seats;
    private final Intake intake;

    /** An endpoint whose sockets speak {@code profile} unless they choose, with wires of its own, that seats every socket. */
    public GameEndpoint(World world, Profile profile, ViolationPolicy policy, int violationLimit) {
        this(world, new Wires(profile), policy, violationLimit, new Intake());
    }

    /** @param intake whether new sockets are seated; once it closes they are turned away (the server drains) */
    public GameEndpoint(World world, Wires wires, ViolationPolicy policy, int violationLimit, Intake intake) {
        this.wires = wires;
        this.seats = new Seats(world, policy, violationLimit, wires);
        this.intake = intake;
    }

    /** The encoder of the default profile's packets. */
    public FrameEncoder frames() {
        return wires.byDefault().frames();
    }

    /** The counters of the default profile's connections. */
    public GatewayStats stats() {
        return wires.byDefault().stats();
    }

    public Wires wires() {
        return wires;
    }

    public World world() {
        return seats.world();
    }

    /** The game client of a game connection (of this endpoint or the keyed one), or null for another endpoint's connection. */
    public Client clientOf(Connection connection) {
        return Seats.clientOf(connection);
    }

    /** Whether {@code connection} plays in this endpoint's world, through this endpoint or the world's keyed one (they share the wires). */
    public boolean seats(Connection connection) {
        return connection.attachment() instanceof Seat seat && wires.owns(seat.wire());
    }

    @Override
    public void onOpen(Connection connection, String requestTarget) {
        String id = Client.newId();
        boolean own = OWN_CLIENT.equals(RequestTarget.queryParameter(requestTarget, CLIENT_PARAMETER));
        Client.NoticeDisplay notices = own ? Client.NoticeDisplay.PANEL : Client.NoticeDisplay.OWN_BUBBLE;
        // the real client on this path is v1.8 (era 1 or 2): it is sent stand-ins for what it cannot draw
        Client.Drawing drawing = own ? Client.Drawing.ALL : Client.Drawing.V18;
        ServerPacket.IoInit init = new ServerPacket.IoInit(id, 0, "0", 0);
        String watch = RequestTarget.queryParameter(requestTarget, Spectators.WATCH_PARAMETER);
        Spectators.Armed show = wires.spectators().take(connection.remoteAddress(), watch);
        if (show != null) {
            wires.spectators().open(connection, wireChosenBy(requestTarget), init, null, own, own, show); // the own client has a panel and draws all
            return;
        }
        if (watch != null) {
            wires.spectators().refuseWatch(connection, wireChosenBy(requestTarget), init);
            return;
        }
        if (!intake.open()) {
            // told why rather than refused at the upgrade: a page learns a B's text, never an HTTP status
            seats.turnAway(connection, id, wireChosenBy(requestTarget), init, null);
            return;
        }
        seats.open(connection, id, wireChosenBy(requestTarget), notices, drawing, init, null, null);
    }

    /** The wire of the era the socket's URL names ({@code ?era=1} or {@code 2}); without one, or another value, the default. */
    private ProfileWire wireChosenBy(String requestTarget) {
        String era = RequestTarget.queryParameter(requestTarget, ERA_PARAMETER);
        return switch (era == null ? "" : era) {
            case "1" -> wires.of(Profile.ERA_1);
            case "2" -> wires.of(Profile.ERA_2);
            default -> wires.byDefault();
        };
    }

    @Override
    public void onBinary(Connection connection, byte[] data) {
        if (connection.attachment() instanceof Spectators.Watching w) {
            try {
                wires.spectators().received(connection, w, w.wire().clients().decode(data));
            } catch (PacketException e) {
                // a spectator's client may send what it likes: nothing of it reaches a world
            }
            return;
        }
        if (!(connection.attachment() instanceof Seat seat)) {
            return; // turned away and closing
        }
        ClientPacket packet;
        try {
            packet = seat.wire().clients().decode(data);
        } catch (PacketException e) {
            seats.refused(connection, seat, e, data, data);
            return;
        }
        seats.deliver(connection, seat, packet, data, data);
    }

    @Override
    public void onText(Connection connection, String text) {
        if (connection.attachment() instanceof Seat seat) {
            seats.textFrame(connection, seat, text);
        }
    }

    @Override
    public void onClose(Connection connection, int code) {
        if (connection.attachment() instanceof Spectators.Watching w) {
            wires.spectators().left(w);
        }
        seats.leave(connection, code);
    }
}
