package dev.moomoo.lab.inspect;

import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.LabFrame;
import dev.moomoo.net.session.Connection;
import dev.moomoo.net.session.DropReason;
import dev.moomoo.net.session.Endpoint;
import dev.moomoo.net.session.Outbox;
import dev.moomoo.net.websocket.CloseCode;
import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Opcode;
import dev.moomoo.protocol.Json;
import dev.moomoo.protocol.JsonReader;
import org.tinylog.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One signed-in page's socket ({@code /inspect/socket}): a thread of its own reads every frame of the
 * lab's feed from a bounded subscription, keeps the connection list, and sends the page what it follows.
 * The world never waits for it: what the subscription could not hold, and what the page's own outbox
 * refused, are counted and shown, not queued.
 *
 * <p>Server to page, JSON text messages: {@code hello} (the session's rights and every packet's
 * layout), {@code frames} (batches, at most every {@link #FLUSH_NANOS}), {@code connections} (every
 * second, with the counts of frames missed). Page to server: {@code {"op": "follow", "connection": id}},
 * {@code {"op": "follow", "player": key}}, {@code {"op": "follow", "all": true}}, {@code {"op": "stop"}}.
 */
final class InspectSocket implements Endpoint {
    /** Frames one page's subscription holds before it misses some. */
    static final int QUEUE = 8192;
    private static final long FLUSH_NANOS = 100_000_000L;
    private static final long SECOND_NANOS = 1_000_000_000L;
    /** A batch is sent when it holds this many bytes of frames, before its time. */
    private static final int BATCH_BYTES = 256 * 1024;
    /** How long a message waits for room in a slow page's outbox before it counts as missed, and how often it looks. */
    private static final int FULL_WAIT_MILLIS = 2000;
    private static final int FULL_POLL_MILLIS = 5;

    private final InspectSessions sessions;
    private final InspectSessions.Session session;
    private final LabFeed feed;
    private final Function<String, String> addresses;
    private final Map<String, Object> layouts;
    private volatile Following following = Following.NOBODY;
    private volatile boolean closed;
    private Thread pump;

    InspectSocket(InspectSessions sessions, InspectSessions.Session session, LabFeed feed, Function<String, String> addresses, Map<String, Object> layouts) {
        this.sessions = sessions;
        this.session = session;
        this.feed = feed;
        this.addresses = addresses;
        this.layouts = layouts;
    }

    @Override
    public void onOpen(Connection connection, String requestTarget) {
        pump = Thread.ofVirtual().name("inspect-" + connection.id()).start(() -> pump(connection));
    }

    @Override
    public void onBinary(Connection connection, byte[] data) {
        connection.close(DropReason.PROTOCOL, CloseCode.UNSUPPORTED_DATA, "the inspector takes JSON text");
    }

    @Override
    public void onText(Connection connection, String text) {
        Map<String, Object> m;
        try {
            m = JsonReader.flatObject(text);
        } catch (IllegalArgumentException e) {
            connection.close(DropReason.PROTOCOL, CloseCode.POLICY_VIOLATION, "not a JSON object");
            return;
        }
        Following f = following;
        following = switch (String.valueOf(m.get("op"))) {
            case "follow" -> m.get("connection") instanceof String id ? f.withConnection(id)
                    : m.get("player") instanceof String player ? f.withPlayer(player)
                    : Boolean.TRUE.equals(m.get("all")) ? f.everyone() : f;
            case "stop" -> Following.NOBODY;
            default -> f;
        };
    }

    @Override
    public void onClose(Connection connection, int code) {
        closed = true;
        if (pump != null) {
            pump.interrupt();
        }
    }

    /** The page's thread: reads the feed until the socket closes or the session ends. */
    private void pump(Connection connection) {
        ConnectionTable table = new ConnectionTable(addresses);
        List<Map<String, Object>> batch = new ArrayList<>();
        long seq = 0;
        long pageMissed = 0;
        int batchBytes = 0;
        long lastSecond = System.nanoTime();
        long lastFlush = lastSecond;
        try (LabFeed.Subscription subscription = feed.subscribe(f -> true, QUEUE)) {
            send(connection, Map.of("type", "hello", "mayChange", session.mayChange(), "layouts", layouts));
            while (!closed) {
                LabFrame f = subscription.poll(50);
                if (f != null) {
                    table.count(f);
                    if (following.matches(f)) {
                        batch.add(FrameJson.of(++seq, f));
                        batchBytes += 2 * (f.wire().length + f.plain().length) + 256;
                    }
                }
                long now = System.nanoTime();
                if (!batch.isEmpty() && (batchBytes >= BATCH_BYTES || now - lastFlush >= FLUSH_NANOS)) {
                    if (!send(connection, Map.of("type", "frames", "frames", batch))) {
                        pageMissed += batch.size();
                    }
                    batch = new ArrayList<>();
                    batchBytes = 0;
                    lastFlush = now;
                }
                if (now - lastSecond >= SECOND_NANOS) {
                    if (sessions.find(session.id()) == null) {
                        connection.close(DropReason.NOT_ADMITTED, CloseCode.POLICY_VIOLATION, "signed out");
                        return;
                    }
                    Map<String, Object> list = new LinkedHashMap<>();
                    list.put("type", "connections");
                    list.put("connections", table.json(now, (now - lastSecond) / 1e9));
                    list.put("missed", subscription.missed());
                    list.put("pageMissed", pageMissed);
                    list.put("following", following.json());
                    send(connection, list);
                    lastSecond = now;
                }
            }
        } catch (InterruptedException e) {
            // the socket closed
        } catch (RuntimeException e) {
            Logger.error(e, "{}: the inspector's pump failed", connection);
            connection.close(DropReason.ENDPOINT_ERROR, CloseCode.INTERNAL_ERROR, "inspector failure");
        }
    }

    /**
     * Queues one JSON message; false when the page's outbox stayed full for {@link #FULL_WAIT_MILLIS} (the
     * page is slow) or it closed. Only this page's thread waits: meanwhile its subscription fills, and
     * what it cannot hold is counted as missed.
     */
    private static boolean send(Connection connection, Map<String, Object> message) throws InterruptedException {
        byte[] text = Json.write(message).getBytes(StandardCharsets.UTF_8);
        byte[] frame = Frames.encode(Opcode.TEXT, text, 0, text.length);
        for (int waited = 0; ; waited += FULL_POLL_MILLIS) {
            Outbox.Offer offer = connection.send(frame);
            if (offer != Outbox.Offer.FULL || waited >= FULL_WAIT_MILLIS) {
                return offer == Outbox.Offer.ACCEPTED;
            }
            Thread.sleep(FULL_POLL_MILLIS);
        }
    }
}
