package dev.moomoo.fleet.ticket;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A join ticket the lobby signs for one world of one game server (README, "The lobby"): the server's id,
 * the world's name, the device id of the page it was issued to, when it expires and a random nonce (which
 * makes it good once). Its text, safe in a URL's query, is
 * {@code v1.<server>.<world>.<device>.<expires>.<nonce>.<tag>}: the strings base64url-encoded, the expiry
 * in epoch seconds, the tag the HMAC-SHA256 of everything before its dot under the fleet's
 * {@link TicketSecret}, base64url-encoded.
 */
public record SignedTicket(String serverId, String world, String deviceId, Instant expires, String nonce) {
    private static final String VERSION = "v1";
    private static final int PIECES = 7;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public SignedTicket {
        if (!nonce.matches("[A-Za-z0-9_-]{16,64}")) {
            throw new IllegalArgumentException("a nonce is 16 to 64 base64url characters");
        }
    }

    /** Whether {@code ticket} (what follows {@code tk:}) has the form of a signed ticket rather than of a server's own one. */
    public static boolean looksSigned(String ticket) {
        return ticket.startsWith(VERSION + ".");
    }

    /** The ticket's text, tagged with {@code secret}. */
    public String signed(TicketSecret secret) {
        String body = String.join(".", VERSION, encode(serverId), encode(world), encode(deviceId), Long.toString(expires.getEpochSecond()), nonce);
        return body + "." + ENCODER.encodeToString(secret.tag(body));
    }

    /**
     * The ticket of {@code text} when its tag is {@code secret}'s; else an IllegalArgumentException saying
     * what is wrong (no reason tells a forger which part failed: a bad tag is one answer).
     */
    public static SignedTicket verified(String text, TicketSecret secret) {
        String[] pieces = text.split("\\.", -1);
        int tagDot = text.lastIndexOf('.');
        if (pieces.length != PIECES || !pieces[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a signed join ticket (" + VERSION + " with " + PIECES + " parts)");
        }
        byte[] tag;
        try {
            tag = DECODER.decode(pieces[PIECES - 1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a signed join ticket whose tag is not base64url");
        }
        if (!secret.verifies(text.substring(0, tagDot), tag)) {
            throw new IllegalArgumentException("a signed join ticket whose tag does not verify (another secret, or altered)");
        }
        try {
            return new SignedTicket(decode(pieces[1]), decode(pieces[2]), decode(pieces[3]), Instant.ofEpochSecond(Long.parseLong(pieces[4])), pieces[5]);
        } catch (IllegalArgumentException e) { // a tag of our secret over a malformed body: the signer is broken
            throw new IllegalArgumentException("a signed join ticket with a good tag and a malformed body: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "a signed ticket for " + serverId + "/" + world + " until " + expires; // no nonce: the ticket is a password for one socket
    }

    private static String encode(String s) {
        return ENCODER.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String piece) {
        return new String(DECODER.decode(piece), StandardCharsets.UTF_8);
    }
}
