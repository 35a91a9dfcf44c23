package dev.moomoo.lab.inputs;

import dev.moomoo.admin.AdminContext;
import dev.moomoo.admin.BanList;
import dev.moomoo.game.World;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.tick.TickStats;
import dev.moomoo.gateway.PacketTrace;
import dev.moomoo.gateway.Spectators;
import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.protocol.keyed.BuildModule;

import java.io.IOException;
import java.util.List;

/**
 * The server around a replayed world, as its admin commands see it: bans kept in memory, a ban kicking
 * the world's clients from that address as the server does, and nothing of the network (no trace, no
 * build, no stopping). Commands that only read answer with what a replay has.
 */
final class ReplayAdminContext implements AdminContext {
    private final World world;
    private final TickStats stats = new TickStats(1);
    private final BanList bans;

    ReplayAdminContext(World world) {
        this.world = world;
        try {
            this.bans = new BanList(null);
        } catch (IOException e) {
            throw new IllegalStateException("a ban list without a file reads nothing", e);
        }
    }

    @Override
    public World world() {
        return world;
    }

    @Override
    public TickStats tickStats() {
        return stats;
    }

    @Override
    public int connectionCount() {
        return world.admin().clients().size();
    }

    @Override
    public String pageUrl() {
        return "replay";
    }

    @Override
    public BanList bans() {
        return bans;
    }

    @Override
    public PacketTrace trace() {
        throw new UnsupportedOperationException("a replay has no packet trace");
    }

    /** A replay has no wire to watch. */
    @Override
    public LabFeed lab() {
        throw new UnsupportedOperationException("a replay has no packet lab");
    }

    /** A replay makes no keyframes: nobody watches it. */
    @Override
    public KeyframeSource keyframes() {
        throw new UnsupportedOperationException("a replay has no keyframes");
    }

    /** A replay has no endpoints, so no spectators: a recorded {@code replay} or {@code spectate} changed nothing in the world. */
    @Override
    public Spectators spectators() {
        throw new UnsupportedOperationException("a replay has no spectators");
    }

    /** A replay writes no recordings: a recorded {@code record} or {@code mark} changed nothing in the world, and fails here alike. */
    @Override
    public Recordings recordings() {
        throw new UnsupportedOperationException("a replay has no recordings");
    }

    /** As the server does: each of the world's clients from {@code address} is kicked, by a task of the tick. */
    @Override
    public int disconnectAddress(String address, String reason) {
        List<Client> from = world.admin().clients().stream().filter(c -> c.address().equals(address)).toList();
        for (Client c : from) {
            world.submit(w -> {
                w.kick(c, DisconnectReason.BANNED, reason);
                return null;
            });
        }
        return from.size();
    }

    @Override
    public BuildModule build() {
        throw new UnsupportedOperationException("a replay has no page build");
    }

    @Override
    public BuildModule rollBuild() {
        throw new UnsupportedOperationException("a replay has no page build");
    }

    @Override
    public void requestStop(int seconds) {
        // a replay ends with its journal
    }
}
