package dev.moomoo.game;

import dev.moomoo.game.boss.CrabKing;
import dev.moomoo.game.bots.Bots;
import dev.moomoo.game.combat.Damage;
import dev.moomoo.game.combat.Projectiles;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.data.StoreItem;
import dev.moomoo.game.data.ItemDef;
import dev.moomoo.game.delivery.Departures;
import dev.moomoo.game.delivery.Notices;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.entity.Animal;
import dev.moomoo.game.entity.Hit;
import dev.moomoo.game.entity.NaturalObject;
import dev.moomoo.game.entity.ObjectType;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.Resource;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.game.space.MapBounds;
import dev.moomoo.game.space.View;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.tribes.Tribes;
import dev.moomoo.game.world.Herd;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;
import dev.moomoo.protocol.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What admins and tests do to a world, beyond the rules: bots, grants, teleports, objects and animals
 * put or taken away, buildings scattered, tribes formed, notices, kicks, and the lookups commands and
 * tests need. Tick thread only: other threads reach it through {@link World#submit}; code already on
 * the tick thread (a command, a test or benchmark that ticks by hand, the server before its loop
 * starts) through {@link World#admin()}.
 */
public final class WorldAdmin {
    private final GameConfig config;
    private final GameData data;
    private final GameClock clock;
    private final Roster roster;
    private final ObjectRegistry objects;
    private final Herd herd;
    private final Bots bots;
    private final Economy economy;
    private final Damage damage;
    private final Notices notices;
    private final Outbound out;
    private final Departures departures;
    private final Tribes tribes;
    private final Projectiles projectiles;
    /** The Crab King's fight, or null when the secret area is closed. */
    private final CrabKing crabKing;
    private final MapBounds bounds;

    WorldAdmin(GameConfig config, GameData data, GameClock clock, Roster roster, ObjectRegistry objects, Herd herd, Bots bots,
               Economy economy, Damage damage, Notices notices, Outbound out, Departures departures, Tribes tribes, Projectiles projectiles,
               CrabKing crabKing) {
        this.config = config;
        this.data = data;
        this.clock = clock;
        this.roster = roster;
        this.objects = objects;
        this.herd = herd;
        this.bots = bots;
        this.economy = economy;
        this.damage = damage;
        this.notices = notices;
        this.out = out;
        this.departures = departures;
        this.tribes = tribes;
        this.projectiles = projectiles;
        this.crabKing = crabKing;
        this.bounds = MapBounds.of(config.mapSize(), config.secretArea());
    }

    // ---- lookups ----

    public GameConfig config() {
        return config;
    }

    public GameData data() {
        return data;
    }

    public long tickCount() {
        return clock.ticks();
    }

    /** The tribes as {@code A} lists them. */
    public List<ServerPacket.TribeInfo> tribeList() {
        return tribes.list();
    }

    public Collection<Client> clients() {
        return roster.clients();
    }

    /** The client and, once it spawned, its player ({@code client 2b9r (sid 1 'alice')}): how the log names it. */
    public String describe(Client client) {
        return roster.describe(client);
    }

    /** The player a client in the world plays, or null before its first spawn. */
    public Player playerOf(Client client) {
        return roster.playerOf(client);
    }

    public List<Player> livingPlayers() {
        return roster.living();
    }

    public Player playerBySid(int sid) {
        return roster.bySid(sid);
    }

    /** The animals, present or away after dying. */
    public List<Animal> animals() {
        return herd.all();
    }

    public WorldObject object(int sid) {
        return objects.get(sid);
    }

    public Collection<WorldObject> allObjects() {
        return objects.all();
    }

    /** The highest object sid handed out so far (sids are reused, so this stays near the most objects ever standing). */
    public int highestObjectSid() {
        return objects.highestSid();
    }

    /** Shots in flight now. */
    public int projectilesInFlight() {
        return projectiles.flying().size();
    }

    // ---- players ----

    /** A melee blow of {@code amount} from {@code by} on an animal through the one damage path (tests); returns whether it died. */
    boolean strike(Player by, Animal target, double amount) {
        return damage.apply(new Hit(by, target, amount, Hit.Kind.MELEE));
    }

    /** Deals {@code amount} to a player through the one damage path, as the world (tests). */
    void damage(Player target, int amount) {
        damage.apply(new Hit(null, target, amount, Hit.Kind.WORLD));
    }

    /** Disconnects a player for an admin; {@code message} is shown to it. */
    public void kick(Client c, DisconnectReason reason, String message) {
        departures.disconnect(c, reason, message);
    }

    /** Gives {@code amount} of {@code resource} to one player. Returns false when there is no such player. */
    public boolean grant(int sid, Resource resource, long amount) {
        Player p = playerBySid(sid);
        if (p == null || !p.alive()) {
            return false;
        }
        economy.addResource(p, resource, amount);
        return true;
    }

    /** Gives {@code amount} of {@code resource} to every living player; returns how many got it. */
    public int grantAll(Resource resource, long amount) {
        for (Player p : roster.living()) {
            economy.addResource(p, resource, amount);
        }
        return roster.livingCount();
    }

    /**
     * Gives a player a hat or an accessory of the store, the Crab Shell and others never sold included
     * (src/site/rules.md#store): it owns it from now on, across deaths, and is told with {@code 5} as after a
     * purchase. Returns false when there is no such player, or the item is not worn by choice (Shame!).
     */
    public boolean giveStoreItem(int sid, StoreItem item) {
        Player p = playerBySid(sid);
        if (p == null || item.neverWorn()) {
            return false;
        }
        p.outfit().own(item);
        out.send(p, new ServerPacket.StoreState(0, item.id(), item.kind().accessory()));
        return true;
    }

    /** Moves a player; returns false when there is no such living player. */
    public boolean teleport(int sid, double x, double y) {
        Player p = playerBySid(sid);
        if (p == null || !p.alive()) {
            return false;
        }
        p.moveTo(x, y);
        p.keepOnMap(bounds);
        roster.moved(p);
        return true;
    }

    /**
     * Puts the living players, in sid order, into tribes of {@code size} through the tribe rules (the first
     * of each group founds it, the others ask and are let in): for load tests and benchmarks. Returns how
     * many tribes there are now.
     */
    public int groupIntoTribes(int size) {
        List<Player> living = new ArrayList<>(roster.living());
        living.sort(Comparator.comparingInt(Player::sid));
        for (int i = 0; i + 1 < living.size(); i += size) {
            Player leader = living.get(i);
            if (leader.tribe() != null) {
                continue;
            }
            tribes.create(leader, "t" + leader.sid());
            for (int j = i + 1; j < Math.min(i + size, living.size()); j++) {
                Player member = living.get(j);
                if (member.tribe() == null && leader.tribe() != null) {
                    tribes.ask(member, leader.tribeName());
                    tribes.answer(leader, member.sid(), true);
                }
            }
        }
        return tribes.count();
    }

    // ---- bots ----

    /** Adds {@code n} bots; they join at the start of the next tick. */
    public void addBots(int n) {
        bots.add(n);
    }

    /** Removes up to {@code n} bots; returns how many. */
    public int removeBots(int n) {
        return bots.remove(n);
    }

    public int botCount() {
        return bots.count();
    }

    /** Packets sent to bots so far. */
    public long botPacketsReceived() {
        return bots.packetsReceived();
    }

    /**
     * Where the packets of bots added from now on go; by default they are counted and dropped. A
     * benchmark gives sinks that encode them as for a socket, so that bots cost what players do.
     */
    public void botSinks(Supplier<PacketSink> sinks) {
        bots.sinks(sinks);
    }

    /**
     * Moves every living bot to a random point within one view of ({@code x}, {@code y}) (a crowd for a
     * browser to draw); returns how many.
     */
    public int gatherBots(double x, double y) {
        Random random = new Random(config.seed() + 3);
        int moved = 0;
        for (Player p : roster.livingSnapshot()) {
            if (p.client().isBot()) {
                teleport(p.sid(), x + (random.nextDouble() * 2 - 1) * View.HALF_WIDTH * 0.6,
                        y + (random.nextDouble() * 2 - 1) * View.HALF_HEIGHT * 0.6);
                moved++;
            }
        }
        return moved;
    }

    // ---- objects and animals ----

    /** Adds a natural object; players in view see it appear on their next update. Returns it. */
    public NaturalObject spawnObject(ObjectType type, double x, double y, int scale) {
        double clampedX = Math.min(Math.max(x, 0), config.mapSize());
        double clampedY = Math.min(Math.max(y, 0), config.mapSize());
        return objects.add(type, clampedX, clampedY, scale);
    }

    /**
     * Puts {@code count} buildings of item {@code itemIndex} at random points of the map, owned in turn by
     * the living players, without the placement rules (no cost, limit or overlap check): for load tests
     * and benchmarks, which need more buildings than the rules fit. Returns how many were placed (0 with
     * no living player or no such placeable item).
     */
    public int scatterBuildings(int itemIndex, int count, long seed) {
        ItemDef item = data.item(itemIndex);
        List<Player> owners = roster.living();
        if (item == null || item.isFood() || owners.isEmpty()) {
            return 0;
        }
        Random random = new Random(seed);
        double margin = item.scale();
        double span = config.mapSize() - 2 * margin;
        for (int i = 0; i < count; i++) {
            Player owner = owners.get(i % owners.size());
            double x = margin + random.nextDouble() * span;
            double y = margin + random.nextDouble() * span;
            objects.addBuilding(item, owner, x, y, random.nextDouble() * 2 * Math.PI);
        }
        return count;
    }

    /** Removes an object; everyone who was sent it gets {@code Q}. Returns whether it existed. */
    public boolean removeObject(int sid) {
        WorldObject o = objects.get(sid);
        if (o == null) {
            return false;
        }
        out.toReceiversOf(o, new ServerPacket.RemoveObject(sid));
        objects.remove(o);
        return true;
    }

    /** Adds an animal of {@code kind} at a point (a fixed-spawn kind comes back there); returns it, or null for no such kind. */
    public Animal spawnAnimal(int kind, double x, double y) {
        AnimalKind k = data.animal(kind);
        return k == null ? null : herd.add(k, x, y);
    }

    // ---- the secret area and its boss ----

    /** Where the admin menu's teleport to the secret area puts a player: "The Falls", in the gorge. */
    public static final double FALLS_X = -900;
    public static final double FALLS_Y = 6760;

    /** The Crab King's fight, or null when the secret area is closed (src/site/rules.md#the-crab-king). */
    public CrabKing crabKing() {
        return crabKing;
    }

    /** Starts the Crab King's fight (it rises, comes back, or moves now); returns what was done. */
    public String startCrabKing() {
        return crabKing == null ? "the secret area is closed (secret-area off, or a map other than 14,400)" : crabKing.start();
    }

    // ---- messages ----

    /** How many people and bots a message reached. */
    public record Audience(int people, int bots) {
    }

    /** A notice to every client, shown as each can show it; returns how many people and bots it went to. */
    public Audience notice(String text) {
        int people = 0;
        int botCount = 0;
        for (Client c : roster.clients()) {
            if (c.isBot()) {
                botCount++; // a bot reads nothing
            } else {
                notices.deliver(c, text, clock.millis());
                people++;
            }
        }
        return new Audience(people, botCount);
    }

    /** A message to one player, shown as a notice. Returns false when there is no such player. */
    public boolean tell(int sid, String text) {
        Player p = playerBySid(sid);
        if (p == null) {
            return false;
        }
        notices.deliver(p.client(), text, clock.millis());
        return true;
    }

    /** A message to one client (an admin's answer), shown as a notice to it alone. */
    public void reply(Client client, String text) {
        notices.deliver(client, text, clock.millis());
    }

    /**
     * Tells every client {@code reason} ({@code B}, HTML-escaped: the client puts it into the page) without
     * closing: the server closes every connection next.
     */
    public void farewell(String reason) {
        ServerPacket farewell = new ServerPacket.Disconnect(Text.escapeHtml(reason));
        for (Client c : roster.clients()) {
            out.send(c, farewell);
        }
    }

    /** Sends the restart notice counting down {@code seconds} to every client. */
    public void restartNotice(int seconds) {
        ServerPacket notice = new ServerPacket.RestartNotice(seconds);
        for (Client c : roster.clients()) {
            out.send(c, notice);
        }
    }
}
