package dev.moomoo.protocol;

/** The packets a client sends. Their codes per era are data, in {@code codes.tsv}. */
public enum ClientKind {
    SPAWN, AIM, MOVE, RESET_MOVE, ATTACK, SELECT, UPGRADE, TOGGLE, CREATE_TRIBE, LEAVE_TRIBE,
    JOIN_TRIBE, ANSWER_JOIN, KICK_MEMBER, STORE, CHAT, MAP_PING, PING
}
