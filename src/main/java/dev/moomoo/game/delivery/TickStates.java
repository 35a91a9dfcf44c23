package dev.moomoo.game.delivery;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.Arrays;

/**
 * Each living player's state and the {@code D} packet that shows it to others, built once per tick
 * after movement and shared by every viewer (the gateway then encodes each once per tick, too).
 */
public final class TickStates {
    private final Roster roster;
    private ServerPacket.PlayerState[] states = new ServerPacket.PlayerState[64];
    private ServerPacket[] addPackets = new ServerPacket[64];

    public TickStates(Roster roster) {
        this.roster = roster;
    }

    public void refresh() {
        if (states.length < roster.sidCapacity()) {
            states = new ServerPacket.PlayerState[roster.sidCapacity()];
            addPackets = new ServerPacket[roster.sidCapacity()];
        }
        Arrays.fill(addPackets, null);
        // The skull (iconIndex 1) goes to the living player with the most kills, at least one; the first
        // in sid order of those tied (src/site/rules.md#skull).
        Player topKiller = null;
        for (Player p : roster.living()) {
            if (p.kills() > 0 && (topKiller == null || p.kills() > topKiller.kills()
                    || p.kills() == topKiller.kills() && p.sid() < topKiller.sid())) {
                topKiller = p;
            }
        }
        for (Player p : roster.living()) {
            p.showIcon(p == topKiller ? Player.SKULL : 0);
            states[p.sid()] = p.state();
        }
    }

    public ServerPacket.PlayerState stateOf(Player p) {
        ServerPacket.PlayerState s = p.sid() < states.length ? states[p.sid()] : null;
        return s != null ? s : p.state();
    }

    public ServerPacket addPacket(Player p) {
        if (p.sid() >= addPackets.length) {
            return new ServerPacket.AddPlayer(p.info(), false);
        }
        ServerPacket o = addPackets[p.sid()];
        if (o == null) {
            o = new ServerPacket.AddPlayer(p.info(), false);
            addPackets[p.sid()] = o;
        }
        return o;
    }

    /** A player left: its cached state must not be shown under its sid again. */
    public void forget(Player p) {
        if (p.sid() < states.length) {
            states[p.sid()] = null;
        }
    }
}
