package dev.moomoo.fleet.ticket;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * The secret the lobby and every game server of a fleet share (setting {@code join-ticket-secret}): the
 * key of the HMAC-SHA256 tag of a {@link SignedTicket}. It is never logged or printed. Any thread.
 */
public final class TicketSecret {
    /** The fewest bytes a secret may have: as many as the tag (RFC 2104 advises no shorter key than the hash's output). */
    public static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** {@code secret}'s UTF-8 bytes as the key; an IllegalArgumentException when there are fewer than {@link #MIN_BYTES}. */
    public TicketSecret(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("a join ticket secret needs at least " + MIN_BYTES + " bytes, this one has " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The tag of {@code text} (ASCII: a ticket's signed part). */
    byte[] tag(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }

    /** Whether {@code tag} is the tag of {@code text}, compared in constant time. */
    boolean verifies(String text, byte[] tag) {
        return MessageDigest.isEqual(tag(text), tag);
    }

    @Override
    public String toString() {
        return "a join ticket secret";
    }
}
