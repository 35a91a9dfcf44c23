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

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The spectators of one world's endpoints (README, "Replays and spectating"): the console arms the next
 * game connection from one address with a show, a replay or a live view; that connection gets its
 * greeting as any other (a v1.9 socket its own fresh keys) and then the show instead of a seat. It never
 * joins the world. What it sends is read for its ping (answered) and its chat: {@code /pause},
 * {@code /play}, {@code /speed 2}, {@code /seek 1:30} control the show; everything else is ignored.
 * A show waits for {@link #ARMED_FOR} at most, and {@link #MOST_ARMED} at once: an operator's typo never
 * leaves a public server handing its next player a show. A page of the server can offer the same: arm the
 * address of its request with a show of {@link dev.moomoo.lab.replay.Shows}, then open the game's socket
 * from there. Any thread.
 */
public final class Spectators {
    /** How long an armed show waits for its connection before it is dropped. */
    public static final Duration ARMED_FOR = Duration.ofMinutes(2);
    /** How many shows may wait at once. */
    public static final int MOST_ARMED = 8;

    /**
     * A show waiting for the next game connection from {@code address} (as {@link InetAddress#getHostAddress()}
     * spells it), armed at {@code armedNanos} on the spectators' clock.
     */
    record Armed(String address, String label, Show.Maker maker, long armedNanos) {
    }

    /** A spectator's connection: what it is shown, in which profile, with which keys (null unless keyed). */
    record Watching(Show show, ProfileWire wire, Seat.Keys keys) {
    }

    private final LongSupplier nanoClock;
    // guarded by this; oldest first
    private final List<Armed> armed = new ArrayList<>();
    private final Set<Watching> watching = ConcurrentHashMap.newKeySet();

    public Spectators() {
        this(System::nanoTime);
    }

    /** @param nanoClock what {@link System#nanoTime()} says (a test's own clock) */
    Spectators(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * The address a connection from {@code literal} has, spelled as {@link InetAddress#getHostAddress()} spells
     * a connection's ({@code ::1} as {@code 0:0:0:0:0:0:0:1}); an IllegalArgumentException unless it is a literal
     * IPv4 or IPv6 address (a host name is never looked up: this runs on a tick thread).
     */
    public static String address(String literal) {
        try {
            return InetAddress.ofLiteral(literal).getHostAddress();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an IP address: " + literal);
        }
    }

    /**
     * Arms the next game connection from {@code address} (a literal address: {@link #address}) with what
     * {@code maker} makes; {@code label} names it for the console. An IllegalArgumentException when
     * {@code address} is not a literal address, an IllegalStateException (one line, for the console) when
     * {@link #MOST_ARMED} shows wait already. Returns the address as a connection's is matched against it.
     */
    public synchronized String arm(String address, String label, Show.Maker maker) {
        String from = address(address);
        long now = nanoClock.getAsLong();
        dropExpired(now);
        if (armed.size() >= MOST_ARMED) {
            throw new IllegalStateException("not armed: " + MOST_ARMED + " shows wait already (replay lists them); each is dropped "
                    + ARMED_FOR.toMinutes() + " minutes after it was armed");
        }
        armed.add(new Armed(from, label, maker, now));
        return from;
    }

    /** The armed shows not yet taken, one line each: for whom, and how long they have waited and may still wait. */
    public synchronized List<String> waiting() {
        long now = nanoClock.getAsLong();
        dropExpired(now);
        List<String> lines = new ArrayList<>();
        for (Armed a : armed) {
            long waited = TimeUnit.NANOSECONDS.toSeconds(now - a.armedNanos());
            lines.add(a.label() + " waits for the next connection from " + a.address() + ": armed " + waited + " s ago, dropped in "
                    + (ARMED_FOR.toSeconds() - waited) + " s");
        }
        return lines;
    }

    /** Takes the oldest show armed for a connection from {@code from} and not expired, or null. */
    synchronized Armed take(InetAddress from) {
        dropExpired(nanoClock.getAsLong());
        String address = from.getHostAddress();
        for (Armed a : armed) {
            if (a.address().equals(address)) {
                armed.remove(a);
                return a;
            }
        }
        return null;
    }

    /** Drops the shows armed {@link #ARMED_FOR} or longer before {@code now} (lock held). */
    private void dropExpired(long now) {
        armed.removeIf(a -> {
            boolean expired = now - a.armedNanos() >= ARMED_FOR.toNanos();
            if (expired) {
                Logger.info("{} for {} dropped: no connection from there within {} minutes", a.label(), a.address(), ARMED_FOR.toMinutes());
            }
            return expired;
        });
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
