package dev.moomoo.game.input;

import dev.moomoo.game.delivery.Notices;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.protocol.ClientPacket;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;

/**
 * A player's chat line ({@code 6}): offered first to the command layer, then held to the chat rate (a
 * burst of three, one more a second) and shown over the player to those who see it. A line over the
 * rate is dropped, and the sender told why, once per burst of drops.
 */
public final class ChatRelay {
    /** Chat lines a player may send at once, and the world time that earns one more. */
    static final int BURST = 3;
    static final double MILLIS_PER_LINE = 1000;
    /** What a player whose chat line was dropped is told, and how often at most. */
    static final String TOO_FAST = "chat line not sent: at most one a second";
    static final double WARNING_MILLIS = 3000;

    private final GameClock clock;
    private final Notices notices;
    private final Outbound out;
    private ChatListener listener = (client, text) -> false;

    public ChatRelay(GameClock clock, Notices notices, Outbound out) {
        this.clock = clock;
        this.notices = notices;
        this.out = out;
    }

    /** Lets a command layer take chat lines (for example those starting with {@code /}) before players see them. */
    public void listener(ChatListener listener) {
        this.listener = listener;
    }

    public void say(Client c, Player p, String raw) {
        String text = Text.sanitizeLine(raw, ClientPacket.MAX_CHAT);
        if (text.isEmpty() || listener.onChat(c, text)) {
            return;
        }
        double now = clock.millis();
        if (!p.chat().spend(now, BURST, MILLIS_PER_LINE)) {
            // Over the chat rate: the line is dropped, and the sender told why (once per burst of drops,
            // so the warning itself cannot flood).
            if (p.chat().warn(now, WARNING_MILLIS)) {
                notices.deliver(c, TOO_FAST, now);
            }
            return;
        }
        out.toViewersOf(p, new ServerPacket.Chat(p.sid(), text));
    }
}
