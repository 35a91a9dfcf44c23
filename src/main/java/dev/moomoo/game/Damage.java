package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;

/** Applies {@link Hit}s: the one path by which anything loses health, and by which players die. */
final class Damage {
    private final Outbound out;
    private final Lives lives;

    Damage(Outbound out, Lives lives) {
        this.out = out;
        this.lives = lives;
    }

    void apply(Hit hit) {
        switch (hit.target()) {
            case Player target -> hurt(target, hit);
            case WorldObject natural -> {
                // natural objects have no health: a swing gathers from them instead
            }
        }
    }

    private void hurt(Player target, Hit hit) {
        if (!target.alive) {
            return;
        }
        target.health = Math.max(0, target.health - hit.amount());
        out.toViewersOf(target, new ServerPacket.Health(target.sid(), target.health));
        if (target.health == 0) {
            lives.kill(target, hit.source());
        }
    }
}
