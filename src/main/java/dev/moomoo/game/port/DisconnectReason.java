package dev.moomoo.game.port;

/** Why the world ends a client's connection; the gateway turns each into a close code. */
public enum DisconnectReason {
    /** The world has no room for another player. */
    SERVER_FULL,
    /** An admin removed the player. */
    KICKED,
    /** The player's address was banned. */
    BANNED,
    /** The client stopped taking its packets fast enough. */
    TOO_SLOW
}
