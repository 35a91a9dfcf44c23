package dev.moomoo.game.delivery;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

/**
 * Answers a v1.9 client's {@code V [sid]} (it opened a player's profile card) with that player's live
 * stats, {@code F}: what the world keeps of them, its kills, the resources it holds and its score, and
 * 0 for what the world does not count (src/site/protocol.md, "The v1.9 profile").
 */
public final class StatsWatch {
    private final Roster roster;
    private final Outbound out;

    public StatsWatch(Roster roster, Outbound out) {
        this.roster = roster;
        this.out = out;
    }

    /** Sends {@code client} the stats of the player {@code sid}; nothing for no sid (stop watching) or no such player. */
    public void answer(Client client, Integer sid) {
        Player p = sid == null ? null : roster.bySid(sid);
        if (p == null) {
            return;
        }
        out.send(client, new ServerPacket.LiveStats(p.sid(), p.kills(), p.resource(Resource.WOOD), p.resource(Resource.FOOD),
                p.resource(Resource.STONE), p.resource(Resource.GOLD), 0, 0, 0, 0, 0, 0, p.score()));
    }
}
