package dev.moomoo.game;

import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;

/** Applies each client's waiting packets at the start of a tick, a bounded number per client. */
final class InputHandler {
    /** Chat lines a player may send at once, and the world time that earns one more. */
    static final int CHAT_BURST = 3;
    static final double CHAT_MILLIS_PER_LINE = 1000;
    /** What a player whose chat line was dropped is told, and how often at most. */
    static final String CHAT_TOO_FAST = "chat line not sent: at most one a second";
    static final double CHAT_WARNING_MILLIS = 3000;

    private final int packetsPerTick;
    private final Roster roster;
    private final GameClock clock;
    private final Lives lives;
    private final Notices notices;
    private final Outbound out;
    private ChatListener chatListener = (client, text) -> false;

    private final ActionBar items;
    private final UpgradeChoices upgrades;
    private final StoreCounter store;
    private final Tribes tribes;

    InputHandler(GameConfig config, Roster roster, GameClock clock, Lives lives, Notices notices, Outbound out, ActionBar items, UpgradeChoices upgrades,
                 StoreCounter store, Tribes tribes) {
        this.store = store;
        this.tribes = tribes;
        this.items = items;
        this.upgrades = upgrades;
        this.packetsPerTick = config.packetsPerTick();
        this.roster = roster;
        this.clock = clock;
        this.lives = lives;
        this.notices = notices;
        this.out = out;
    }

    /** Lets a command layer take chat lines (for example those starting with {@code /}) before players see them. */
    void chatListener(ChatListener listener) {
        this.chatListener = listener;
    }

    /** Applies up to the tick's budget of a client's packets; its player is looked up once, and again after a spawn. */
    void drain(Client c) {
        if (c.dropped()) {
            return;
        }
        Player p = roster.playerOf(c);
        int budget = packetsPerTick;
        ClientPacket packet;
        while (budget-- > 0 && !c.dropped() && (packet = c.inbox().poll()) != null) {
            apply(c, p, packet);
            if (packet instanceof ClientPacket.Spawn) {
                p = roster.playerOf(c); // a first spawn made it
            }
        }
    }

    private void apply(Client c, Player p, ClientPacket packet) {
        boolean alive = p != null && p.alive;
        switch (packet) {
            case ClientPacket.Spawn s -> {
                String name = Text.sanitizeLine(s.name(), ClientPacket.MAX_NAME);
                lives.spawn(c, name.isEmpty() ? "unknown" : name, s.moofoll(), s.skin());
            }
            case ClientPacket.Aim a -> {
                if (alive) {
                    p.dir = a.angle();
                }
            }
            case ClientPacket.Move m -> {
                if (alive) {
                    p.moveDir = m.angle() == null ? Double.NaN : m.angle();
                }
            }
            case ClientPacket.ResetMove r -> {
                if (alive) {
                    p.moveDir = Double.NaN;
                }
            }
            case ClientPacket.Attack a -> {
                if (alive) {
                    if (p.loadout.held != null) {
                        p.attacking = false; // with an item in hand the button uses it, it does not swing
                        if (a.down()) {
                            items.use(p, a.angle());
                        }
                    } else {
                        p.attacking = a.down();
                        if (a.angle() != null) {
                            p.dir = a.angle();
                        }
                    }
                }
            }
            case ClientPacket.Toggle t -> {
                if (alive && t.which() == 1) {
                    p.autoGather = !p.autoGather;
                }
            }
            case ClientPacket.Chat chat -> {
                if (alive) {
                    chat(c, p, chat.text());
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
        }
    }

    private void chat(Client c, Player p, String raw) {
        String text = Text.sanitizeLine(raw, ClientPacket.MAX_CHAT);
        if (text.isEmpty() || chatListener.onChat(c, text)) {
            return;
        }
        double now = clock.millis();
        p.chatTokens = Math.min(CHAT_BURST, p.chatTokens + (now - p.chatCheckedAt) / CHAT_MILLIS_PER_LINE);
        p.chatCheckedAt = now;
        if (p.chatTokens < 1) {
            // Over the chat rate: the line is dropped, and the sender told why (once per burst of drops,
            // so the warning itself cannot flood).
            if (now - p.chatWarnedAt >= CHAT_WARNING_MILLIS) {
                p.chatWarnedAt = now;
                notices.deliver(c, CHAT_TOO_FAST, now);
            }
            return;
        }
        p.chatTokens -= 1;
        ServerPacket line = new ServerPacket.Chat(p.sid(), text);
        out.toViewersOf(p, line);
    }
}
