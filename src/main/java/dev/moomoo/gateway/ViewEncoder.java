package dev.moomoo.gateway;

import dev.moomoo.net.websocket.Frames;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.UpdateEncoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fresh join's packets as the messages one profile sends a client that was sent nothing before: a
 * v1.9 client's {@code a} and {@code I} are written from an empty {@link ViewerMemory} of their own
 * (every attribute, nothing hidden), as its real connection's first ones were. Packets the profile lacks
 * are left out. The messages are payloads, before any keyed sealing. Any thread.
 */
final class ViewEncoder {
    private ViewEncoder() {
    }

    static List<byte[]> messages(ProfileWire wire, List<ServerPacket> packets) {
        ViewerMemory memory = wire.profile() == Profile.V19 ? new ViewerMemory(wire.servers()) : null;
        List<byte[]> messages = new ArrayList<>(packets.size());
        for (ServerPacket packet : packets) {
            if (!wire.sends(packet.kind())) {
                continue;
            }
            switch (packet) {
                case ServerPacket.UpdatePlayers update -> {
                    UpdateEncoder e = memory == null ? wire.servers().encodeUpdate(update.players()) : memory.update(update.players());
                    messages.add(e.toByteArray());
                }
                case ServerPacket.UpdateAnimals animals when memory != null -> {
                    byte[] frame = memory.animalsFrame(animals); // null: it hides nothing, as every first one
                    messages.add(frame == null ? wire.servers().encode(animals) : payloadOf(frame));
                }
                default -> {
                    if (memory != null && packet instanceof ServerPacket.AddPlayer added) {
                        memory.forget(added.player().sid());
                    }
                    messages.add(wire.servers().encode(packet));
                }
            }
        }
        return messages;
    }

    private static byte[] payloadOf(byte[] frame) {
        return Arrays.copyOfRange(frame, Frames.headerLength(frame, 0), frame.length);
    }
}
