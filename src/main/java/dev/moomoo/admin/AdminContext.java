package dev.moomoo.admin;

import dev.moomoo.game.World;
import dev.moomoo.game.tick.TickStats;
import dev.moomoo.gateway.PacketTrace;
import dev.moomoo.gateway.Spectators;
import dev.moomoo.lab.KeyframeSource;
import dev.moomoo.lab.LabFeed;
import dev.moomoo.lab.record.Recordings;
import dev.moomoo.protocol.keyed.BuildModule;

import java.io.IOException;

/** What commands act on beyond the world: the server around it. */
public interface AdminContext {
    World world();

    /** The world as commands name it to the operator: its name, and what else tells it apart. */
    default String worldLabel() {
        return world().name();
    }

    TickStats tickStats();

    int connectionCount();

    /** The address of the game's page (it is served on the game port), for operators. */
    String pageUrl();

    BanList bans();

    /** The server's text trace (one for every world: a trace started from a world's commands traces that world). */
    PacketTrace trace();

    /** The server's packet lab, every world's frames (each carries its world's name). */
    LabFeed lab();
    /** The server's recordings (src/site/recording-format.md): the one running in each world, and the files. */
    Recordings recordings();

    /** The keyframes of this world's connections' views (for recordings and live views). */
    KeyframeSource keyframes();

    /** The spectators of this world's endpoints: replays and live views armed and running. */
    Spectators spectators();

    /** Closes every connection from {@code address} (players get a disconnect reason); returns how many. */
    int disconnectAddress(String address, String reason);

    /** The protocol module the v1.9 page imports now (src/site/keyed-protocol.md, "The build module"). */
    BuildModule build();

    /** Makes a new build of that module and serves it; pages still on the old one are told to reload. */
    BuildModule rollBuild() throws IOException;

    /** Stops the server gracefully after {@code seconds}, players having been told with the restart notice. */
    void requestStop(int seconds);
}
