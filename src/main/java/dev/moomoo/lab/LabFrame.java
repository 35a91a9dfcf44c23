package dev.moomoo.lab;

/**
 * One thing the lab saw on one connection: a message in or out, or an event around one (a refusal, an
 * update the outbox replaced or dropped, the connection opening or closing). Immutable once made; the
 * byte arrays are the lab's own copies and must not be changed by whoever reads them.
 *
 * @param epochMillis  wall-clock time it was seen, for people (never for ordering)
 * @param nanos        {@link System#nanoTime()} when it was seen: orders frames and times recordings
 * @param tick         the world's tick number when it was seen, or -1 outside any world
 * @param world        the world's name, or "" outside any world
 * @param connectionId the connection's id as the console and the text trace show it
 * @param player       who the connection belongs to across reconnects (see {@code LabTap}), or "" before a seat
 * @param sid          the player's sid in the world, or -1 before a spawn
 * @param profile      the protocol profile's name ({@code v1.8}, {@code v1.9}, ...), or "" before the handshake picks one
 * @param direction    into the server or out of it
 * @param kind         what happened
 * @param wire         the message's payload as on the wire (after the WebSocket mask, before any keyed
 *                     unmasking): what a replay sends again; empty for OPENED and CLOSED
 * @param plain        the msgpack bytes the codec read or wrote: the same array as {@code wire} for
 *                     profiles without keyed frames
 * @param code         the packet code, or null when the message did not decode that far
 * @param reason       why it was refused, replaced, dropped or closed; null for a plain FRAME
 */
public record LabFrame(long epochMillis, long nanos, long tick, String world, String connectionId, String player,
                       int sid, String profile, Direction direction, Kind kind, byte[] wire, byte[] plain,
                       String code, String reason) {

    public enum Direction { IN, OUT }

    public enum Kind {
        /** A message the server read and decoded, or wrote to the socket (not merely queued). */
        FRAME,
        /** A message that did not decode, or was refused by the profile's rules; {@code reason} says why. */
        REFUSED,
        /** An outbound per-tick update that a newer one replaced before the writer sent it. */
        REPLACED,
        /** An outbound message the outbox dropped (full, or closing). */
        DROPPED,
        /** The connection was accepted and upgraded. */
        OPENED,
        /** The connection closed; {@code reason} has the close code and text. */
        CLOSED
    }
}
