package dev.moomoo.gateway;

import dev.moomoo.protocol.ClientCodec;
import dev.moomoo.protocol.Profile;
import dev.moomoo.protocol.ServerCodec;
import dev.moomoo.protocol.ServerKind;
import dev.moomoo.protocol.ServerPacket;

/**
 * One protocol profile's side of the gateway, shared by every connection that speaks it: its codecs,
 * the {@link FrameEncoder} that encodes each packet once per tick for all of them, its counters, and
 * its pong encoded once. Immutable but for the counters and the encoder's tick memo.
 */
public final class ProfileWire {
    private final Profile profile;
    private final ClientCodec clients;
    private final FrameEncoder frames;
    private final GatewayStats stats = new GatewayStats();
    private final byte[] pongFrame;

    ProfileWire(Profile profile) {
        this.profile = profile;
        this.clients = new ClientCodec(profile);
        this.frames = new FrameEncoder(new ServerCodec(profile));
        this.pongFrame = frames.codec().frame(new ServerPacket.Pong());
    }

    public Profile profile() {
        return profile;
    }

    /** The encoder of this profile's packets; the tick runs through {@link FrameEncoder#duringTick} (see {@link Wires#duringTick}). */
    public FrameEncoder frames() {
        return frames;
    }

    public GatewayStats stats() {
        return stats;
    }

    ClientCodec clients() {
        return clients;
    }

    ServerCodec servers() {
        return frames.codec();
    }

    byte[] pongFrame() {
        return pongFrame;
    }

    /** Whether this profile's connections are sent packets of {@code kind}: those it lacks are left out (and counted). */
    boolean sends(ServerKind kind) {
        return profile.sends(kind);
    }

    @Override
    public String toString() {
        return "wire of " + profile;
    }
}
