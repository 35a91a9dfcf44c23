package dev.moomoo.game.combat;

import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.NaturalObject;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Projectile;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.player.Wounds;
import dev.moomoo.game.space.Angles;
import dev.moomoo.game.space.Positioned;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.protocol.ServerPacket;

/**
 * Applies {@link Hit}s: the one path by which anything loses health, by which players die and
 * buildings fall. A building that falls goes from every client it was sent to ({@code Q}), its owner's
 * count drops ({@code S}), and a swing that felled it pays its full cost to the swinger.
 */
public final class Damage {
    private final Outbound out;
    private final Wounds wounds;
    private final ObjectRegistry objects;
    private final Economy economy;
    private final AnimalWounds animals;

    public Damage(Outbound out, Wounds wounds, ObjectRegistry objects, Economy economy, AnimalWounds animals) {
        this.out = out;
        this.wounds = wounds;
        this.objects = objects;
        this.economy = economy;
        this.animals = animals;
    }

    /** Returns whether the target fell (a player died, a building was destroyed). */
    public boolean apply(Hit hit) {
        return switch (hit.target()) {
            case Player target -> wounds.hurt(target, hit);
            case Animal animal -> animals.hurt(animal, hit, hit.source());
            case Building building -> wreck(building, hit);
            case NaturalObject natural -> false; // no health: a swing gathers from it instead
            case Projectile shot -> false; // shots are not hit
        };
    }

    /** A hit on an animal that reacts to {@code from} (the spike it ran into; null: to nothing, as to poison). Returns whether it died. */
    public boolean hurtAnimal(Hit hit, Positioned from) {
        return hit.target() instanceof Animal a && animals.hurt(a, hit, from);
    }

    /** Heals a living player (lifesteal, regeneration) up to full; returns how much it gained. */
    public double heal(Player p, double amount) {
        return wounds.heal(p, amount);
    }

    /** Whether {@code target} holds a shield facing a blow that comes from angle {@code from} (seen from the target). */
    static boolean shieldBlocks(Player target, double from) {
        return target.weapon().shield() && Angles.distance(target.dir(), from) <= CombatRules.SHIELD_ANGLE;
    }

    private boolean wreck(Building building, Hit hit) {
        if (building.item().indestructible() || hit.amount() <= 0) {
            return false;
        }
        if (hit.kind() == Hit.Kind.PROJECTILE && !(building.item().behaviour() instanceof ItemBehaviour.Wall w && w.takesShots())) {
            return false;
        }
        if (building.takeHit(hit.amount())) {
            return false; // still standing
        }
        Player owner = building.owner();
        out.toReceiversOf(building, new ServerPacket.RemoveObject(building.sid()));
        objects.remove(building);
        int group = building.item().group().id();
        out.send(owner, new ServerPacket.ItemCount(group, owner.buildings().count(group)));
        if (hit.kind() == Hit.Kind.MELEE && hit.source() != null && hit.source().alive()) {
            economy.refund(hit.source(), building.item().cost());
        }
        return true;
    }
}
