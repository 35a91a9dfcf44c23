package dev.moomoo.game.entity;

import dev.moomoo.game.data.Effects;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.data.WeaponDef;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.space.Positioned;
import dev.moomoo.game.space.View;
import dev.moomoo.protocol.ServerPacket;

import java.util.Arrays;
import java.util.List;

/**
 * A player in the world: who it is, its life and health, its resources, and the parts of its state
 * (what it carries, wears, has earned and built, what it was sent, its chat budget, its shame, its
 * timers). Its fields are its own: the systems change them through what they mean. Tick thread only.
 */
public final class Player extends Body implements Entity {
    public static final int SCALE = 35;
    /** The icon the client draws over the top killer (src/site/rules.md#skull). */
    public static final int SKULL = 1;
    public static final int MAX_HEALTH = 100;
    /** The hat the client shows over a shamed player. */
    static final int SHAME_HAT = 45;

    private final int sid;
    private final Client client;
    private String name;
    private int skin;
    private boolean alive;
    /** With the fractions of the blows and heals it took; sent rounded (src/site/rules.md#damage-and-knockback). */
    private double health = MAX_HEALTH;
    private final long[] resources = new long[Resource.values().length];
    private final Progress progress = new Progress();
    private final Loadout loadout;
    private final OwnedBuildings buildings;
    /** What it owns of the store and wears; kept across deaths. */
    private final Outfit outfit;
    /** It had a share in a Crab King's death (src/site/rules.md#the-crab-king): the badge it is shown with, kept across deaths. */
    private boolean crabKiller;
    private final Healing healing = new Healing();
    private final Shame shame = new Shame();
    private final Boosts boosts = new Boosts();
    private final Sight sight = new Sight();
    private final ChatBudget chat = new ChatBudget();
    private final Cooldowns cooldowns = new Cooldowns();
    /** Its tribe, or null. */
    private Tribe tribe;
    /** Move direction, radians; NaN while standing still. */
    private double moveDir = Double.NaN;
    /** The attack button held; a press not yet answered by a tried swing or shot (src/site/rules.md#weapons); auto-gather on. */
    private boolean attacking;
    private boolean pressed;
    private boolean autoGather;
    /** The layer it stands on: 1 on a platform (its shots fly over layer-0 buildings), else 0. */
    private int layer;
    /** The speed multiplier that melee swings take down and time brings back (src/site/rules.md#movement). */
    private double slowMult = 1;
    /** How long it has stood still (no velocity, no swing or shot), ms: the Assassin's invisibility counts it. */
    private double stillMillis;
    /** Points a mill owner has earned but not been paid (paid in whole points each second). */
    private double millPoints;
    /** What weapon, held item and worn items make of it this tick (the modifiers step's, first each tick). */
    private Modifiers modifiers = Modifiers.BASE;
    /** The variant of the weapon in hand this tick (0 normal .. 3 ruby), and the icon over it (the skull for the top killer). */
    private int variant;
    private int icon;

    public Player(int sid, Client client, int weaponCount, int groupCount, Outfit outfit) {
        super(0, 0);
        this.sid = sid;
        this.client = client;
        this.loadout = new Loadout(weaponCount);
        this.buildings = new OwnedBuildings(groupCount);
        this.outfit = outfit;
    }

    // ---- who it is ----

    public int sid() {
        return sid;
    }

    public Client client() {
        return client;
    }

    public String name() {
        return name;
    }

    @Override
    public double radius() {
        return SCALE;
    }

    @Override
    boolean stopsAtEdge() {
        return false;
    }

    @Override
    public double scale() {
        return SCALE;
    }

    // ---- a life ----

    public boolean alive() {
        return alive;
    }

    /**
     * A new life under {@code name}: full health, standing, the start kit, {@code startResources} of each
     * resource, no XP, no shame; what outlives deaths stays (what it owns and wears, its buildings and
     * tribe, its chat budget, the mill points not yet paid, a trap's hold). It is told its own sid as in view.
     */
    public void beginLife(String name, int skin, long startResources, GameData data) {
        this.name = name;
        this.skin = skin;
        alive = true;
        health = MAX_HEALTH;
        stop();
        moveDir = Double.NaN;
        attacking = false;
        pressed = false;
        autoGather = false;
        progress.reset();
        loadout.reset(data);
        modifiers = Modifiers.BASE;
        slowMult = 1;
        layer = 0;
        shame.reset();
        boosts.clear();
        damageOverTime().clear();
        stillMillis = 0;
        sight.newLife(sid); // what was built while it was dead is offered by a full scan
        Arrays.fill(resources, startResources);
    }

