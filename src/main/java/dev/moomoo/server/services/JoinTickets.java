package dev.moomoo.server.services;

import dev.moomoo.gateway.JoinGate;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The join tickets of {@code POST /api/join}: the page asks for one as Enter Game is pressed and opens its
 * socket with {@code ?token=tk:<ticket>}, where the game endpoint checks it here ({@link JoinGate}). A
 * ticket is good once, for the world it was issued for, until it expires (seconds: the page uses it at
 * once); it carries the device id it was issued to. At most {@code max} wait to be used: past that the
 * oldest is dropped, so a flood of requests costs memory only up to the bound. Any thread.
 */
public final class JoinTickets implements JoinGate {
    /** A device id the page may keep ({@code moo_did}): this server's own are 22 characters of base64url. */
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** What {@code POST /api/join} answers: the ticket and the device id it is bound to. */
    public record Issued(String ticket, String deviceId) {
        @Override
        public String toString() {
            return "a ticket for device " + deviceId; // the ticket itself is a password for one socket: never logged
        }
    }

    private record Ticket(String worldKey, String deviceId, Instant expires) {
    }

    private final InstantSource clock;
    private final Duration lifetime;
    private final int max;
    private final SecureRandom random;
    /** In the order issued, which is the order they expire in (one lifetime for all). */
    private final LinkedHashMap<String, Ticket> waiting = new LinkedHashMap<>();

    public JoinTickets(InstantSource clock, Duration lifetime, int max, SecureRandom random) {
        if (max < 1 || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("tickets need a positive lifetime and room for one");
        }
        this.clock = clock;
        this.lifetime = lifetime;
        this.max = max;
        this.random = random;
    }

    /**
     * A new ticket for a socket to the world {@code worldKey}, bound to {@code deviceId} when the page sent
     * one of the right form, else to a new one (the page keeps what it is given).
     */
    public Issued issue(String worldKey, String deviceId) {
        String device = deviceId(deviceId, random);
        String ticket = randomId(random);
        Instant now = clock.instant();
        synchronized (this) {
            dropExpired(now);
            if (waiting.size() >= max) {
                Iterator<Map.Entry<String, Ticket>> oldest = waiting.entrySet().iterator();
                oldest.next();
                oldest.remove();
            }
            waiting.put(ticket, new Ticket(worldKey, device, now.plus(lifetime)));
        }
        return new Issued(ticket, device);
    }

    /** Uses up the ticket in {@code token} ({@code tk:<ticket>}); a ticket is gone after it is shown once, good or not. */
    @Override
    public Admission admit(String worldKey, String token) {
        if (token == null || token.isEmpty()) {
            return new Admission.Refused("no token: the page gets a join ticket from POST /api/join first");
        }
        if (!token.startsWith(TICKET_PREFIX)) {
            return new Admission.Refused(token.startsWith("cf:")
                    ? "a captcha token without a join ticket (POST /api/join failed or was not asked)"
                    : "the token is not a join ticket (tk:...)");
        }
        Instant now = clock.instant();
        Ticket ticket;
        synchronized (this) {
            ticket = waiting.remove(token.substring(TICKET_PREFIX.length()));
            dropExpired(now);
        }
        if (ticket == null) {
            return new Admission.Refused("unknown join ticket (never issued, already used, or dropped)");
        }
        if (!now.isBefore(ticket.expires())) {
            return new Admission.Refused("expired join ticket");
        }
        if (!ticket.worldKey().equals(worldKey)) {
            return new Admission.Refused("a join ticket for world " + ticket.worldKey() + ", not " + worldKey);
        }
        return new Admission.Admitted(ticket.deviceId());
    }

    /** Tickets waiting to be used (expired ones go when the next ticket is issued or shown). */
    public synchronized int waiting() {
        return waiting.size();
    }

    private void dropExpired(Instant now) {
        Iterator<Ticket> it = waiting.values().iterator();
        while (it.hasNext() && !now.isBefore(it.next().expires())) {
            it.remove();
        }
    }

    /** {@code offered} when it is a device id of the right form, else a new one (the page keeps what it is given). */
    public static String deviceId(String offered, SecureRandom random) {
        return offered != null && DEVICE_ID.matcher(offered).matches() ? offered : randomId(random);
    }

    private static String randomId(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
