package dev.moomoo.gateway;

import dev.moomoo.game.delivery.Notices;
import dev.moomoo.lab.replay.Control;
import dev.moomoo.lab.replay.Screen;
import dev.moomoo.lab.replay.Show;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.Outbox;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;
import org.tinylog.Logger;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * leaves a public server handing its next player a show. A page (the inspector's replay and watch buttons)
 * arms a show for a token instead ({@link #armForPage}): the own client names it on its socket's URL
 * ({@value #WATCH_PARAMETER}), from any address, once; a socket that names a token no show waits for is
 * told so and closed, never seated. The own client is also told where the show is (its panel shows the
 * server's lines). Any thread.
 */
public final class Spectators {
    /** How long an armed show waits for its connection before it is dropped. */
    public static final Duration ARMED_FOR = Duration.ofMinutes(2);
    /** How many shows may wait at once. */
    public static final int MOST_ARMED = 8;
    /**
     * How many shows may run at once: each live view may ask the tick for a keyframe a second, and each
     * replay holds its recording in memory (all replays of the process together: ReplayMemory).
     */
    public static final int MOST_WATCHING = 8;

    /** The query parameter of the game socket's URL that takes a show armed for a page: {@code ?watch=<token>}. */
    public static final String WATCH_PARAMETER = "watch";
    /** The bytes of a page's token: unguessable, and good for one connection. */
    private static final int TOKEN_BYTES = 16;

    /**
     * A show waiting for the next game connection from {@code address} (as {@link InetAddress#getHostAddress()}
     * spells it), or, when {@code token} is not null, for the game socket that names that token
     * ({@link #WATCH_PARAMETER}) from any address; armed at {@code armedNanos} on the spectators' clock.
     */
    record Armed(String address, String token, String label, Show.Maker maker, long armedNanos) {
        /** Who may take it, for the console. */
        String forWhom() {
            return token == null ? "the next connection from " + address : "the page of its watch link";
        }
    }

    /**
     * A spectator's connection: what it is shown, in which profile, with which keys (null unless keyed), and
     * its screen, which is told the show's answers to its controls (a client with a panel for server lines
     * shows them).
     */
    record Watching(Show show, ProfileWire wire, Seat.Keys keys, Screen screen) {
    }

    private final LongSupplier nanoClock;
    private final SecureRandom random = new SecureRandom();
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
        add(from, null, label, maker);
        return from;
    }

    /**
     * Arms the game socket that names the returned token ({@code ?watch=<token>}, from any address, once)
     * with what {@code maker} makes: a page of this server (the own client at {@code /}) opens the show.
     * An IllegalStateException (one line) when {@link #MOST_ARMED} shows wait already.
     */
    public synchronized String armForPage(String label, Show.Maker maker) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        add(null, token, label, maker);
        return token;
    }

    /** Adds a show to wait (lock held). */
    private void add(String address, String token, String label, Show.Maker maker) {
        long now = nanoClock.getAsLong();
        dropExpired(now);
        if (armed.size() >= MOST_ARMED) {
            throw new IllegalStateException("not armed: " + MOST_ARMED + " shows wait already (replay lists them); each is dropped "
                    + ARMED_FOR.toMinutes() + " minutes after it was armed");
        }
        armed.add(new Armed(address, token, label, maker, now));
    }

    /** The armed shows not yet taken, one line each: for whom, and how long they have waited and may still wait. */
    public synchronized List<String> waiting() {
        long now = nanoClock.getAsLong();
        dropExpired(now);
        List<String> lines = new ArrayList<>();
        for (Armed a : armed) {
            long waited = TimeUnit.NANOSECONDS.toSeconds(now - a.armedNanos());
            lines.add(a.label() + " waits for " + a.forWhom() + ": armed " + waited + " s ago, dropped in "
                    + (ARMED_FOR.toSeconds() - waited) + " s");
        }
        return lines;
    }

    /**
     * Takes the show armed for the socket that named {@code token} ({@link #WATCH_PARAMETER}), or without a
     * token the oldest armed for a connection from {@code from}; null when there is none (or it expired).
     */
    synchronized Armed take(InetAddress from, String token) {
        dropExpired(nanoClock.getAsLong());
        String address = from.getHostAddress();
        for (Armed a : armed) {
            boolean mine = token == null ? address.equals(a.address())
                    : a.token() != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), a.token().getBytes(StandardCharsets.US_ASCII));
            if (mine) {
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
                Logger.info("{} for {} dropped: not taken within {} minutes", a.label(), a.forWhom(), ARMED_FOR.toMinutes());
            }
            return expired;
        });
    }

    /**
     * Greets {@code connection} with {@code ioInit}, seals what follows with its own keys when it has
     * them, and starts the show {@code armed} makes for it; a show that cannot be made for its profile
     * is told to the client ({@code B}) and the connection closed. {@code panel}: the client shows server
     * lines in a panel (the own client), and is told where the show is as it starts and after each control;
     * {@code drawsAll}: the client draws every kind the game has (a replay re-encoded for it needs no stand-ins).
     */
    void open(Connection connection, ProfileWire wire, ServerPacket.IoInit ioInit, Seat.Keys keys, boolean panel, boolean drawsAll, Armed armed) {
        connection.send(wire.servers().frame(ioInit));
        if (keys != null && keys.channel().mode().keyed()) {
            connection.sealWith(new KeyedSealer(keys.channel()));
        }
        if (watching.size() >= MOST_WATCHING) {
            Logger.info("{}: {} not shown: {} shows run already", connection, armed.label(), MOST_WATCHING);
            turnAway(connection, wire, MOST_WATCHING + " shows run already in this world: arm this one again when one ends");
            return;
        }
        Screen screen = new Screen() {
            @Override
            public boolean show(byte[] message) throws InterruptedException {
                return Spectators.show(connection, message);
            }

            @Override
            public boolean drawsAll() {
                return drawsAll;
            }

            @Override
            public void tell(String line) {
                if (panel) {
                    Spectators.tell(connection, wire, line);
                }
            }
        };
        Show show;
        try {
            show = armed.maker().make(wire.profile().name(), screen);
        } catch (IllegalArgumentException e) {
            Logger.info("{}: {} not shown: {}", connection, armed.label(), e.getMessage());
            turnAway(connection, wire, e.getMessage());
            return;
        }
        Watching w = new Watching(show, wire, keys, screen);
        connection.attach(w);
        watching.add(w);
        Logger.info("{}: spectator of {}", connection, armed.label());
        show.start();
        screen.tell(show.describe());
    }

    /**
     * Greets {@code connection}, a socket that named a watch token no show waits for (used, dropped, or
     * never armed), tells it so and closes it: a spectator's page is never seated as a player instead.
     */
    void refuseWatch(Connection connection, ProfileWire wire, ServerPacket.IoInit ioInit) {
        connection.send(wire.servers().frame(ioInit));
        Logger.info("{}: no show waits for its watch link", connection);
        turnAway(connection, wire, "this watch link was used or is over " + ARMED_FOR.toMinutes() + " minutes old: open it again from /inspect");
    }

    private static void turnAway(Connection connection, ProfileWire wire, String why) {
        connection.send(wire.servers().frame(ConnectionSink.disconnectPacket(why)));
        connection.close(DropReason.NOT_ADMITTED, CloseCode.INVALID_CONNECTION, "not shown");
    }

    /**
     * Writes {@code line} to a spectator whose client has a panel for server lines, as the server's chat
     * (sid -1), after what the show queued before it, waiting as the show does while the queue is full (the
     * line after a seek follows a whole keyframe): a line dropped would leave the page's bar wrong.
     */
    private static void tell(Connection connection, ProfileWire wire, String line) {
        try {
            show(connection, wire.servers().encode(new ServerPacket.Chat(-1, Text.sanitizeLine(line, Notices.PANEL_CHARS))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the show is stopping: nobody is left to tell
        }
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
                String answer;
                try {
                    answer = w.show().control(Control.parse(chat.text()));
                    Logger.info("{}: {}", connection, answer);
                } catch (IllegalArgumentException e) {
                    answer = e.getMessage();
                    Logger.debug("{}: not a control: {}", connection, answer);
                }
                w.screen().tell(answer);
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
