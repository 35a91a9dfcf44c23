package dev.moomoo.game.boss;

import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.StoreItem;
import dev.moomoo.game.delivery.Notices;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who took how much of the Crab King's health since it last rose, and what its death gives
 * (src/site/rules.md#the-crab-king): its score to its killer, the Crab Shell and the crab badge to
 * everyone who took at least a share, and a notice to all.
 */
final class Spoils {
    /** The Crab Shell's hat id. */
    static final int CRAB_SHELL = 61;

    private final Map<Player, Double> taken = new LinkedHashMap<>();
    private final Economy economy;
    private final Outbound out;
    private final Roster roster;
    private final Notices notices;
    private final GameClock clock;
    /** Null while the store has no Crab Shell. */
    private final StoreItem shell;
    private final double share;

    Spoils(CrabKing.Ports ports, GameData data, double share) {
        this.economy = ports.economy();
        this.out = ports.out();
        this.roster = ports.roster();
        this.notices = ports.notices();
        this.clock = ports.clock();
        this.shell = data.storeItem(false, CRAB_SHELL);
        this.share = share;
    }

    void add(Player p, double amount) {
        taken.merge(p, amount, Double::sum);
    }

    /** {@code p} left the game: its share goes with it (and the player is not kept until the King dies). */
    void forget(Player p) {
        taken.remove(p);
    }

    /** The King of {@code kind} died to {@code killer} (null: to poison with nobody behind it): each gets their due, and the count starts again. */
    void share(Player killer, AnimalKind kind) {
        if (killer != null && killer.alive()) {
            economy.addScore(killer, kind.score());
        }
        List<Player> earned = new ArrayList<>();
        taken.forEach((p, amount) -> {
            if (amount >= share * kind.hp() && !p.client().dropped()) {
                earned.add(p);
            }
        });
        for (Player p : earned) {
            p.killedCrabKing();
            if (shell != null && !p.outfit().owns(shell)) {
                p.outfit().own(shell); // earned: it is never sold (src/site/rules.md#store)
                out.send(p, new ServerPacket.StoreState(0, CRAB_SHELL, false));
            }
        }
        String text = "The Crab King has fallen" + (killer == null ? "!" : " to " + killer.name() + "!")
                + "\n" + earned.size() + " player(s) earned the Crab Shell";
        for (Client c : roster.clients()) {
            if (!c.isBot()) {
                notices.deliver(c, text, clock.millis());
            }
        }
        taken.clear();
    }
}
