package dev.moomoo.game;

import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.protocol.ServerPacket;

import java.util.BitSet;

/** A player in the world. Tick thread only. */
public final class Player extends Body implements Entity {
    public static final int SCALE = 35;
    public static final int MAX_HEALTH = 100;

    private final int sid;
    private final Client client;
    String name;
    int skin;
    boolean alive;
    /** Move direction, radians; NaN while standing still. */
    double moveDir = Double.NaN;
    int health = MAX_HEALTH;
    final long[] resources = new long[Resource.values().length];
    final Progress progress = new Progress();
    final Loadout loadout;
    final OwnedBuildings buildings;
    /** The layer it stands on: 1 on a platform (its shots fly over layer-0 buildings), else 0. */
    int layer;
    /** World time until which it is shamed; and when it was last hit. */
    double shamedUntil;
    double lastHitAt = Double.NEGATIVE_INFINITY;
    int shameCount;
    /** Health it regains each second (a healing pad under it this tick), and the food healing over time left. */
    double padHeal;
    double foodRegen;
    /** Once-a-second ticks of food healing left (cheese: 5). */
    int foodRegenTicks;
    /** Poison working on it. */
    final Poison poison = new Poison();
    /** The speed multiplier that melee swings take down and time brings back (GAME-DATA.md section 1). */
    double slowMult = 1;
    /** Where it stood at its last full scan for objects to send (NaN: never scanned). */
    double objectScanX = Double.NaN;
    double objectScanY = Double.NaN;
    /** Held by an enemy's pit trap (it touched one this tick). */
    boolean trapped;
    /** Whether spikes hurt it already this tick (once a tick, however many sub-steps touch). */
    boolean spikedThisTick;
    /** Points a mill owner has earned but not been paid (paid in whole points each second). */
    double millPoints;
    /** What weapon and held item make of the player this tick (computed first each tick). */
    Modifiers stats = Modifiers.BASE;
    boolean attacking;
    boolean autoGather;
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

    /** What it owns of the store and wears; kept across deaths. */
    final Outfit outfit;
    /** Its tribe, or null. */
    Tribe tribe;
    /** How long it has stood still (no velocity, no swing or shot), ms: the Assassin's invisibility counts it. */
    double stillMillis;
    /** World time at which a worn turret (Turret Gear) may fire again. */
    double turretReloadedAt;
    /** World time at which it last founded a tribe. */
    double foundedAt = Double.NEGATIVE_INFINITY;
    /** World time of its last map ping. */
    double pingedAt = Double.NEGATIVE_INFINITY;

    Player(int sid, Client client, int weaponCount, int groupCount, Outfit outfit) {
        this.sid = sid;
        this.client = client;
        this.loadout = new Loadout(weaponCount);
        this.buildings = new OwnedBuildings(groupCount);
        this.outfit = outfit;
    }

    /** What its hat and accessory do. */
    dev.moomoo.game.data.Effects effects() {
        return outfit.effects();
    }

    /** Whether {@code other} is another member of its tribe: they cannot hurt each other. */
    boolean isMateOf(Player other) {
        return other != null && other != this && tribe != null && tribe == other.tribe;
    }

    /** Hidden from others: worn invisibility after standing still long enough. */
    boolean invisible() {
        double after = outfit.effects().invisibleAfter();
        return after > 0 && stillMillis >= after;
    }

    public int hatId() {
        return outfit.hatId();
    }

    public int accessoryId() {
        return outfit.accessoryId();
    }

    public String tribeName() {
        return tribe == null ? null : tribe.name();
    }

    /** The weapon in hand. */
    public WeaponDef weapon() {
        return loadout.weapon();
    }

    public Modifiers stats() {
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
    double radius() {
        return SCALE;
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
        return progress.kills;
    }

    public long xp() {
        return progress.xp;
    }

    public int age() {
        return progress.age;
    }

    public int upgradePoints() {
        return progress.upgradePoints;
    }

    /** The item in hand, or null. */
    public dev.moomoo.game.data.ItemDef heldItem() {
        return loadout.held;
    }

    public java.util.List<Integer> itemIds() {
        return loadout.itemIds();
    }

    public java.util.List<Integer> weaponIds() {
        return loadout.weaponIds();
    }

    /** How many of its buildings of item group {@code group} stand. */
    public int buildingCount(int group) {
        return buildings.count(group);
    }

    /** The leaderboard score: gold, as in the real game. */
    public long score() {
        return resources[Resource.GOLD.ordinal()];
    }

    ServerPacket.PlayerInfo info() {
        return new ServerPacket.PlayerInfo(client.id(), sid, name, x, y, dir, health, MAX_HEALTH, SCALE, skin);
    }

    ServerPacket.PlayerState state() {
        int buildIndex = loadout.held == null ? -1 : loadout.held.index();
        int skinIndex = shamed ? SHAME_HAT : outfit.hatId();
        String team = tribe == null ? null : tribe.name();
        boolean leader = tribe != null && tribe.leader() == this;
        return new ServerPacket.PlayerState(sid, x, y, dir, buildIndex, weapon().id(), variant, team, leader, skinIndex,
                outfit.accessoryId(), icon, layer);
    }

    /** The variant of the weapon in hand this tick (0 normal .. 3 ruby), set by the stats system. */
    int variant;
    /** The icon over it this tick: the skull for the top killer (set with the tick's states). */
    int icon;
    /** Whether it is shamed this tick (set by the stats system). */
    boolean shamed;
    /** The hat the client shows over a shamed player. */
    static final int SHAME_HAT = 45;

    /** Whether {@code other} is inside this player's view rectangle (PROTOCOL.md section 4). */
    boolean canSee(Positioned other) {
        return View.contains(x, y, other, 0);
    }
}
