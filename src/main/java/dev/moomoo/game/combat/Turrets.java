package dev.moomoo.game.combat;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ProjectileDef;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Building;
import dev.moomoo.game.entity.Entity;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Projectile;
import dev.moomoo.game.space.SpatialGrid;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

/**
 * Turrets, and players wearing a turret (the Turret Gear): once reloaded, each shoots its projectile at
 * the nearest target in range: a living player that is not its owner, one of the owner's tribe-mates or
 * wearing an Emp Helmet, or a hostile animal (src/site/rules.md#turrets). A turret building tells
 * viewers it turned ({@code M}); a worn turret's shot is seen only as the shot.
 */
public final class Turrets {
    private final ObjectRegistry objects;
    private final Roster roster;
    private final SpatialGrid<Animal> animals;
    private final Projectiles projectiles;
    private final GameData data;
    private final GameClock clock;
    private final Outbound out;
    private Entity target;
    /** The squared distance to the target so far. */
    private double targetDistance;

    public Turrets(ObjectRegistry objects, Roster roster, SpatialGrid<Animal> animals, Projectiles projectiles, GameData data, GameClock clock, Outbound out) {
        this.objects = objects;
        this.roster = roster;
        this.animals = animals;
        this.projectiles = projectiles;
        this.data = data;
        this.clock = clock;
        this.out = out;
    }

    public void update() {
        double now = clock.millis();
        for (Building turret : objects.turrets()) {
            if (turret.loaded(now) && turret.item().behaviour() instanceof ItemBehaviour.Turret spec
                    && aim(turret.x(), turret.y(), spec.range(), turret.owner())) {
                Projectile shot = fire(turret.x(), turret.y(), spec, turret.owner());
                shot.ignore(turret.sid()); // its own shot never hits it
                out.toViewersOf(turret, new ServerPacket.TurretShot(turret.sid(), shot.dir()));
                turret.reloadUntil(now + spec.reload());
            }
        }
        for (Player p : roster.living()) {
            ItemBehaviour.Turret worn = p.effects().turret();
            if (worn != null && p.cooldowns().turretLoaded(now) && aim(p.x(), p.y(), worn.range(), p)) {
                fire(p.x(), p.y(), worn, p);
                p.cooldowns().turretReloads(now + worn.reload());
            }
        }
    }

    /** Finds the nearest target within {@code range} of a point for {@code owner}; returns whether there is one (it stays loaded if not). */
    private boolean aim(double x, double y, double range, Player owner) {
        target = null;
        targetDistance = range * range;
        roster.grid().query(x, y, range, range, p -> {
            if (p.alive() && p != owner && !owner.isMateOf(p) && !p.effects().turretProof()) {
                closer(p, x, y);
            }
        });
        animals.query(x, y, range, range, a -> {
            if (a.present() && a.kind().hostile()) {
                closer(a, x, y);
            }
        });
        return target != null;
    }

    /** Keeps {@code e} if it is nearer than the target so far (squared distances: a turret asks this of everyone in range every tick). */
    private void closer(Entity e, double x, double y) {
        double dx = e.x() - x;
        double dy = e.y() - y;
        double d = dx * dx + dy * dy;
        if (d <= targetDistance) {
            targetDistance = d;
            target = e;
        }
    }

    private Projectile fire(double x, double y, ItemBehaviour.Turret spec, Player owner) {
        double dir = Math.atan2(target.y() - y, target.x() - x);
        ProjectileDef shot = data.projectile(spec.projectile());
        return projectiles.fire(shot, owner, x, y, dir, spec.range(), shot.speed(), shot.layer());
    }
}
