package dev.moomoo.game;

import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemBehaviour;
import dev.moomoo.game.data.ProjectileDef;
import dev.moomoo.protocol.ServerPacket;

/** Turrets: once reloaded, each shoots its projectile at the nearest living player in range that is not its owner. */
final class Turrets {
    private final ObjectRegistry objects;
    private final SpatialGrid<Player> players;
    private final Projectiles projectiles;
    private final GameData data;
    private final GameClock clock;
    private final Outbound out;
    private Player target;
    private double targetDistance;

    Turrets(ObjectRegistry objects, SpatialGrid<Player> players, Projectiles projectiles, GameData data, GameClock clock, Outbound out) {
        this.objects = objects;
        this.players = players;
        this.projectiles = projectiles;
        this.data = data;
        this.clock = clock;
        this.out = out;
    }

    void update() {
        double now = clock.millis();
        for (Structure turret : objects.turrets()) {
            if (now >= turret.reloadedAt && turret.item().behaviour() instanceof ItemBehaviour.Turret spec) {
                fire(turret, spec, now);
            }
        }
    }

    private void fire(Structure turret, ItemBehaviour.Turret spec, double now) {
        target = null;
        targetDistance = spec.range();
        Player owner = turret.owner();
        players.query(turret.x(), turret.y(), spec.range(), spec.range(), p -> {
            if (p.alive && p != owner) {
                double d = Math.hypot(p.x - turret.x(), p.y - turret.y());
                if (d <= targetDistance) {
                    targetDistance = d;
                    target = p;
                }
            }
        });
        if (target == null) {
            return; // stays loaded: it fires as soon as someone comes in range
        }
        double dir = Math.atan2(target.y - turret.y(), target.x - turret.x());
        ProjectileDef shot = data.projectile(spec.projectile());
        projectiles.fire(shot, owner, turret.x(), turret.y(), dir, spec.range(), shot.speed(), shot.layer()).ignoreObject = turret.sid();
        out.toViewersOf(turret, new ServerPacket.TurretShot(turret.sid(), dir));
        turret.reloadedAt = now + spec.reload();
    }
}
