package dev.moomoo.game.input;

import dev.moomoo.game.delivery.StatsWatch;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.journal.JournalSlot;
import dev.moomoo.game.player.Lives;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.tribes.Tribes;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ClientPacket;

/** Applies each client's waiting packets at the start of a tick, a bounded number per client. */
public final class InputHandler {
    private final int packetsPerTick;
    private final Roster roster;
    private final Lives lives;
    private final ChatRelay chat;
    private final ActionBar items;
    private final UpgradeChoices upgrades;
    private final StoreCounter store;
    private final Tribes tribes;
    private final PlayerNames names = PlayerNames.load();
    private final StatsWatch stats;
    private final JournalSlot journal;
    private StaffListener staff = StaffListener.NONE;

    public InputHandler(int packetsPerTick, Roster roster, Lives lives, ChatRelay chat, ActionBar items, UpgradeChoices upgrades,
                        StoreCounter store, Tribes tribes, StatsWatch stats, JournalSlot journal) {
        this.journal = journal;
        this.packetsPerTick = packetsPerTick;
        this.roster = roster;
        this.lives = lives;
        this.chat = chat;
        this.items = items;
        this.upgrades = upgrades;
        this.store = store;
        this.tribes = tribes;
        this.stats = stats;
    }

    /** Lets the server's admin side hear what v1.9 clients say to the staff (telemetry, reports, the admin menu). */
    public void staffListener(StaffListener listener) {
        this.staff = listener;
    }

    /** Applies up to the tick's budget of a client's packets; its player is looked up once, and again after a spawn. */
    public void drain(Client c) {
        if (c.dropped()) {
            return;
        }
        Player p = roster.playerOf(c);
        int budget = packetsPerTick;
        ClientPacket packet;
        while (budget-- > 0 && !c.dropped() && (packet = c.inbox().poll()) != null) {
            if (!c.isBot()) { // a bot's packets come from the world's own seeded behaviour: a replay makes them again
                journal.get().packetTaken(c, packet);
            }
            apply(c, p, packet);
            if (packet instanceof ClientPacket.Spawn) {
                p = roster.playerOf(c); // a first spawn made it
            }
        }
    }

    private void apply(Client c, Player p, ClientPacket packet) {
        boolean alive = p != null && p.alive();
        switch (packet) {
            case ClientPacket.Spawn s -> {
                lives.spawn(c, names.clean(s.name()), s.moofoll(), s.skin());
            }
            case ClientPacket.Aim a -> {
                if (alive) {
                    p.face(a.angle());
                }
            }
            case ClientPacket.Move m -> {
                if (alive) {
                    p.walk(m.angle() == null ? Double.NaN : m.angle());
                }
            }
            case ClientPacket.ResetMove r -> {
                if (alive) {
                    p.walk(Double.NaN);
                }
            }
            case ClientPacket.Attack a -> {
                if (alive) {
                    if (p.heldItem() != null) {
                        p.attackWithItem(a.down()); // with an item in hand the button uses it, it does not swing
                        if (a.down()) {
                            items.use(p, a.angle());
                        }
                    } else {
                        p.attack(a.down());
                        if (a.angle() != null) {
                            p.face(a.angle());
                        }
                    }
                }
            }
            case ClientPacket.Toggle t -> {
                if (alive && t.which() == 1) {
                    p.toggleAutoGather();
                }
            }
            case ClientPacket.Chat line -> {
                if (alive) {
                    chat.say(c, p, line.text());
                }
            }
            case ClientPacket.MapPing ping -> {
                if (alive) {
                    tribes.ping(p);
                }
            }
            case ClientPacket.Ping ping -> {
                // answered by the gateway on the reader thread, never queued for the tick
            }
            case ClientPacket.Select s -> {
                if (alive) {
                    items.select(p, s.id(), s.weapon());
                }
            }
            case ClientPacket.Upgrade u -> {
                if (alive) {
                    upgrades.choose(p, u.index());
                }
            }
            // Tribes: a player that spawned once may found, ask, answer and leave, alive or not (the menu
            // opens only while alive, but a request may be answered by a leader that just died).
            case ClientPacket.CreateTribe t -> {
                if (p != null) {
                    tribes.create(p, t.name());
                }
            }
            case ClientPacket.LeaveTribe t -> {
                if (p != null) {
                    tribes.leave(p);
                }
            }
            case ClientPacket.JoinTribe t -> {
                if (p != null) {
                    tribes.ask(p, t.tribe());
                }
            }
            case ClientPacket.AnswerJoin t -> {
                if (p != null) {
                    tribes.answer(p, t.playerSid(), t.accept());
                }
            }
            case ClientPacket.KickMember t -> {
                if (p != null) {
                    tribes.kick(p, t.playerSid());
                }
            }
            case ClientPacket.Store s -> {
                if (alive) {
                    store.handle(p, s.buy(), s.id(), s.accessory());
                }
            }
            // The v1.9 client's: a profile card's live stats, answered here; the rest is the staff's.
            case ClientPacket.Watch w -> stats.answer(c, w.sid());
            case ClientPacket.Telemetry t -> staff.telemetry(c, t);
            case ClientPacket.Report r -> staff.report(c, r);
            case ClientPacket.AdminMenu m -> staff.adminMenu(c, m);
        }
    }
}
