package dev.moomoo.game;

import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.protocol.ServerPacket;

import java.util.BitSet;

/** A player in the world. Tick thread only. */
public final class Player implements Entity {
    public static final int SCALE = 35;
    public static final int MAX_HEALTH = 100;
    static final double FIRST_MAX_XP = 300;
    static final double XP_GROWTH = 1.2;
    static final int MAX_AGE = 100;

    private final int sid;
    private final Client client;
    String name;
    int skin;
    boolean alive;
    double x;
    double y;
    double vx;
    double vy;
    /** Aim direction, radians. */
    double dir;
    /** Move direction, radians; NaN while standing still. */
    double moveDir = Double.NaN;
    int health = MAX_HEALTH;
    final long[] resources = new long[Resource.values().length];
    int kills;
    long xp;
    long maxXp = (long) FIRST_MAX_XP;
    int age = 1;
    WeaponDef weapon;
    /** What weapon and held item make of the player this tick (computed first each tick). */
    PlayerStats stats = PlayerStats.BASE;
    boolean attacking;
    boolean autoGather;
    /** World time in ms at which the weapon may swing again. */
    double reloadedAt;
    int cell;
    /** Chat lines the player may send now (a token bucket refilled with world time). */
    double chatTokens = InputHandler.CHAT_BURST;
    double chatCheckedAt;
    /** When the player was last told that a chat line was dropped (world time), or never. */
    double chatWarnedAt = Double.NEGATIVE_INFINITY;
    /** Sids of the players this one was sent as in view ({@code D} sent, no {@code E} since). */
    final BitSet playersInView = new BitSet();
    /** Sids of the objects sent to this player with {@code H} and not removed since. */
    final BitSet objectsSent = new BitSet();

    Player(int sid, Client client) {
        this.sid = sid;
        this.client = client;
    }

    public WeaponDef weapon() {
        return weapon;
    }

    public PlayerStats stats() {
        return stats;
    }

    public int sid() {
        return sid;
    }

    public Client client() {
        return client;
    }

    public String name() {
        return name;
    }

    public boolean alive() {
        return alive;
    }

    @Override
    public double x() {
        return x;
    }

    @Override
    public double y() {
        return y;
    }

    public double vx() {
        return vx;
    }

    public double vy() {
        return vy;
    }

    public double dir() {
        return dir;
    }

    @Override
    public double scale() {
        return SCALE;
    }

    public int health() {
        return health;
    }

    public long resource(Resource r) {
        return resources[r.ordinal()];
    }

    public int kills() {
        return kills;
    }

    public long xp() {
        return xp;
    }

    public int age() {
        return age;
    }

    /** The leaderboard score: gold, as in the real game. */
    public long score() {
        return resources[Resource.GOLD.ordinal()];
    }

    ServerPacket.PlayerInfo info() {
        return new ServerPacket.PlayerInfo(client.id(), sid, name, x, y, dir, health, MAX_HEALTH, SCALE, skin);
    }

    ServerPacket.PlayerState state() {
        return new ServerPacket.PlayerState(sid, x, y, dir, -1, weapon.id(), 0, null, false, 0, 0, 0, 0);
    }

    /** Whether {@code other} is inside this player's view rectangle (PROTOCOL.md section 4). */
    boolean canSee(Positioned other) {
        return Math.abs(other.x() - x) - other.scale() <= Physics.VIEW_HALF_WIDTH
                && Math.abs(other.y() - y) - other.scale() <= Physics.VIEW_HALF_HEIGHT;
    }
}
