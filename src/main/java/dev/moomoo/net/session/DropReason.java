package dev.moomoo.net.session;

import java.util.Locale;

/**
 * Why the server ended a connection: every close and cut that this side starts carries one, so that
 * each is logged (at debug) with its reason and counted by it ({@code moomoo_connections_dropped_total}).
 * Closes the peer starts are not drops.
 */
public enum DropReason {
    /** A ping went unanswered for ping-timeout-ms: cut without a Close (the peer sees 1006). */
    PING_TIMEOUT("no answer to a ping within the ping timeout"),
    /** Our Close was not answered in twice close-timeout-ms because the peer stopped reading: cut. */
    CLOSE_STUCK("closing handshake not finished: the peer stopped reading"),
    /** Still open when the shutdown grace ran out: cut. */
    SHUTDOWN_CUT("still open when the shutdown grace ran out"),
    /** The server is stopping (1001). */
    SHUTDOWN("server shutting down"),
    /** A frame or message broke RFC 6455, or the control-frame rate (1002, 1007, 1008, 1009). */
    PROTOCOL("protocol violation"),
    /** A text frame on a binary-only endpoint (1003). */
    TEXT_FRAME("text frame on a binary endpoint"),
    /** The endpoint failed on a message (1011). */
    ENDPOINT_ERROR("the endpoint failed"),
    /** The echo endpoint's peer did not read its echoes (1008). */
    ECHO_NOT_READ("echoes not read"),
    /** More undecodable game packets than the violation limit (1008). */
    INVALID_PACKETS("too many undecodable packets"),
    /** The client's inbox of packets for the tick was full (1008). */
    INBOX_FULL("inbox full: packets faster than any client sends"),
    /** The client fell too far behind on what the server sends it (1008). */
    TOO_SLOW("too slow to take what it is sent"),
    /** A player refused because the world is full (4001). */
    SERVER_FULL("the world is full"),
    /** A player kicked by an admin (4001). */
    KICKED("kicked by an admin"),
    /** A connection from a banned address (4001 for a player, 1008 for any other). */
    BANNED("banned"),
    /** A v1.9 socket whose page is not of an allowed Origin (4004). */
    FOREIGN_ORIGIN("the page's Origin is not allowed"),
    /** A v1.9 socket without a good join token (4001). */
    NOT_ADMITTED("no good join token"),
    /** A v1.9 socket of a build module that is not the current one, or no longer (4002). */
    OLD_BUILD("the page's build is not the current one"),
    /** A v1.9 client frame its connection's keys refuse: bad tag, sequence, packet number, or malformed (4001). */
    KEYED_FRAME("a client frame its keys refuse");

    private final String description;

    DropReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The lower-case name, as a metric label. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
