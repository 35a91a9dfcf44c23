package dev.moomoo.gateway;

/**
 * What the current client's socket must show before it may play: the token on its URL
 * ({@code ?token=tk:<ticket>} from {@code POST /join}, or {@code cf:<captcha token>} when the page could
 * not get a ticket). The server's web services issue the tickets; the game endpoint asks here at the
 * upgrade. Any thread.
 */
public interface JoinGate {
    /** The prefix of a join ticket in the socket's {@code token} (src/site/keyed-protocol.md; the page adds it). */
    String TICKET_PREFIX = "tk:";

    /**
     * Checks and uses up {@code token} (the URL's {@code token} parameter, decoded; null when absent) for
     * a socket to the world of {@code worldKey}.
     */
    Admission admit(String worldKey, String token);

    /**
     * Lets every socket in, whatever its token: for a server that issues no tickets (one that serves no
     * saved v1.9 page), whose plain endpoint lets everyone in too.
     */
    static JoinGate admitAll() {
        return (worldKey, token) -> new Admission.Admitted(null);
    }

    /** The answer: let in, with the device id the ticket was issued to (null when it had none), or not, saying why (for the log). */
    sealed interface Admission {
        record Admitted(String deviceId) implements Admission {
        }

        record Refused(String reason) implements Admission {
        }
    }
}