    /** Its life ends: it stops acting and forgets who it had in view. */
    public void endLife() {
        alive = false;
        attacking = false;
        pressed = false;
        moveDir = Double.NaN;
        sight.forgetPlayers();
    }

    // ---- health ----

    public double health() {
        return health;
    }

    /** Its health as clients are shown it ({@code O}, {@code D}): rounded, half up. */
    public int shownHealth() {
        return (int) Math.round(health);
    }

    /** Loses {@code amount} of health, down to 0. */
    public void wound(double amount) {
        health = Math.max(0, health - amount);
    }

    /** Gains up to {@code amount} of health, up to full; returns how much it gained. */
    public double restore(double amount) {
        double gained = Math.min(amount, MAX_HEALTH - health);
        health += gained;
        return gained;
    }

    /** The healing pad under it this tick. */
    public Healing healing() {
        return healing;
    }

    public Shame shame() {
        return shame;
    }

    /** The accessories' boosts of some seconds (rage after a hit, rush after a kill). */
    public Boosts boosts() {
        return boosts;
    }

    // ---- resources and progress ----

    public long resource(Resource r) {
        return resources[r.ordinal()];
    }

    /** Adds {@code amount} of a resource (a negative amount takes it), never below 0; returns what it holds now. */
    public long addResource(Resource r, long amount) {
        resources[r.ordinal()] = Math.max(0, resources[r.ordinal()] + amount);
        return resources[r.ordinal()];
    }

    /** The leaderboard score: gold, as in the real game. */
    public long score() {
        return resources[Resource.GOLD.ordinal()];
    }

    /** Earns {@code perSecond} points from mills and worn items; returns the whole points due now (the fraction waits). */
    public long earnPoints(double perSecond) {
        millPoints += perSecond;
        long whole = (long) millPoints;
        if (whole > 0) {
            millPoints -= whole;
            return whole;
        }
        return 0;
    }

    public Progress progress() {
        return progress;
    }

    public int kills() {
        return progress.kills();
    }

    public long xp() {
        return progress.xp();
    }

    public int age() {
        return progress.age();
    }

    public int upgradePoints() {
        return progress.upgradePoints();
    }

    // ---- what it carries, wears and built ----

    public Loadout loadout() {
        return loadout;
    }

    /** The weapon in hand. */
    public WeaponDef weapon() {
        return loadout.weapon();
    }

    /** The item in hand, or null. */
    public ItemDef heldItem() {
        return loadout.held();
    }

    public List<Integer> itemIds() {
        return loadout.itemIds();
    }

    public List<Integer> weaponIds() {
        return loadout.weaponIds();
    }

    public Outfit outfit() {
        return outfit;
    }

    /** Whether it had a share in a Crab King's death (the leaderboard's crab badge). */
    public boolean crabKiller() {
        return crabKiller;
    }

    /** It had a share in a Crab King's death: badged from now on. */
    public void killedCrabKing() {
        crabKiller = true;
    }

    /** What its hat and accessory do. */
    public Effects effects() {
        return outfit.effects();
    }

    public int hatId() {
        return outfit.hatId();
    }

    public int accessoryId() {
        return outfit.accessoryId();
    }

    public OwnedBuildings buildings() {
        return buildings;
    }

    /** How many of its buildings of item group {@code group} stand. */
    public int buildingCount(int group) {
        return buildings.count(group);
    }

    // ---- its tribe ----

    /** Its tribe, or null. */
    public Tribe tribe() {
        return tribe;
    }

    public String tribeName() {
        return tribe == null ? null : tribe.name();
    }

    /** Joins or (null) leaves a tribe: the tribe's to say, as its members change. */
    void tribe(Tribe tribe) {
        this.tribe = tribe;
    }

    /** Whether {@code other} is another member of its tribe: they cannot hurt each other. */
    public boolean isMateOf(Player other) {
        return other != null && other != this && tribe != null && tribe == other.tribe;
    }

    /** Whether {@code other} is this player or one of its mates: its traps and spikes spare them, its hidden traps are theirs to see. */
    public boolean isSelfOrMate(Player other) {
        return other == this || isMateOf(other);
    }

    // ---- what its client asks ----

    /** Move direction, radians; NaN while standing still. */
    public double moveDir() {
        return moveDir;
    }

