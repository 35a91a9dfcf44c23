package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

/** The port through which a game system sends packets: to one client, and its sink decides the rest. */
@FunctionalInterface
interface Outbound {
    void send(Client client, ServerPacket packet);
}
