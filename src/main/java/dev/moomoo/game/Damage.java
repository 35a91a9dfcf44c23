package dev.moomoo.game;

import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.protocol.ServerPacket;

/**
 * Applies {@link Hit}s: the one path by which anything loses health, by which players die and
 * buildings fall. A building that falls goes from every client it was sent to ({@code Q}), its owner's
 * count drops ({@code S}), and a swing that felled it pays its full cost to the swinger.
 */
final class Damage {
    private final Outbound out;
    private final Lives lives;
    private final ObjectRegistry objects;
    private final Economy economy;
    private final GameClock clock;
    private final AnimalLives animals;

    Damage(Outbound out, Lives lives, ObjectRegistry objects, Economy economy, GameClock clock, AnimalLives animals) {
        this.animals = animals;
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
            case Animal animal -> animals.hurt(animal, hit, hit.source());
            case Building building -> wreck(building, hit);
            case NaturalObject natural -> false; // no health: a swing gathers from it instead
            case Projectile shot -> false; // shots are not hit
        };
    }

    /** A hit on an animal that reacts to {@code from} (the spike it ran into; null: to nothing, as to poison). Returns whether it died. */
    boolean hurtAnimal(Hit hit, Positioned from) {
        return hit.target() instanceof Animal a && animals.hurt(a, hit, from);
    }

    /** Heals a living player (lifesteal, regeneration) up to full; returns how much it gained. */
    int heal(Player p, int amount) {
        if (!p.alive || amount <= 0 || p.health >= Player.MAX_HEALTH) {
            return 0;
        }
        int gained = Math.min(amount, Player.MAX_HEALTH - p.health);
        p.health += gained;
        out.toViewersOf(p, new ServerPacket.Health(p.sid(), p.health));
        out.send(p, new ServerPacket.FloatingText(Math.round(p.x), Math.round(p.y), -gained, 1)); // negative: the client shows it green
        return gained;
    }

    /** Whether {@code target} holds a shield facing a blow that comes from angle {@code from} (seen from the target). */
    static boolean shieldBlocks(Player target, double from) {
        return target.weapon().shield() && Angles.distance(target.dir, from) <= CombatRules.SHIELD_ANGLE;
    }

    private boolean hurt(Player target, Hit hit) {
        if (!target.alive || hit.amount() <= 0 || target.isMateOf(hit.source()) && hit.kind() != Hit.Kind.WORLD) {
            return false; // tribe-mates never hurt each other, by any means
        }
        int amount = hit.amount();
        if (hit.kind() != Hit.Kind.WORLD) {
            target.lastHitAt = clock.millis(); // eating right after a hit is what shames
            amount = (int) Math.round(amount * target.effects().taken());
        }
        target.health = Math.max(0, target.health - amount);
        out.toViewersOf(target, new ServerPacket.Health(target.sid(), target.health));
        if (hit.source() != null && hit.source() != target && hit.source().alive) {
            out.send(hit.source(), new ServerPacket.FloatingText(Math.round(target.x), Math.round(target.y), amount, 1));
        }
        if (target.health == 0) {
            lives.kill(target, hit.source());
            return true;
        }
        return false;
    }

    private boolean wreck(Building building, Hit hit) {
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
