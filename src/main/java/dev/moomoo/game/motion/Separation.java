package dev.moomoo.game.motion;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.space.MapBounds;
import dev.moomoo.game.space.SpatialGrid;

import java.util.function.Consumer;

/** Overlapping players push each other apart by half the overlap each, each pair once a tick, and stay on the map. */
public final class Separation {
    private final SpatialGrid<Player> players;
    private final MapBounds bounds;
    private Player current;
    private final Consumer<Player> pushApart = this::pushApart;

    public Separation(SpatialGrid<Player> players, MapBounds bounds) {
        this.players = players;
        this.bounds = bounds;
    }

    public void separate(Player p) {
        current = p;
        players.query(p.x(), p.y(), 2 * Player.SCALE, 2 * Player.SCALE, pushApart);
    }

    private void pushApart(Player q) {
        Player p = current;
        if (q.sid() <= p.sid() || !q.alive()) {
            return;
        }
        double dx = q.x() - p.x();
        double dy = q.y() - p.y();
        double min = 2 * Player.SCALE;
        double d2 = dx * dx + dy * dy;
        if (d2 >= min * min) {
            return;
        }
        double d = Math.sqrt(d2);
        double nx = d == 0 ? 1 : dx / d;
        double ny = d == 0 ? 0 : dy / d;
        double half = (min - d) / 2;
        p.shift(-nx * half, -ny * half);
        q.shift(nx * half, ny * half);
        p.keepOnMap(bounds);
        q.keepOnMap(bounds);
    }
}
