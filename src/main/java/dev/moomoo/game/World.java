package dev.moomoo.game;

import dev.moomoo.game.data.GameData;
import dev.moomoo.protocol.ServerPacket;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One game world (lobby): its registries (the roster of clients and players, the objects), its queues
 * (joins, departures, admin tasks) and its tick. The rules live in the systems the tick runs, each given
 * only the state it works on and the {@link Outbound} port; none calls back into the world.
 *
 * <p>Everything here runs on the world's tick thread: {@link #tick()} is called by {@link TickLoop} in
 * production and by hand in tests. Other threads talk to it only through {@link #join}, {@link #leave},
 * {@link Client#inbox()} and {@link #submit}.
 *
 * <p>The tick's order, and why: admin tasks and bots first (they act like clients); joins and leaves, so
 * nobody plays a tick after leaving; input (selecting, eating, placing, upgrading happen here); stats
 * (from what input changed: weapon, held item, what it wears); movement with its collisions (spikes, pads,
 * traps) and separation; the animals, which see where players went; the player states of the tick, built
 * once after everyone moved; combat (swings and shots
 * fired), turrets, then the shots in flight, which read positions and may kill or fell; the once-a-second
 * upkeep (poison, regeneration, mill points); visibility and the updates, from the tick's final state;
 * notices; the tribes' minimaps; the leaderboard every few seconds; last, the object sids freed in the tick become free to
 * reuse.
 */
public final class World {
    private final String name;
    private final GameConfig config;
    private final GameData data;
    private final GameClock clock;
    private final Roster roster;
    private final ObjectRegistry objects;
    private final ConcurrentLinkedQueue<Client> joins = new ConcurrentLinkedQueue<>();
    private final Departures departures;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final PhaseGuard guard = new PhaseGuard();
    private final Delivery out;
    private final Economy economy;
    private final Lives lives;
    private final TickStates states;
    private final Notices notices;
    private final InputHandler input;
    private final ModifiersStep stats;
    private final Movement movement;
    private final Damage damage;
    private final Combat combat;
    private final Projectiles projectiles;
    private final Turrets turrets;
    private final Upkeep upkeep;
    private final Visibility visibility;
    private final LeaderboardBroadcast leaderboard;
    private final Bots bots;
    private final Herd herd;
    private final Animals animals;
    private final Tribes tribes;
    private final List<Phase> phases;
    private final long[] phaseNanos;

    public World(String name, GameConfig config) {
        this(name, config, GameData.standard());
    }

    public World(String name, GameConfig config, GameData data) {
        this.name = name;
        this.config = config;
        this.data = data;
        this.clock = new GameClock(config.tickMillis());
        this.roster = new Roster(config.mapSize(), data);
        this.objects = new ObjectRegistry(config.mapSize(), roster);
        this.departures = new Departures(name);
        this.out = new Delivery(roster, departures, config.slowClientTicks());
        this.economy = new Economy(out, config.sandbox());
        ObjectPlacer placer = new ObjectPlacer(config, objects, new Random(config.seed()));
        this.lives = new Lives(name, config, data, roster, objects, placer, out, departures, economy);
        this.states = new TickStates(roster);
        this.notices = new Notices(out);
        this.tribes = new Tribes(roster, objects, out, notices, clock);
        ActionBar items = new ActionBar(objects, economy, out, clock, config, data);
        this.input = new InputHandler(config, clock, lives, notices, out, items, new UpgradeChoices(data, out),
                new StoreCounter(data, economy, out), tribes);
        this.stats = new ModifiersStep(data, clock);
        Random animalRandom = new Random(config.seed() + 2);
        this.herd = new Herd(config.mapSize(), animalRandom);
        this.damage = new Damage(out, lives, objects, economy, clock, new AnimalLives(herd, economy, out, animalRandom));
        this.movement = new Movement(roster.grid(), objects.grid(), config, damage, new Random(config.seed() + 1), objects::appeared);
        this.animals = new Animals(herd, roster.grid(), objects.grid(), damage, out, clock, config, animalRandom, objects::appeared);
        this.projectiles = new Projectiles(roster, herd.grid(), objects, damage, out, config.tickMillis());
        this.combat = new Combat(roster.grid(), herd.grid(), objects.grid(), data, damage, economy, projectiles, out, clock);
        this.turrets = new Turrets(objects, roster, herd.grid(), projectiles, data, clock, out);
        this.upkeep = new Upkeep(roster, damage, economy, out, clock);
        this.visibility = new Visibility(roster, objects, herd.grid(), states, out);
        this.leaderboard = new LeaderboardBroadcast(roster, out);
        this.bots = new Bots(roster, objects.grid(), config, joins::add, c -> departures.leave(c, "left"));
        this.phases = phases();
        this.phaseNanos = new long[phases.size()];
        placer.placeInitialObjects();
        placeAnimals(placer);
    }

    /** The animals of the settings: bosses (fixed spawns) at the arena, every other kind at random points. */
    private void placeAnimals(ObjectPlacer placer) {
        for (dev.moomoo.game.data.AnimalKind kind : data.animals()) {
            for (int i = 0; i < config.animalCount(kind.name()); i++) {
                if (kind.fixedSpawn()) {
                    double[] at = placer.arena();
                    herd.add(kind, at[0], at[1]);
                } else {
                    herd.addAnywhere(kind);
                }
            }
        }
    }

    public String name() {
        return name;
    }

    public GameConfig config() {
        return config;
    }

    public GameData data() {
        return data;
    }

    public long tickCount() {
        return clock.ticks();
    }

    /** World time: ticks run times the tick length, in ms. */
    public double timeMillis() {
        return clock.millis();
    }

    /** Lets a command layer take chat lines before players see them. Call before the tick starts. */
    public void chatListener(ChatListener listener) {
        input.chatListener(listener);
    }

    // ---- entry points for other threads ----

    /** Queues a client to enter the world at the start of the next tick. Any thread. */
    public void join(Client client) {
        joins.add(client);
    }

    /** Queues a client to leave the world at the start of the next tick. Any thread. */
    public void leave(Client client) {
        leave(client, "left");
    }

    /** Queues a client to leave, saying why (the world's own reason, if it disconnected it, is kept). Any thread. */
    public void leave(Client client, String reason) {
        departures.leave(client, reason);
    }

    /** Runs {@code task} on the tick thread at the start of the next tick. Any thread. */
    public <T> CompletableFuture<T> submit(Function<World, T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                result.complete(task.apply(this));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    // ---- the tick ----

    /** One tick: the phases in their fixed order (the class comment's); a phase that throws is logged once and the tick goes on. */
    public void tick() {
        clock.advance();
        for (int i = 0; i < phases.size(); i++) {
            long start = System.nanoTime();
            phases.get(i).body().run();
            phaseNanos[i] += System.nanoTime() - start;
        }
    }

    /** A named step of the tick. */
    private record Phase(String name, Runnable body) {
    }

    private List<Phase> phases() {
        return List.of(
                new Phase("tasks", this::runTasks),
                new Phase("bots", () -> guard.run("bots", () -> bots.update(clock.ticks()))),
                new Phase("joins", () -> guard.run("joins", this::processJoinsAndLeaves)),
                new Phase("input", () -> forEachClient("input", input::drain)),
                new Phase("stats", () -> forEachLiving("stats", stats::update)),
                new Phase("movement", () -> forEachLiving("movement", movement::move)),
                new Phase("separation", () -> forEachLiving("separation", movement::separate)),
                new Phase("animals", () -> guard.run("animals", animals::update)),
                new Phase("states", () -> guard.run("states", states::refresh)),
                new Phase("combat", () -> forEachLiving("combat", combat::update)),
                new Phase("turrets", () -> guard.run("turrets", turrets::update)),
                new Phase("projectiles", () -> guard.run("projectiles", projectiles::update)),
                new Phase("upkeep", () -> guard.run("upkeep", upkeep::update)),
                new Phase("visibility", () -> forEachLiving("visibility", visibility::update)),
                new Phase("notices", () -> guard.run("notices", () -> notices.update(clock.millis()))),
                new Phase("tribes", () -> guard.run("tribes", tribes::update)),
                new Phase("leaderboard", () -> {
                    if (clock.ticks() % config.leaderboardTicks() == 0) {
                        guard.run("leaderboard", leaderboard::send);
                    }
                }),
                new Phase("sids", () -> guard.run("sids", objects::endTick)));
    }

    /** Time spent in each phase since the world started, in ms, in tick order (for status and benchmarks). */
    public Map<String, Double> phaseMillis() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < phases.size(); i++) {
            out.put(phases.get(i).name(), phaseNanos[i] / 1e6);
        }
        return out;
    }

    /** Failures per phase so far (for status and tests). */
    public Map<String, Long> phaseFailures() {
        return guard.failures();
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            guard.run("tasks", task);
        }
    }

    private void processJoinsAndLeaves() {
        Client c;
        while ((c = joins.poll()) != null) {
            if (!c.dropped && roster.add(c) && (c.tribesSent != null ? c.tribesSent != tribes.list() : tribes.count() > 0)) {
                out.send(c, new ServerPacket.TribeList(tribes.list())); // tribes came or went since it connected
            }
        }
        while ((c = departures.poll()) != null) {
            Player p = c.player;
            if (lives.leave(c)) {
                if (p != null) {
                    tribes.forget(p);
                }
                notices.remove(c);
                if (p != null) {
                    states.forget(p);
                    projectiles.forget(p);
                }
            }
        }
    }

    /** Runs a phase for each client; one client's failure neither stops the phase for the others nor the tick. */
    private void forEachClient(String phase, Consumer<Client> action) {
        for (Client c : roster.clientSnapshot()) {
            guard.run(phase, () -> action.accept(c));
        }
    }

    /** Over a snapshot, because a phase may kill or remove players; the dead are skipped. */
    private void forEachLiving(String phase, Consumer<Player> action) {
        for (Player p : roster.livingSnapshot()) {
            if (p.alive && !p.client().dropped) {
                guard.run(phase, () -> action.accept(p));
            }
        }
    }

    // ---- tribes and animals ----

    /** The tribes as a connecting client is first sent them ({@code A}). Any thread. */
    public List<ServerPacket.Tribe> tribeList() {
        return tribes.list();
    }

    /**
     * Puts the living players, in sid order, into tribes of {@code size} through the tribe rules (the first
     * of each group founds it, the others ask and are let in): for load tests and benchmarks. Returns how
     * many tribes there are now.
     */
    public int groupIntoTribes(int size) {
        List<Player> living = new java.util.ArrayList<>(roster.living());
        living.sort(java.util.Comparator.comparingInt(Player::sid));
        for (int i = 0; i + 1 < living.size(); i += size) {
            Player leader = living.get(i);
            if (leader.tribe != null) {
                continue;
            }
            tribes.create(leader, "t" + leader.sid());
            for (int j = i + 1; j < Math.min(i + size, living.size()); j++) {
                Player member = living.get(j);
                if (member.tribe == null && leader.tribe != null) {
                    tribes.ask(member, leader.tribe.name());
                    tribes.answer(leader, member.sid(), true);
                }
            }
        }
        return tribes.count();
    }

    /** The animals, present or away after dying. */
    public List<Animal> animals() {
        return herd.all();
    }

    /** Adds an animal of {@code kind} at a point (a fixed-spawn kind comes back there); returns it, or null for no such kind. */
    public Animal spawnAnimal(int kind, double x, double y) {
        dev.moomoo.game.data.AnimalKind k = data.animal(kind);
        return k == null ? null : herd.add(k, x, y);
    }

    // ---- players ----

    public Collection<Client> clients() {
        return roster.clients();
    }

    public List<Player> livingPlayers() {
        return roster.living();
    }

    public Player playerBySid(int sid) {
        return roster.bySid(sid);
    }

    /** Deals {@code amount} to a player through the one damage path, as the world (admin tools, tests). */
    void damage(Player target, int amount) {
        damage.apply(new Hit(null, target, amount, Hit.Kind.WORLD));
    }

    /** Disconnects a player for an admin; {@code message} is shown to it. */
    public void kick(Client c, DisconnectReason reason, String message) {
        departures.disconnect(c, reason, message);
    }

    // ---- the world API for admin commands and tests (tick thread: call through submit) ----

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
    public void botSinks(java.util.function.Supplier<PacketSink> sinks) {
        bots.sinks(sinks);
    }

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
        dev.moomoo.game.data.ItemDef item = data.item(itemIndex);
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
        return objects.remove(sid, out);
    }

    public WorldObject object(int sid) {
        return objects.get(sid);
    }

    /** Shots in flight now. */
    public int projectilesInFlight() {
        return projectiles.flying().size();
    }

    /** The highest object sid handed out so far (sids are reused, so this stays near the most objects ever standing). */
    public int highestObjectSid() {
        return objects.highestSid();
    }

    public Collection<WorldObject> allObjects() {
        return objects.all();
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

    /** How many people and bots a message reached. */
    public record Audience(int people, int bots) {
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

    /** Gives {@code amount} of {@code resource} to one player. Returns false when there is no such player. */
    public boolean grant(int sid, Resource resource, long amount) {
        Player p = playerBySid(sid);
        if (p == null || !p.alive) {
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

    /** Sends the restart notice counting down {@code seconds} to every client. */
    public void restartNotice(int seconds) {
        ServerPacket notice = new ServerPacket.RestartNotice(seconds);
        for (Client c : roster.clients()) {
            out.send(c, notice);
        }
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

    /** Moves a player; returns false when there is no such living player. */
    public boolean teleport(int sid, double x, double y) {
        Player p = playerBySid(sid);
        if (p == null || !p.alive) {
            return false;
        }
        p.x = x;
        p.y = y;
        Movement.clamp(p, config.mapSize());
        roster.moved(p);
        return true;
    }
}
