package dev.moomoo.gateway;

import dev.moomoo.game.port.Client;
import dev.moomoo.protocol.keyed.BuildModule;
import dev.moomoo.protocol.keyed.KeyedChannel;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One game connection's state in the gateway: its seat in the world ({@link Client}), its sink, its
 * profile's wire, its count of undecodable messages, for a v1.9 socket its keys, and its hooks into the
 * packet lab.
 *
 * @param keys null for the sockets of the older profiles, which speak plain frames
 */
record Seat(Client client, ConnectionSink sink, ProfileWire wire, AtomicInteger violations, Keys keys, SeatTap tap) {
    /** A v1.9 socket's channel, and the build its page runs (a roll closes it). */
    record Keys(KeyedChannel channel, BuildModule build) {
        @Override
        public String toString() {
            return "keys of " + build; // never the keys themselves
        }
    }
}
