package dev.moomoo.fleet.ticket;

import dev.moomoo.gateway.JoinGate;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A game server's gate when it is part of a fleet (README, "The lobby"): a socket shows either a ticket
 * of the server's own {@code POST /api/join} (asked of {@code own}) or one the lobby signed. A signed one
 * is let in when its tag verifies with the shared secret, it names this server and the world dialed, it
 * has not expired ({@link #SKEW} of clock difference allowed), and its nonce was not seen before. Each
 * refusal says which of these failed; the keyed endpoint closes with 4001. Any thread.
 */
public final class SignedTicketGate implements JoinGate {
    /** How far the lobby's clock and this one may disagree. */
    public static final Duration SKEW = Duration.ofSeconds(5);
    /**
     * The longest a signed ticket may be good for: the most the setting {@code join-ticket-ms} allows. A
     * ticket that claims more is refused, so no nonce is remembered for longer.
     */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

    private final TicketSecret secret;
    private final String serverId;
    private final InstantSource clock;
    private final UsedNonces used;
    private final JoinGate own;

    /** {@code maxNonces}: the nonces remembered at most, that is the signed joins within a ticket's lifetime. */
    public SignedTicketGate(TicketSecret secret, String serverId, InstantSource clock, int maxNonces, JoinGate own) {
        this.secret = secret;
        this.serverId = serverId;
        this.clock = clock;
        this.used = new UsedNonces(maxNonces);
        this.own = own;
    }

    @Override
    public Admission admit(String worldKey, String token) {
        if (token == null || !token.startsWith(TICKET_PREFIX) || !SignedTicket.looksSigned(token.substring(TICKET_PREFIX.length()))) {
            return own.admit(worldKey, token);
        }
        SignedTicket ticket;
        try {
            ticket = SignedTicket.verified(token.substring(TICKET_PREFIX.length()), secret);
        } catch (IllegalArgumentException e) {
            return new Admission.Refused(e.getMessage());
        }
        if (!ticket.serverId().equals(serverId)) {
            return new Admission.Refused("a signed join ticket for server " + ticket.serverId() + ", not " + serverId);
        }
        if (!ticket.world().equals(worldKey)) {
            return new Admission.Refused("a signed join ticket for world " + ticket.world() + ", not " + worldKey);
        }
        Instant now = clock.instant();
        Instant forgetAt = ticket.expires().plus(SKEW);
        if (!now.isBefore(forgetAt)) {
            return new Admission.Refused("expired signed join ticket");
        }
        if (ticket.expires().isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
            return new Admission.Refused("a signed join ticket good for longer than " + MAX_LIFETIME.toMinutes() + " minutes");
        }
        return switch (used.use(ticket.nonce(), forgetAt, now)) {
            case FIRST -> new Admission.Admitted(ticket.deviceId());
            case REPLAYED -> new Admission.Refused("a signed join ticket used before");
            case FULL -> new Admission.Refused("too many signed joins to remember: no new one until the oldest expire");
        };
    }

    /** Nonces remembered now. */
    public int rememberedNonces() {
        return used.remembered();
    }
}
