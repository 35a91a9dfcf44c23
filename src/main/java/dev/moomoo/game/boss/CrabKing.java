package dev.moomoo.game.boss;

import dev.moomoo.game.combat.Damage;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.BossMove;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.delivery.Notices;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.space.Physics;
import dev.moomoo.game.space.SecretArea;
import dev.moomoo.game.space.SpatialGrid;
import dev.moomoo.game.space.View;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.world.Herd;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.ArrayList;
import java.util.List;

/**
 * The Crab King's fight (src/site/rules.md#the-crab-king). It lives alone in the secret area's largest
 * pool. While a player in the area is in its sight it makes its four moves in turn (claw, slam,
 * geysers, dive), each announced by a telegraph ({@code W}) its windup before it strikes, and rests
 * after each; windups and rests shorten as its health drops. Between moves it walks towards the nearest
 * player without leaving its pool. While it dives (going under, under, rising: {@code I}'s states 1 to
 * 3, its health bar blue on the client) nothing hurts it. When it dies its killer gets its score, every
 * player who took at least a share of its health gets the Crab Shell and the crab badge, everyone is
 * told, and it comes back after a delay where it first rose.
 */
public final class CrabKing {
    /** The type id the v1.9 client draws as the Crab King. */
    public static final int TYPE = 11;
    /** {@code I}'s states of a dive, which the client animates (going under over 700 ms, rising over 1650 ms). */
    static final int GOING_UNDER = 1;
    static final int UNDER = 2;
    static final int RISING = 3;
    static final double GOING_UNDER_MILLIS = 700;
    /** At most this many geysers at once, under the nearest players. */
    static final int MOST_GEYSERS = 6;
    /** It walks no closer to a player than this beyond its body. */
    static final double CLOSE_ENOUGH = 100;

    private final Herd herd;
    private final SpatialGrid<Player> players;
    private final Damage damage;
    private final Outbound out;
    private final GameData data;
    private final List<BossMove> moves;
    private final SecretArea.Pool pool;
    private final double tickMillis;
    private final double respawnMillis;
    private final double decayPerTick;
    private final Spoils spoils;
    private final List<Player> found = new ArrayList<>();
    /** Null until it first rises. */
    private Animal king;
    // the fight
    private int next;
    /** The move under way (from its telegraph to its strike), or null. */
    private BossMove move;
    private double untilStrike;
    private double goUnderAt;
    private double resting;
    /** Where the move under way strikes, or null. */
    private StrikeZone zone;
    /** Where a dive under way rises. */
    private double[] rise;

    /** The ports the fight uses, from the world that holds it. */
    public record Ports(Herd herd, SpatialGrid<Player> players, Damage damage, Outbound out, Economy economy, Roster roster,
                        Notices notices, GameClock clock) {
    }

    /**
     * @param respawnMillis ms it stays away after its death
     * @param shellShare    share of its health a player must have taken for the Crab Shell
     */
    public CrabKing(Ports ports, GameData data, List<BossMove> moves, SecretArea area, double tickMillis, double respawnMillis,
                    double shellShare) {
        this.herd = ports.herd();
        this.players = ports.players();
        this.damage = ports.damage();
        this.out = ports.out();
        this.data = data;
        this.spoils = new Spoils(ports, data, shellShare);
        this.moves = List.copyOf(moves);
        this.pool = area.kingsPool();
        this.tickMillis = tickMillis;
        this.respawnMillis = respawnMillis;
        this.decayPerTick = Math.pow(Physics.DECAY, tickMillis);
    }

    /** The King, or null before it first rose. */
    public Animal king() {
        return king;
    }

    /** Whether {@code a} is the King. */
    boolean leads(Animal a) {
        return a == king;
    }

    /** A player left the world: what it took from the King no longer counts towards the Crab Shell. */
    public void forget(Player p) {
        spoils.forget(p);
    }

