package dev.moomoo.game.boss;

import dev.moomoo.game.combat.Damage;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.BossMove;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.StoreItem;
import dev.moomoo.game.delivery.Notices;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.port.Client;
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
    /** What a client older than v1.9, which has no Crab King, is shown instead: MOOSTAFA, the boss it has. */
    static final int OLDER_CLIENTS_TYPE = 6;
    /** The Crab Shell's hat id, given to who took a share of its health. */
    public static final int CRAB_SHELL = 61;
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
    private final Economy economy;
    private final Roster roster;
    private final Notices notices;
    private final GameClock clock;
    private final GameData data;
    private final List<BossMove> moves;
    private final SecretArea.Pool pool;
    private final double tickMillis;
    private final double respawnMillis;
    private final double shellShare;
    private final double decayPerTick;
    private final DamageLedger ledger = new DamageLedger();
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
    /** Where the move under way strikes: its centres, or for the claw the start and end of its line. */
    private final List<double[]> aims = new ArrayList<>();

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
        this.economy = ports.economy();
        this.roster = ports.roster();
        this.notices = ports.notices();
        this.clock = ports.clock();
        this.data = data;
        this.moves = List.copyOf(moves);
        this.pool = area.kingsPool();
        this.tickMillis = tickMillis;
        this.respawnMillis = respawnMillis;
        this.shellShare = shellShare;
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

    /**
     * Starts the fight (the console's): the King rises in its pool the first time, comes back at once if
     * it is away after dying, or makes its next move now. Returns what was done.
     */
    public String start() {
        if (king == null) {
            AnimalKind kind = data.animal(TYPE);
            king = herd.addAt(kind, pool.x(), pool.y());
            king.leadApart();
            king.showOlderClientsAs(data.animal(OLDER_CLIENTS_TYPE));
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
                double[] rise = aims.getFirst();
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
        aims.clear();
        if (king.state() != 0) {
            king.state(0);
        }
    }

    /** Its telegraph goes out and the windup starts. */
    private void begin(BossMove m, Player nearest) {
        double pace = pace();
        move = m;
        untilStrike = m.windup() * pace;
        king.state(m.state());
        king.stop();
        aims.clear();
        int ms = (int) Math.round(untilStrike);
        double angle = Math.atan2(nearest.y() - king.y(), nearest.x() - king.x());
        king.face(angle);
        switch (m.kind()) {
            case CLAW -> {
                double length = king.kind().scale() + king.kind().strike().range();
                double[] end = {king.x() + Math.cos(angle) * length, king.y() + Math.sin(angle) * length};
                aims.add(new double[] {king.x(), king.y()});
                aims.add(end);
                telegraph(new ServerPacket.Telegraph(m.telegraph(), king.x(), king.y(), m.radius(), ms, end[0], end[1]), length);
            }
            case SLAM -> {
                aims.add(new double[] {king.x(), king.y()});
                telegraph(new ServerPacket.Telegraph(m.telegraph(), king.x(), king.y(), m.radius(), ms, null, null), 0);
            }
            case GEYSERS -> {
                List<Player> foes = foes();
                foes.sort((a, b) -> Double.compare(distance(a), distance(b)));
                for (Player p : foes.subList(0, Math.min(MOST_GEYSERS, foes.size()))) {
                    aims.add(new double[] {p.x(), p.y()});
                    telegraph(new ServerPacket.Telegraph(m.telegraph(), p.x(), p.y(), m.radius(), ms, null, null), 0);
                }
            }
            case DIVE -> {
                double[] rise = inPool(nearest.x(), nearest.y());
                aims.add(rise);
                goUnderAt = untilStrike - GOING_UNDER_MILLIS;
                telegraph(new ServerPacket.Telegraph(m.telegraph(), rise[0], rise[1], m.radius(), ms, null, null), 0);
            }
        }
    }

    /** The move strikes every player it reaches, then the King rests (a dive: while it rises, out of reach). */
    private void strike() {
        BossMove m = move;
        move = null;
        found.clear();
        for (int i = 0; i < (m.kind() == BossMove.Kind.CLAW ? 1 : aims.size()); i++) {
            double[] at = aims.get(i);
            double reach = m.kind() == BossMove.Kind.CLAW ? Math.hypot(aims.get(1)[0] - at[0], aims.get(1)[1] - at[1]) + m.radius() : m.radius();
            players.query(at[0], at[1], reach + Player.SCALE, reach + Player.SCALE, p -> {
                if (p.alive() && !found.contains(p) && reaches(m, at, p)) {
                    found.add(p);
                }
            });
        }
        for (Player p : found) {
            double[] from = m.kind() == BossMove.Kind.CLAW ? new double[] {king.x(), king.y()} : nearestAim(p);
            damage.apply(new Hit(null, p, m.damage(), Hit.Kind.ANIMAL));
            p.push(Math.atan2(p.y() - from[1], p.x() - from[0]), m.push());
        }
        king.state(m.kind() == BossMove.Kind.DIVE ? RISING : 0); // a dive rises out of reach; any other move is done
        resting = m.rest() * pace();
        aims.clear();
    }

    /** Whether the move's strike at {@code at} reaches a player's body. */
    private boolean reaches(BossMove m, double[] at, Player p) {
        if (m.kind() != BossMove.Kind.CLAW) {
            return Math.hypot(p.x() - at[0], p.y() - at[1]) <= m.radius() + Player.SCALE;
        }
        double[] end = aims.get(1);
        double dx = end[0] - at[0];
        double dy = end[1] - at[1];
        double t = Math.clamp(((p.x() - at[0]) * dx + (p.y() - at[1]) * dy) / (dx * dx + dy * dy), 0, 1);
        return Math.hypot(p.x() - (at[0] + t * dx), p.y() - (at[1] + t * dy)) <= m.radius() + Player.SCALE;
    }

    private double[] nearestAim(Player p) {
        double[] best = aims.getFirst();
        for (double[] at : aims) {
            if (Math.hypot(p.x() - at[0], p.y() - at[1]) < Math.hypot(p.x() - best[0], p.y() - best[1])) {
                best = at;
            }
        }
        return best;
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

    /** {@code W} to every living player who sees where it strikes ({@code extent}: how far its line reaches beyond its point). */
    private void telegraph(ServerPacket.Telegraph w, double extent) {
        double reach = w.radius() + extent;
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
            ledger.add(attacker, hit.amount());
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

    /** Its killer gets its score; who took a share gets the Crab Shell and the badge; everyone is told; it goes away for its delay. */
    private void die(Player killer) {
        AnimalKind kind = king.kind();
        if (killer != null && killer.alive()) {
            economy.addScore(killer, kind.score());
        }
        List<Player> sharers = ledger.atLeast(shellShare * kind.hp());
        StoreItem shell = data.storeItem(false, CRAB_SHELL);
        for (Player p : sharers) {
            p.killedCrabKing();
            if (shell != null && !p.outfit().owns(shell)) {
                p.outfit().own(shell); // earned: it is never sold (src/site/rules.md#store)
                out.send(p, new ServerPacket.StoreState(0, CRAB_SHELL, false));
            }
        }
        announce("The Crab King has fallen" + (killer == null ? "!" : " to " + killer.name() + "!")
                + "\n" + sharers.size() + " player(s) earned the Crab Shell");
        ledger.clear();
        calm();
        if (respawnMillis > 0) {
            herd.sendAway(king, respawnMillis);
        } else {
            herd.respawn(king, false);
        }
    }

    private void announce(String text) {
        for (Client c : roster.clients()) {
            if (!c.isBot()) {
                notices.deliver(c, text, clock.millis());
            }
        }
    }

    /** How much of its health {@code p} took since it last came (for tests and the console). */
    public double takenBy(Player p) {
        return ledger.takenBy(p);
    }
}