    /** Walks towards {@code dir} (NaN: stands still). */
    public void walk(double dir) {
        moveDir = dir;
    }

    /** The attack button goes down or up; a press is kept until a swing or shot was tried, however soon the button is up again. */
    public void attack(boolean down) {
        attacking = down;
        pressed |= down;
    }

    /** The attack button goes down or up with an item in hand: the press is the item's use, kept for no swing. */
    public void attackWithItem(boolean down) {
        attacking = down;
    }

    public void toggleAutoGather() {
        autoGather = !autoGather;
    }

    /** Whether its weapon is used as soon as it is reloaded: a press not yet answered, or auto-gather on. */
    public boolean wantsToAttack() {
        return pressed || autoGather;
    }

    /**
     * A tick in which its weapon tried a swing or a shot, or was still reloading: what is kept of the
     * press is whether the button is still down (a click let go before such a tick is answered or lost).
     */
    public void settleAttack() {
        pressed = attacking;
    }

    // ---- how it moves ----

    /** The layer it stands on: 1 on a platform, else 0. */
    public int layer() {
        return layer;
    }

    /** At the start of its move what it stood on last tick is forgotten (a platform, a healing pad): this tick's contacts set it again. */
    public void stepOff() {
        layer = 0;
        healing.offPads();
    }

    /** It stands on a platform: layer 1. */
    public void standOnPlatform() {
        layer = 1;
    }

    /** It stands on a healing pad that heals {@code heal} a second. */
    public void standOnHealingPad(double heal) {
        healing.onPad(heal);
    }

    /** The speed multiplier its last swings left it (1: none). */
    public double slow() {
        return slowMult;
    }

    /** A swing slows it by {@code amount}, down to 0. */
    public void slowBy(double amount) {
        slowMult = Math.max(0, slowMult - amount);
    }

    /** Time gives back {@code amount} of the swings' slow, up to none. */
    public void recoverFromSlow(double amount) {
        slowMult = Math.min(1, slowMult + amount);
    }

    /** After its move: a tick without velocity adds to how long it has stood still, any velocity ends it. */
    public void countStillness(double dt) {
        stillMillis = vx() == 0 && vy() == 0 ? stillMillis + dt : 0;
    }

    /** A swing or a shot ends its stillness. */
    public void breakStillness() {
        stillMillis = 0;
    }

    /** Hidden from others: worn invisibility after standing still long enough. */
    public boolean invisible() {
        double after = outfit.effects().invisibleAfter();
        return after > 0 && stillMillis >= after;
    }

    // ---- this tick ----

    public Modifiers modifiers() {
        return modifiers;
    }

    /** This tick's modifiers and the variant of the weapon in hand: the modifiers step's, first each tick. */
    public void modify(Modifiers modifiers, int variant) {
        this.modifiers = modifiers;
        this.variant = variant;
    }

    /** The variant of the weapon in hand this tick (0 normal .. 3 ruby). */
    public int variant() {
        return variant;
    }

    /** The icon drawn over it this tick (the skull for the top killer), or 0. */
    public void showIcon(int icon) {
        this.icon = icon;
    }

    /** Whether it wears the skull this tick: the top killer, the kill leader. */
    public boolean killLeader() {
        return icon == SKULL;
    }

    // ---- what others are told ----

    public Sight sight() {
        return sight;
    }

    public ChatBudget chat() {
        return chat;
    }

    /** When it may next found a tribe, ping the map, fire a worn turret. */
    public Cooldowns cooldowns() {
        return cooldowns;
    }

    /** Whether {@code other} is inside this player's view rectangle (src/site/rules.md#view). */
    public boolean canSee(Positioned other) {
        return View.contains(x(), y(), other, 0);
    }

    public ServerPacket.PlayerInfo info() {
        return new ServerPacket.PlayerInfo(client.id(), sid, name, x(), y(), dir(), shownHealth(), MAX_HEALTH, SCALE, skin);
    }

    public ServerPacket.PlayerState state() {
        ItemDef held = loadout.held();
        int buildIndex = held == null ? -1 : held.index();
        int skinIndex = shame.shown() ? SHAME_HAT : outfit.hatId();
        String team = tribe == null ? null : tribe.name();
        boolean leader = tribe != null && tribe.leader() == this;
        return new ServerPacket.PlayerState(sid, x(), y(), dir(), buildIndex, weapon().id(), variant, team, leader, skinIndex,
                outfit.accessoryId(), icon, layer);
    }
}