    /**
     * Starts the fight (the console's): the King rises in its pool the first time, comes back at once if
     * it is away after dying, or makes its next move now. Returns what was done.
     */
    public String start() {
        if (king == null) {
            AnimalKind kind = data.animal(TYPE);
            king = herd.addAt(kind, pool.x(), pool.y());
            king.leadApart();
            return "the Crab King rises in its pool";
        }
        if (!king.present()) {
            herd.respawn(king, true);
            calm();
            return "the Crab King is back in its pool";
        }
        if (move == null) {
            resting = 0;
        }
        return "the Crab King is awake";
    }

    /** Whether nothing can hurt it now: it is diving (going under, under or rising). */
    public boolean underWater() {
        int s = king.state();
        return s == GOING_UNDER || s == UNDER || s == RISING;
    }

    /** How fast it fights at its health now: 1 above two thirds, 0.8 above a third, else 0.6 (times its windups and rests). */
    public double pace() {
        double left = king.health() / king.kind().hp();
        return left > 2.0 / 3 ? 1 : left > 1.0 / 3 ? 0.8 : 0.6;
    }

    /** Once a tick. */
    public void update() {
        if (king == null) {
            return;
        }
        if (!king.present()) {
            calm();
            return; // away after dying: the animals bring it back when its time is up
        }
        double dt = tickMillis;
        if (move != null) {
            untilStrike -= dt;
            if (move.kind() == BossMove.Kind.DIVE && king.state() == GOING_UNDER && untilStrike <= goUnderAt) {
                king.state(UNDER);
                king.moveTo(rise[0], rise[1]); // under water it crosses to where it rises
                king.stop();
                herd.moved(king);
            }
            if (untilStrike <= 0) {
                strike();
            }
            return;
        }
        if (resting > 0) {
            resting -= dt;
            if (resting > 0) {
                walk();
                return;
            }
        }
        if (king.state() != 0) {
            king.state(0); // risen from its dive, or done with its last move
        }
        Player nearest = nearestFoe();
        if (nearest == null) {
            return;
        }
        begin(moves.get(next), nearest);
        next = (next + 1) % moves.size();
    }

    /** The fight stops: no move under way, nothing to rest from, standing, the next move its first. */
    private void calm() {
        move = null;
        resting = 0;
        next = 0;
        zone = null;
        if (king.state() != 0) {
            king.state(0);
        }
    }

    /** Its telegraph goes out and the windup starts. */
    private void begin(BossMove m, Player nearest) {
        move = m;
        untilStrike = m.windup() * pace();
        king.state(m.state());
        king.stop();
        double angle = Math.atan2(nearest.y() - king.y(), nearest.x() - king.x());
        king.face(angle);
        zone = switch (m.kind()) {
            case CLAW -> {
                double length = king.kind().scale() + king.kind().strike().range();
                yield new StrikeZone.Line(king.x(), king.y(), king.x() + Math.cos(angle) * length, king.y() + Math.sin(angle) * length, m.radius());
            }
            case SLAM -> new StrikeZone.Circles(List.of(new double[] {king.x(), king.y()}), m.radius());
            case GEYSERS -> {
                List<Player> foes = foes();
                foes.sort((a, b) -> Double.compare(distance(a), distance(b)));
                List<double[]> under = new ArrayList<>();
                for (Player p : foes.subList(0, Math.min(MOST_GEYSERS, foes.size()))) {
                    under.add(new double[] {p.x(), p.y()});
                }
                yield new StrikeZone.Circles(under, m.radius());
            }
            case DIVE -> {
                goUnderAt = untilStrike - GOING_UNDER_MILLIS;
                rise = inPool(nearest.x(), nearest.y());
                yield new StrikeZone.Circles(List.of(rise), m.radius());
            }
        };
        for (ServerPacket.Telegraph w : zone.telegraphs(m.telegraph(), (int) Math.round(untilStrike))) {
            telegraph(w);
        }
    }

