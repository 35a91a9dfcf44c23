package dev.moomoo.game.motion;

import dev.moomoo.game.data.Effects;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.space.MapBands;
import dev.moomoo.game.space.MapBounds;
import dev.moomoo.game.space.Physics;
import dev.moomoo.game.space.SpatialGrid;

/**
 * Moves players with the MooMoo.io physics: acceleration towards the move direction, biome speed,
 * river current (and the secret area's pools, deep water that slows a body as the river does), up to
 * four sub-steps against the objects (what they do lives in {@link WalkOn}), decay and the map's edge
 * (or the secret area's walls).
 */
public final class Movement {
    /** In the river a Flipper Hat keeps this share of the speed (not 0.33) and feels this share of the current. */
    static final double SWIMMER_SPEED = 0.75;
    static final double SWIMMER_CURRENT = 0.4;

    private final SpatialGrid<Player> players;
    private final WalkOn walkOn;
    private final double tickMillis;
    private final MapBounds bounds;
    private final double decayPerTick;

    public Movement(SpatialGrid<Player> players, WalkOn walkOn, double tickMillis, MapBounds bounds) {
        this.players = players;
        this.walkOn = walkOn;
        this.tickMillis = tickMillis;
        this.bounds = bounds;
        this.decayPerTick = Math.pow(Physics.DECAY, tickMillis);
    }

    public void move(Player p) {
        double dt = tickMillis;
        double map = bounds.size();
        double speed = p.modifiers().speed();
        boolean onPlatform = p.layer() == 1; // as it stood last tick; this tick's contacts set it again
        p.stepOff();
        boolean held = p.releaseHold(); // on an enemy's pit trap last tick: it does not move, and this tick's contact holds it again
        Effects worn = p.effects();
        if (p.y() <= MapBands.SNOW_TOP && !worn.coldProof()) {
            speed *= 1 - (1 - MapBands.SNOW_SPEED) * worn.snowSlow(); // the Snowball: half the slowdown
        }
        boolean river = Math.abs(p.y() - map / 2) < MapBands.RIVER_WIDTH / 2 && !bounds.beyondRiver(p.x());
        if (!onPlatform && (river || bounds.inPool(p.x(), p.y()))) {
            speed *= worn.swimmer() ? SWIMMER_SPEED : MapBands.RIVER_SPEED;
            if (river) {
                p.accelerate(MapBands.RIVER_CURRENT * (worn.swimmer() ? SWIMMER_CURRENT : 1) * dt, 0);
            }
        }
        double dir = p.moveDir();
        if (!held && !Double.isNaN(dir)) {
            p.accelerate(Math.cos(dir) * Physics.ACCELERATION * speed * dt, Math.sin(dir) * Physics.ACCELERATION * speed * dt);
        }
        if (!walkOn.move(p, dt)) {
            return; // spikes killed it: it has left the grid and must not be filed again
        }
        p.decay(decayPerTick);
        p.countStillness(dt);
        p.keepOnMap(bounds);
        p.fileIn(players.move(p, p.cell()));
    }
}
