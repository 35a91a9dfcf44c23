package dev.moomoo.game.delivery;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * The top ten by score, sent to every living player every few seconds, with the crab badge for those of
 * the ten who had a share in a Crab King's death (v1.9 clients show it).
 */
public final class LeaderboardBroadcast {
    private static final int ROWS = 10;
    private final Roster roster;
    private final Outbound out;

    public LeaderboardBroadcast(Roster roster, Outbound out) {
        this.roster = roster;
        this.out = out;
    }

    public void send() {
        ServerPacket board = board();
        for (Player p : roster.living()) {
            out.send(p, board);
        }
    }

    /** The board as it stands now: what {@link #send} sends, and what a keyframe shows. */
    public ServerPacket.Leaderboard board() {
        List<Player> top = new ArrayList<>(roster.living());
        top.sort((a, b) -> a.score() != b.score() ? Long.compare(b.score(), a.score()) : Integer.compare(a.sid(), b.sid()));
        List<ServerPacket.LeaderEntry> entries = new ArrayList<>();
        List<Integer> crabKillers = new ArrayList<>();
        for (int i = 0; i < Math.min(ROWS, top.size()); i++) {
            Player p = top.get(i);
            entries.add(new ServerPacket.LeaderEntry(p.sid(), p.name(), p.score()));
            if (p.crabKiller()) {
                crabKillers.add(p.sid());
            }
        }
        return new ServerPacket.Leaderboard(entries, crabKillers);
    }
}
