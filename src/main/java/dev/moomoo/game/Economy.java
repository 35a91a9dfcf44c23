package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

/** Resources and experience: what a player gains, and the age-ups XP brings, each told to its client. */
final class Economy {
    private final Outbound out;

    Economy(Outbound out) {
        this.out = out;
    }

    void addResource(Player p, Resource r, long amount) {
        p.resources[r.ordinal()] = Math.max(0, p.resources[r.ordinal()] + amount);
        out.send(p, new ServerPacket.Stat(r.stat(), p.resources[r.ordinal()], true));
    }

    void addXp(Player p, long amount) {
        p.xp += amount;
        boolean aged = false;
        while (p.xp >= p.maxXp && p.age < Player.MAX_AGE) {
            p.xp -= p.maxXp;
            p.age++;
            p.maxXp = Math.round(p.maxXp * Player.XP_GROWTH);
            aged = true;
        }
        out.send(p, aged ? new ServerPacket.Xp(p.xp, (double) p.maxXp, p.age) : ServerPacket.Xp.of(p.xp));
    }
}
