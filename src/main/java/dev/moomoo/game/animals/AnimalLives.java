package dev.moomoo.game.animals;

import dev.moomoo.game.combat.AnimalWounds;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.space.Positioned;
import dev.moomoo.game.world.Herd;
import dev.moomoo.protocol.ServerPacket;

import java.util.Random;

/**
 * What happens to an animal that is hurt (src/site/rules.md#animals): it loses health, turns on or runs
 * from what hurt it, a boss may answer with a strike, and at 0 it dies: its killer gets its points and
 * food, and it comes back (at once elsewhere, or after its delay where it first stood).
 */
public final class AnimalLives implements AnimalWounds {
    /** A hit animal runs this long; a charger turns on a player who hits it for this long. */
    static final double RUN_MILLIS = 2000;
    static final double REVENGE_MILLIS = 8000;
    /** The cow's type: the Cow Cape's kind (src/site/rules.md#effects). */
    static final int COW = 0;
    /** A hurt boss strikes this soon, one time in two. */
    static final double HURT_STRIKE_MILLIS = 500;

    private final Herd herd;
    private final Economy economy;
    private final Outbound out;
    private final Random random;

    /** {@code random}: the animals' own, shared with the herd and their minds. */
    public AnimalLives(Herd herd, Economy economy, Outbound out, Random random) {
        this.herd = herd;
        this.economy = economy;
        this.out = out;
        this.random = random;
    }

    /**
     * Applies a hit to an animal; {@code from} is what it reacts to (the attacker, or the spike it ran
     * into), null for poison. Returns whether it died.
     */
    @Override
    public boolean hurt(Animal a, Hit hit, Positioned from) {
        if (!a.present() || hit.amount() <= 0) {
            return false;
        }
        AnimalKind k = a.kind();
        a.wound(hit.amount());
        Player attacker = hit.source();
        if (from != null) {
            react(a, from, hit.kind() == Hit.Kind.TOUCH ? null : attacker);
        }
        if (k.strike() != null && random.nextInt(2) == 0) { // even during a wind-up, as the client's shared code does
            a.mind().windUp(HURT_STRIKE_MILLIS);
        }
        if (attacker != null && attacker.alive() && attacker.canSee(a)) {
            out.send(attacker, new ServerPacket.FloatingText(Math.round(a.x()), Math.round(a.y()), (int) Math.round(hit.amount()), 1));
        }
        if (a.health() > 0) {
            return false;
        }
        die(a, attacker);
        return true;
    }

    /** Scared off one time in scare+1; else a charger turns on the player who hit it; else it runs, unless it stands its ground. */
    private void react(Animal a, Positioned from, Player attacker) {
        AnimalKind k = a.kind();
        if (k.scare() > 0 && random.nextInt(k.scare() + 1) == 0) {
            run(a, from);
        } else if (k.hostile() && k.charges() && attacker != null) {
            a.mind().turnOn(attacker, REVENGE_MILLIS);
        } else if (!k.standsGround()) {
            run(a, from);
        }
    }

    private static void run(Animal a, Positioned from) {
        a.mind().runFrom(from, RUN_MILLIS);
    }

    private void die(Animal a, Player killer) {
        AnimalKind k = a.kind();
        if (killer != null && killer.alive()) {
            double factor = k.id() == COW ? killer.effects().cowReward() : 1; // the Cow Cape
            if (k.score() > 0) {
                economy.addScore(killer, Math.round(k.score() * factor));
            }
            if (k.drop() > 0) {
                economy.addResource(killer, Resource.FOOD, Math.round(k.drop() * factor));
            }
        }
        if (k.respawnMillis() > 0) {
            herd.sendAway(a, k.respawnMillis());
        } else {
            herd.respawn(a, false);
        }
    }
}
