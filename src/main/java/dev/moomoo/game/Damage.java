package dev.moomoo.game;

import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.protocol.ServerPacket;

/**
 * Applies {@link Hit}s: the one path by which anything loses health, by which players die and
 * buildings fall. A building that falls goes from every client it was sent to ({@code Q}), its owner's
 * count drops ({@code S}), and a swing that felled it pays its full cost to the swinger.
 */
final class Damage {
    /** A shield faced within this angle of a blow takes it (GAME-DATA.md section 1). */
    static final double SHIELD_ANGLE = Math.PI / 3;

    private final Outbound out;
    private final Lives lives;
    private final ObjectRegistry objects;
    private final Economy economy;
    private final GameClock clock;

    Damage(Outbound out, Lives lives, ObjectRegistry objects, Economy economy, GameClock clock) {
        this.out = out;
        this.lives = lives;
        this.objects = objects;
        this.economy = economy;
        this.clock = clock;
    }

    /** Returns whether the target fell (a player died, a building was destroyed). */
    boolean apply(Hit hit) {
        return switch (hit.target()) {
            case Player target -> hurt(target, hit);
            case Structure building -> wreck(building, hit);
            case NaturalObject natural -> false; // no health: a swing gathers from it instead
            case Projectile shot -> false; // shots are not hit
        };
    }

    /** Whether {@code target} holds a shield facing a blow that comes from angle {@code from} (seen from the target). */
    static boolean shieldBlocks(Player target, double from) {
        return target.weapon().shield() && Physics.angleDistance(target.dir, from) <= SHIELD_ANGLE;
    }

    private boolean hurt(Player target, Hit hit) {
        if (!target.alive || hit.amount() <= 0) {
            return false;
        }
        if (hit.kind() != Hit.Kind.WORLD) {
            target.lastHitAt = clock.millis(); // eating right after a hit is what shames
        }
        target.health = Math.max(0, target.health - hit.amount());
        out.toViewersOf(target, new ServerPacket.Health(target.sid(), target.health));
        if (hit.source() != null && hit.source() != target) {
            out.send(hit.source(), new ServerPacket.FloatingText(target.x, target.y, hit.amount(), 0));
        }
        if (target.health == 0) {
            lives.kill(target, hit.source());
            return true;
        }
        return false;
    }

    private boolean wreck(Structure building, Hit hit) {
        if (building.item().indestructible() || hit.amount() <= 0) {
            return false;
        }
        if (hit.kind() == Hit.Kind.PROJECTILE && !(building.item().behaviour() instanceof ItemBehaviour.Wall w && w.takesShots())) {
            return false;
        }
        building.health -= hit.amount();
        if (building.health > 0) {
            return false;
        }
        Player owner = building.owner();
        objects.remove(building.sid(), out);
        int group = building.item().group().id();
        out.send(owner, new ServerPacket.ItemCount(group, owner.buildings.count(group)));
        if (hit.kind() == Hit.Kind.MELEE && hit.source() != null && hit.source().alive) {
            economy.refund(hit.source(), building.item().cost());
        }
        return true;
    }
}
