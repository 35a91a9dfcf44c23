package dev.moomoo.fleet.ticket;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;

/** The lobby's side of the signed tickets: a ticket for one world of one game server, good for {@code lifetime}. Any thread. */
public final class TicketSigner {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final TicketSecret secret;
    private final InstantSource clock;
    private final Duration lifetime;
    private final SecureRandom random;

    public TicketSigner(TicketSecret secret, InstantSource clock, Duration lifetime, SecureRandom random) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(SignedTicketGate.MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("a signed ticket is good for a moment up to " + SignedTicketGate.MAX_LIFETIME);
        }
        this.secret = secret;
        this.clock = clock;
        this.lifetime = lifetime;
        this.random = random;
    }

    /** The text of a new ticket for {@code world} of the game server {@code serverId}, bound to {@code deviceId}. */
    public String issue(String serverId, String world, String deviceId) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return new SignedTicket(serverId, world, deviceId, clock.instant().plus(lifetime), BASE64URL.encodeToString(nonce)).signed(secret);
    }
}