    /** The move strikes every player it reaches, then the King rests (a dive: while it rises, out of reach). */
    private void strike() {
        BossMove m = move;
        move = null;
        found.clear();
        double reach = king.kind().view() + m.radius(); // every zone lies within its sight: its claw's line, its foes' geysers
        players.query(king.x(), king.y(), reach, reach, p -> {
            if (p.alive() && zone.reaches(p.x(), p.y(), Player.SCALE)) {
                found.add(p); // hurt after the query: a death takes the player off the grid being walked
            }
        });
        for (Player p : found) {
            double[] from = zone.pushedFrom(p.x(), p.y());
            damage.apply(new Hit(null, p, m.damage(), Hit.Kind.ANIMAL));
            p.push(Math.atan2(p.y() - from[1], p.x() - from[0]), m.push());
        }
        king.state(m.kind() == BossMove.Kind.DIVE ? RISING : 0); // a dive rises out of reach; any other move is done
        resting = m.rest() * pace();
        zone = null;
    }

    /** Between moves: towards the nearest player, no closer than {@link #CLOSE_ENOUGH} beyond its body, never out of its pool. */
    private void walk() {
        Player nearest = nearestFoe();
        if (nearest != null && distance(nearest) > king.kind().scale() + CLOSE_ENOUGH) {
            double angle = Math.atan2(nearest.y() - king.y(), nearest.x() - king.x());
            king.face(angle);
            king.push(angle, king.kind().speed() * tickMillis);
        }
        king.step(tickMillis, 1);
        king.decay(decayPerTick);
        double[] at = inPool(king.x(), king.y());
        if (at[0] != king.x() || at[1] != king.y()) {
            king.moveTo(at[0], at[1]);
            king.stop();
        }
        herd.moved(king);
    }

    /** The point nearest to ({@code x}, {@code y}) where its whole body is in its pool. */
    private double[] inPool(double x, double y) {
        double reach = pool.radius() - king.kind().scale();
        double d = Math.hypot(x - pool.x(), y - pool.y());
        return d <= reach ? new double[] {x, y} : new double[] {pool.x() + (x - pool.x()) * reach / d, pool.y() + (y - pool.y()) * reach / d};
    }

    /** The living players in the secret area (west of the map) within its sight. */
    private List<Player> foes() {
        List<Player> foes = new ArrayList<>();
        double view = king.kind().view();
        players.query(king.x(), king.y(), view, view, p -> {
            if (p.alive() && p.x() < 0 && distance(p) <= view) {
                foes.add(p);
            }
        });
        return foes;
    }

    private Player nearestFoe() {
        Player best = null;
        for (Player p : foes()) {
            if (best == null || distance(p) < distance(best)) {
                best = p;
            }
        }
        return best;
    }

    private double distance(Player p) {
        return Math.hypot(p.x() - king.x(), p.y() - king.y());
    }

    /** {@code W} to every living player who sees where it strikes. */
    private void telegraph(ServerPacket.Telegraph w) {
        double reach = w.radius() + (w.x2() == null ? 0 : Math.hypot(w.x2() - w.x(), w.y2() - w.y()));
        players.query(w.x(), w.y(), View.HALF_WIDTH + reach, View.HALF_HEIGHT + reach, p -> {
            if (p.alive() && Math.abs(p.x() - w.x()) <= View.HALF_WIDTH + reach && Math.abs(p.y() - w.y()) <= View.HALF_HEIGHT + reach) {
                out.send(p, w);
            }
        });
    }

    /**
     * A hit on the King: nothing while it dives; else it loses the health, which is put down to the
     * attacker, and at 0 it dies. Returns whether it died.
     */
    boolean hurt(Hit hit) {
        if (!king.present() || hit.amount() <= 0 || underWater()) {
            return false;
        }
        king.wound(hit.amount());
        Player attacker = hit.source();
        if (attacker != null) {
            spoils.add(attacker, hit.amount());
            if (attacker.alive() && attacker.canSee(king)) {
                out.send(attacker, new ServerPacket.FloatingText(Math.round(king.x()), Math.round(king.y()), (int) Math.round(hit.amount()), 1));
            }
        }
        if (king.health() > 0) {
            return false;
        }
        die(attacker);
        return true;
    }

    /** Its killer and who took a share get their due; it goes away for its delay (or comes back at once). */
    private void die(Player killer) {
        spoils.share(killer, king.kind());
        calm();
        if (respawnMillis > 0) {
            herd.sendAway(king, respawnMillis);
        } else {
            herd.respawn(king, false);
        }
    }
}
