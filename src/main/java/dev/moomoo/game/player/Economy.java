package dev.moomoo.game.player;

import dev.moomoo.game.data.Cost;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Progress;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.protocol.ServerPacket;

/**
 * Resources, experience and upgrade points: what a player gains and pays, and the age-ups XP brings,
 * each told to its client. Every point (gold) counts as experience; a resource gained (not a score)
 * also counts as XP for the weapon in hand, its variant (src/site/rules.md#variants-and-weapon-xp).
 */
public final class Economy {
    private final Outbound out;
    private final boolean sandbox;

    public Economy(Outbound out, boolean sandbox) {
        this.out = out;
        this.sandbox = sandbox;
    }

    /**
     * A resource gained (gathered, an animal's drop, a refund, a steal: a negative amount takes it): a
     * gain grows the XP of the weapon in hand.
     */
    public void addResource(Player p, Resource r, long amount) {
        credit(p, r, amount);
        if (amount > 0) {
            p.loadout().addWeaponXp(amount);
        }
    }

    /** Points paid as a score (a kill, an animal's score, mills, worn points): experience, but no weapon XP. */
    public void addScore(Player p, long points) {
        credit(p, Resource.GOLD, points);
    }

    private void credit(Player p, Resource r, long amount) {
        long now = p.addResource(r, amount);
        out.send(p, new ServerPacket.Stat(r.stat(), now, true));
        if (amount > 0 && r == Resource.GOLD) {
            addXp(p, amount);
        }
    }

    /** Whether a building or food can be paid for: always in sandbox mode. */
    public boolean canPay(Player p, Cost cost) {
        return sandbox || has(p, cost);
    }

    /** Whether the player holds the resources, sandbox or not (a shot needs them even there, and uses none). */
    public boolean has(Player p, Cost cost) {
        return p.resource(Resource.FOOD) >= cost.food() && p.resource(Resource.WOOD) >= cost.wood()
                && p.resource(Resource.STONE) >= cost.stone() && p.resource(Resource.GOLD) >= cost.gold();
    }

    /** Takes a cost that {@link #canPay} allowed (nothing in sandbox mode); counts as no gain. */
    public void pay(Player p, Cost cost) {
        if (sandbox) {
            return;
        }
        take(p, Resource.FOOD, cost.food());
        take(p, Resource.WOOD, cost.wood());
        take(p, Resource.STONE, cost.stone());
        take(p, Resource.GOLD, cost.gold());
    }

    /** Gives a cost back as a gain (a destroyed building's refund to its destroyer). */
    public void refund(Player p, Cost cost) {
        gain(p, Resource.FOOD, cost.food());
        gain(p, Resource.WOOD, cost.wood());
        gain(p, Resource.STONE, cost.stone());
        gain(p, Resource.GOLD, cost.gold());
    }

    private void take(Player p, Resource r, int amount) {
        if (amount > 0) {
            long now = p.addResource(r, -amount);
            out.send(p, new ServerPacket.Stat(r.stat(), now, true));
        }
    }

    private void gain(Player p, Resource r, int amount) {
        if (amount > 0) {
            addResource(p, r, amount);
        }
    }

    /** The next age's XP as the client is sent it: one decimal. */
    static double oneDecimal(double maxXp) {
        return Math.round(maxXp * 10) / 10.0;
    }

    /** Adds XP; each age reached gives an upgrade point ({@code U}) and XP beyond it is dropped. */
    public void addXp(Player p, long amount) {
        Progress g = p.progress();
        if (g.addXp(amount)) {
            out.send(p, new ServerPacket.Xp(g.xp(), oneDecimal(g.maxXp()), g.age()));
            out.send(p, new ServerPacket.Upgrades(g.upgradePoints(), g.upgradeAge()));
        } else {
            out.send(p, ServerPacket.Xp.of(g.xp()));
        }
    }
}
