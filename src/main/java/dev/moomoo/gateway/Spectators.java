package dev.moomoo.gateway;

import dev.moomoo.lab.replay.Control;
import dev.moomoo.lab.replay.Show;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.Outbox;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import org.tinylog.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The spectators of one world's endpoints (README, "Replays and spectating"): the console arms the next
 * game connection from an address (or from any) with a show, a replay or a live view; that connection
 * gets its greeting as any other (a v1.9 socket its own fresh keys) and then the show instead of a seat.
 * It never joins the world. What it sends is read for its ping (answered) and its chat: {@code /pause},
 * {@code /play}, {@code /speed 2}, {@code /seek 1:30} control the show; everything else is ignored.
 * A page of the server can offer the same: arm the address of its request with a show of
 * {@link dev.moomoo.lab.replay.Shows}, then open the game's socket from there. Any thread.
 */
public final class Spectators {
    /** A show waiting for the next game connection from {@code address} (null: from any). */
    record Armed(String address, String label, Show.Maker maker) {
    }

    /** A spectator's connection: what it is shown, in which profile, with which keys (null unless keyed). */
    record Watching(Show show, ProfileWire wire, Seat.Keys keys) {
    }

    private final ConcurrentLinkedQueue<Armed> armed = new ConcurrentLinkedQueue<>();
    private final Set<Watching> watching = ConcurrentHashMap.newKeySet();

    /** Arms the next game connection from {@code address} (null: any) with what {@code maker} makes; {@code label} names it for the console. */
    public void arm(String address, String label, Show.Maker maker) {
        armed.add(new Armed(address, label, maker));
    }

    /** The armed shows not yet taken, one line each. */
    public List<String> waiting() {
        List<String> lines = new ArrayList<>();
        armed.forEach(a -> lines.add(a.label() + " for the next connection from " + (a.address() == null ? "any address" : a.address())));
        return lines;
    }

    /** Takes the show armed for a connection from {@code address}, or null. */
    Armed take(String address) {
        for (Armed a : armed) {
            if ((a.address() == null || a.address().equals(address)) && armed.remove(a)) {
                return a;
            }
        }
        return null;
    }

    /**
     * Greets {@code connection} with {@code ioInit}, seals what follows with its own keys when it has
     * them, and starts the show {@code armed} makes for it; a show that cannot be made for its profile
     * is told to the client ({@code B}) and the connection closed.
     */
    void open(Connection connection, ProfileWire wire, ServerPacket.IoInit ioInit, Seat.Keys keys, Armed armed) {
        connection.send(wire.servers().frame(ioInit));
        if (keys != null && keys.channel().mode().keyed()) {
            connection.sealWith(new KeyedSealer(keys.channel()));
        }
        Show show;
        try {
            show = armed.maker().make(wire.profile().name(), message -> show(connection, message));
        } catch (IllegalArgumentException e) {
            Logger.info("{}: {} not shown: {}", connection, armed.label(), e.getMessage());
            connection.send(wire.servers().frame(ConnectionSink.disconnectPacket(e.getMessage())));
            connection.close(DropReason.NOT_ADMITTED, CloseCode.INVALID_CONNECTION, "not shown");
            return;
        }
        Watching w = new Watching(show, wire, keys);
        connection.attach(w);
        watching.add(w);
        Logger.info("{}: spectator of {}", connection, armed.label());
        show.start();
    }

    /** Queues one message of a show, waiting while the spectator's queue is full; false once it is closing. */
    private static boolean show(Connection connection, byte[] message) throws InterruptedException {
        byte[] frame = Frames.binary(message);
        while (true) {
            Outbox.Offer offer = connection.send(frame);
            if (offer != Outbox.Offer.FULL) {
                return offer == Outbox.Offer.ACCEPTED;
            }
            Thread.sleep(5); // the spectator's writer drains the queue; a replay may wait for it, a world never does
        }
    }

    /** A packet from a spectator's client: a ping is answered, a chat line that is a control controls its show. */
    void received(Connection connection, Watching w, ClientPacket packet) {
        switch (packet) {
            case ClientPacket.Ping ping -> connection.send(w.wire().pongFrame());
            case ClientPacket.Chat chat when chat.text().startsWith("/") -> {
                try {
                    Logger.info("{}: {}", connection, w.show().control(Control.parse(chat.text())));
                } catch (IllegalArgumentException e) {
                    Logger.debug("{}: not a control: {}", connection, e.getMessage());
                }
            }
            default -> {
            }
        }
    }

    /** The spectator's connection closed: its show stops. */
    void left(Watching w) {
        w.show().stop();
        watching.remove(w);
    }

    /** Applies {@code control} to every show running; one line each. */
    public List<String> control(Control control) {
        List<String> lines = new ArrayList<>();
        watching.forEach(w -> lines.add(w.show().control(control)));
        return lines;
    }

    /** The shows running, one line each. */
    public List<String> running() {
        List<String> lines = new ArrayList<>();
        watching.forEach(w -> lines.add(w.show().describe()));
        return lines;
    }
}
