package dev.moomoo.game.player;

import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.protocol.ServerPacket;

/**
 * A player's health taken by a {@link Hit} or given back, told to who sees it ({@code O}) and to the
 * hitter or the healed ({@code 8}); at 0 the player dies. Tribe-mates never hurt each other, by any means.
 */
public final class Wounds {
    private final Lives lives;
    private final Outbound out;
    private final GameClock clock;

    public Wounds(Lives lives, Outbound out, GameClock clock) {
        this.lives = lives;
        this.out = out;
        this.clock = clock;
    }

    /** Applies a hit to a player; returns whether it died. */
    public boolean hurt(Player target, Hit hit) {
        if (!target.alive() || hit.amount() <= 0 || target.isMateOf(hit.source()) && hit.kind() != Hit.Kind.WORLD) {
            return false; // tribe-mates never hurt each other, by any means
        }
        double amount = hit.amount();
        if (hit.kind() != Hit.Kind.WORLD) {
            target.shame().hitAt(clock.millis()); // eating right after a hit is what shames
            amount *= target.effects().taken(); // not rounded: health keeps its fractions
            if (hit.kind() == Hit.Kind.PROJECTILE) {
                amount *= target.effects().shotTaken(); // Blockades
            }
        }
        target.wound(amount);
        out.toViewersOf(target, new ServerPacket.Health(target.sid(), target.shownHealth()));
        Player source = hit.source();
        if (source != null && source != target && source.alive()) {
            out.send(source, new ServerPacket.FloatingText(Math.round(target.x()), Math.round(target.y()), (int) Math.round(amount), 1));
        }
        if (target.health() <= 0) {
            lives.kill(target, source, hit.kind() == Hit.Kind.TOUCH);
            return true;
        }
        return false;
    }

    /** Heals a living player (lifesteal, regeneration) up to full; returns how much it gained. */
    public double heal(Player p, double amount) {
        if (!p.alive() || amount <= 0 || p.health() >= Player.MAX_HEALTH) {
            return 0;
        }
        double gained = p.restore(amount);
        out.toViewersOf(p, new ServerPacket.Health(p.sid(), p.shownHealth()));
        // negative: the client shows it green; rounded half up, as the original rounds the negative amount
        out.send(p, new ServerPacket.FloatingText(Math.round(p.x()), Math.round(p.y()), (int) Math.round(-gained), 1));
        return gained;
    }
}
