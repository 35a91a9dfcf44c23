package dev.moomoo.game;

import dev.moomoo.game.animals.AnimalLives;
import dev.moomoo.game.animals.Animals;
import dev.moomoo.game.boss.CrabKing;
import dev.moomoo.game.boss.KingWounds;
import dev.moomoo.game.bots.Bots;
import dev.moomoo.game.combat.Attacks;
import dev.moomoo.game.combat.Damage;
import dev.moomoo.game.combat.Projectiles;
import dev.moomoo.game.combat.Turrets;
import dev.moomoo.game.data.AnimalKind;
import dev.moomoo.game.data.BossMove;
import dev.moomoo.game.data.GameData;
import dev.moomoo.game.delivery.Delivery;
import dev.moomoo.game.delivery.Departures;
import dev.moomoo.game.delivery.LeaderboardBroadcast;
import dev.moomoo.game.delivery.Notices;
import dev.moomoo.game.delivery.Outbound;
import dev.moomoo.game.delivery.StatsWatch;
import dev.moomoo.game.delivery.TickStates;
import dev.moomoo.game.delivery.V18Drawing;
import dev.moomoo.game.delivery.ViewCapture;
import dev.moomoo.game.delivery.Visibility;
import dev.moomoo.game.entity.Player;
import dev.moomoo.game.input.ActionBar;
import dev.moomoo.game.input.ChatListener;
import dev.moomoo.game.input.StaffListener;
import dev.moomoo.game.input.ChatRelay;
import dev.moomoo.game.input.InputHandler;
import dev.moomoo.game.input.StoreCounter;
import dev.moomoo.game.input.UpgradeChoices;
import dev.moomoo.game.journal.Arrival;
import dev.moomoo.game.journal.Digest;
import dev.moomoo.game.journal.Intake;
import dev.moomoo.game.journal.JournalSlot;
import dev.moomoo.game.journal.TickJournal;
import dev.moomoo.game.motion.Movement;
import dev.moomoo.game.motion.Separation;
import dev.moomoo.game.motion.WalkOn;
import dev.moomoo.game.player.Economy;
import dev.moomoo.game.player.Lives;
import dev.moomoo.game.player.ModifiersStep;
import dev.moomoo.game.player.Upkeep;
import dev.moomoo.game.player.Wounds;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.DisconnectReason;
import dev.moomoo.game.space.MapBounds;
import dev.moomoo.game.tick.GameClock;
import dev.moomoo.game.tick.PhaseGuard;
import dev.moomoo.game.tribes.Tribes;
import dev.moomoo.game.world.Herd;
import dev.moomoo.game.world.ObjectPlacer;
import dev.moomoo.game.world.ObjectRegistry;
import dev.moomoo.game.world.PlacementRules;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ServerPacket;

import java.util.LinkedHashMap;
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
 * only the state it works on and the {@link Outbound} port; none calls back into the world. What admins
 * and tests do beyond the rules is {@link WorldAdmin}'s.
 *
 * <p>Everything here runs on the world's tick thread: {@link #tick()} is called by {@link TickLoop} in
 * production and by hand in tests. Other threads talk to it only through {@link #join}, {@link #leave},
 * {@link Client#inbox()}, {@link #kickFromOutside}, {@link #submit} and {@link #submitCommand}: what an input journal records
 * (src/site/input-journal.md).
 *
 * <p>The tick's order, and why: admin tasks and bots first (they act like clients); joins and leaves, so
 * nobody plays a tick after leaving; input (selecting, eating, placing, upgrading happen here); modifiers
 * (from what input changed: weapon, held item, what it wears); movement with its collisions (spikes, pads,
 * traps) and separation; the animals, which see where players went, and the Crab King's fight; the player states of the tick, built
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
    private final ConcurrentLinkedQueue<Arrival> joins = new ConcurrentLinkedQueue<>();
    private final Departures departures;
    private final ConcurrentLinkedQueue<Task> tasks = new ConcurrentLinkedQueue<>();
    private final JournalSlot journal = new JournalSlot();
    private Intake intake = Intake.LIVE;
    private final StateDigest digest;
    private final PhaseGuard guard = new PhaseGuard();
    private final Delivery out;
    private final Lives lives;
    private final TickStates states;
    private final Notices notices;
    private final ChatRelay chat;
    private final InputHandler input;
    private final ModifiersStep modifiers;
    private final Movement movement;
    private final Separation separation;
    private final Attacks attacks;
    private final Projectiles projectiles;
    private final Turrets turrets;
    private final Upkeep upkeep;
    private final Visibility visibility;
    private final V18Drawing v18;
    private final LeaderboardBroadcast leaderboard;
    private final Bots bots;
    private final Animals animals;
    /** The Crab King's fight, or null when the secret area is closed. */
    private final CrabKing crabKing;
    private final Tribes tribes;
    private final WorldAdmin admin;
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
        this.departures = new Departures(name, roster);
        this.v18 = new V18Drawing(data);
        this.out = new Delivery(roster, departures, config.slowClientTicks(), v18, journal);
        Economy economy = new Economy(out, config.sandbox());
        ObjectPlacer placer = new ObjectPlacer(config.mapSize(), config.arena(), objects, new Random(config.seed()));
        this.lives = new Lives(name, config.maxPlayers(), data, roster, objects, placer, out, departures, economy, clock);
        this.states = new TickStates(roster);
        this.notices = new Notices(out, roster);
        this.tribes = new Tribes(roster, objects, out, notices, clock);
        this.chat = new ChatRelay(clock, notices, out);
        MapBounds bounds = MapBounds.of(config.mapSize(), config.secretArea());
        ActionBar items = new ActionBar(objects, new PlacementRules(objects, bounds, data), economy, out, clock, config.sandbox());
        this.input = new InputHandler(config.packetsPerTick(), roster, lives, chat, items, new UpgradeChoices(data, out),
                new StoreCounter(data, economy, out), tribes, new StatsWatch(roster, out), journal);
        this.modifiers = new ModifiersStep(data, clock, config.membersOnlyVariants().equals("everyone"));
        Random animalRandom = new Random(config.seed() + 2);
        Herd herd = new Herd(config.mapSize(), animalRandom, config::habitatOf);
        Wounds wounds = new Wounds(lives, out, clock);
        KingWounds animalWounds = new KingWounds(new AnimalLives(herd, economy, out, animalRandom));
        Damage damage = new Damage(out, wounds, objects, economy, animalWounds);
        WalkOn playersWalkOn = new WalkOn(objects.grid(), damage, new Random(config.seed() + 1), objects::appeared, config.mapSize());
        this.movement = new Movement(roster.grid(), playersWalkOn, config.tickMillis(), bounds);
        this.separation = new Separation(roster.grid(), bounds);
        WalkOn animalsWalkOn = new WalkOn(objects.grid(), damage, animalRandom, objects::appeared, config.mapSize());
        this.animals = new Animals(herd, roster.grid(), objects.grid(), animalsWalkOn, damage, out, clock, animalRandom,
                config.tickMillis(), bounds, new Animals.Pounce(config.pounceReach(), config.pounceCooldownMillis()));
        this.crabKing = bounds.area() == null ? null
                : new CrabKing(new CrabKing.Ports(herd, roster.grid(), damage, out, economy, roster, notices, clock), data,
                BossMove.crabKing(), bounds.area(), config.tickMillis(), config.crabKingRespawnMillis(), config.crabShellShare());
        animalWounds.fight(crabKing);
        this.projectiles = new Projectiles(roster, herd.grid(), objects, damage, out, config.tickMillis());
        this.attacks = new Attacks(roster.grid(), herd.grid(), objects.grid(), data, damage, economy, projectiles, out, clock,
                new Attacks.Sizes(config.thornsHeal(), config.bleedDamage()));
        this.turrets = new Turrets(objects, roster, herd.grid(), projectiles, data, clock, out);
        this.upkeep = new Upkeep(roster, wounds, economy, clock);
        this.visibility = new Visibility(roster, objects, herd.grid(), states, out);
        this.leaderboard = new LeaderboardBroadcast(roster, out);
        this.bots = new Bots(roster, objects.grid(), config.inboxSize(), config.seed(), c -> joins.add(new Arrival(c, false)),
                c -> departures.leaveFromWorld(c, "left"));
        this.digest = new StateDigest(roster, objects, herd, projectiles, tribes, leaderboard);
        this.admin = new WorldAdmin(config, data, clock, roster, objects, herd, bots, economy, damage, notices, out, departures,
                tribes, projectiles, crabKing);
        this.phases = phases();
        this.phaseNanos = new long[phases.size()];
        placer.placeInitialObjects(config.trees(), config.bushes(), config.rocks(), config.goldOres());
        placeAnimals(placer, herd);
        if (crabKing != null && config.crabKing()) {
            crabKing.start();
        }
    }

    /** The animals of the settings: bosses (fixed spawns) at the arena, every other kind at random points of where it lives. */
    private void placeAnimals(ObjectPlacer placer, Herd herd) {
        for (AnimalKind kind : data.animals()) {
            for (int i = 0; i < config.animalCount(kind.name()); i++) {
                if (kind.fixedSpawn()) {
                    double[] at = placer.arena();
                    herd.add(kind, at[0], at[1]);
                } else {
                    herd.addInHabitat(kind);
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
        chat.listener(listener);
    }

    /** Lets the admin side hear what v1.9 clients say to the staff (telemetry, reports, the admin menu). Call before the tick starts. */
    public void staffListener(StaffListener listener) {
        input.staffListener(listener);
    }

    /**
     * The admin and test API, for code already on the tick thread: a command, a test or benchmark that
     * ticks by hand, or the server before its tick loop starts. Other threads use {@link #submit}.
     */
    public WorldAdmin admin() {
        return admin;
    }

    // ---- entry points for other threads ----

    /** Queues a client to enter the world at the start of the next tick. Any thread. */
    public void join(Client client) {
        joins.add(new Arrival(client, true));
    }

    /** Queues a client to leave the world at the start of the next tick. Any thread. */
    public void leave(Client client) {
        leave(client, "left");
    }

    /** Queues a client to leave, saying why (the world's own reason, if it disconnected it, is kept). Any thread. */
    public void leave(Client client, String reason) {
        departures.leave(client, reason);
    }

    /**
     * Disconnects {@code client} for someone outside this world (a ban made in another world), at the start of
     * the next tick, as {@link WorldAdmin#kick} does; its leave is one from outside, which this world's input
     * journal records with the client (src/site/input-journal.md): no command of this world's made it. Any thread.
     */
    public void kickFromOutside(Client client, DisconnectReason reason, String message) {
        tasks.add(new Task(null, () -> departures.disconnectFromOutside(client, reason, message)));
    }

    /** Runs {@code task} with the world's admin API on the tick thread at the start of the next tick. Any thread. */
    public <T> CompletableFuture<T> submit(Function<WorldAdmin, T> task) {
        return submit(null, task);
    }

    /**
     * Runs an admin command's {@code task} as {@link #submit} does, the command {@code line} noted in the
     * input journal when it runs (src/site/input-journal.md): what a replay runs again. Any thread.
     */
    public <T> CompletableFuture<T> submitCommand(String line, Function<WorldAdmin, T> task) {
        return submit(line, task);
    }

    private <T> CompletableFuture<T> submit(String line, Function<WorldAdmin, T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tasks.add(new Task(line, () -> {
            try {
                result.complete(task.apply(admin));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }));
        return result;
    }

    /** A task for the tick thread, with the command line it runs when it is an admin command's. */
    private record Task(String line, Runnable body) {
    }

    /**
     * Reports what each tick consumes to {@code journal} from the next tick on (src/site/input-journal.md).
     * Attach it before the first tick, right after the world was made: a journal replays only from a
     * fresh world. Tick thread (or before the tick loop starts).
     */
    public void journal(TickJournal journal) {
        this.journal.attach(journal);
    }

    /** Takes joins and leaves through {@code intake} instead of in the order they were queued: a replay's. Before the first tick. */
    public void intake(Intake intake) {
        this.intake = intake;
    }

    /** The game's state now, summed up section by section (src/site/input-journal.md). Tick thread. */
    public Digest digest() {
        return digest.digest();
    }

    /**
     * A keyframe of {@code client}'s view, made on the tick thread at the start of the next tick: the
     * packets a client joining as it now would be sent, with the objects its client holds, in view or not
     * (src/site/recording-format.md, "Type 4: keyframe"), in order: the tribe list; for a living player, its
     * greeting ({@link Lives#introduce}), its view as a fresh sight sees it with the objects its client holds
     * ({@link Visibility#freshView}) and the leaderboard; for a dead one, the objects its client holds. Nothing the world sends or
     * remembers changes. Empty when the client has left. Any thread.
     */
    public CompletableFuture<List<ServerPacket>> keyframe(Client client) {
        CompletableFuture<List<ServerPacket>> result = new CompletableFuture<>();
        tasks.add(new Task(null, () -> { // changes nothing: not journaled
            try {
                result.complete(capture(client));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }));
        return result;
    }

    private List<ServerPacket> capture(Client client) {
        if (!roster.clients().contains(client)) {
            return List.of();
        }
        ViewCapture capture = new ViewCapture(client, v18);
        capture.send(client, new ServerPacket.TribeList(tribes.list()));
        Player p = roster.playerOf(client);
        if (p != null && p.alive()) {
            Lives.introduce(p, capture);
            visibility.freshView(p, capture);
            capture.send(client, leaderboard.board());
        } else if (p != null) {
            visibility.heldObjects(p, capture); // dead, its client still holds them: its next life is not sent them again
        }
        return capture.packets();
    }

    /** The tribes as a connecting client is first sent them ({@code A}). Any thread. */
    public List<ServerPacket.TribeInfo> tribeList() {
        return tribes.list();
    }

    /** The living players (for status counts; the list is the tick thread's). */
    public List<Player> livingPlayers() {
        return roster.living();
    }

    // ---- the tick ----

    /** One tick: the phases in their fixed order (the class comment's); a phase that throws is logged once and the tick goes on. */
    public void tick() {
        clock.advance();
        TickJournal journal = this.journal.get();
        journal.tickStarted(clock.ticks());
        for (int i = 0; i < phases.size(); i++) {
            long start = System.nanoTime(); // phase timing for status only: no rule reads it
            phases.get(i).body().run();
            phaseNanos[i] += System.nanoTime() - start;
        }
        guard.run("journal", () -> journal.tickEnded(clock.ticks(), journal.wantsDigest() ? digest.digest() : null));
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
                new Phase("modifiers", () -> forEachLiving("modifiers", modifiers::update)),
                new Phase("movement", () -> forEachLiving("movement", movement::move)),
                new Phase("separation", () -> forEachLiving("separation", separation::separate)),
                new Phase("animals", () -> guard.run("animals", animals::update)),
                new Phase("boss", () -> {
                    if (crabKing != null) {
                        guard.run("boss", crabKing::update);
                    }
                }),
                new Phase("states", () -> guard.run("states", states::refresh)),
                new Phase("combat", () -> forEachLiving("combat", attacks::update)),
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
        Map<String, Double> out = new LinkedHashMap<>();
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
        Task task;
        while ((task = tasks.poll()) != null) {
            if (task.line() != null) {
                journal.get().commandRan(task.line());
            }
            guard.run("tasks", task.body());
        }
    }

    private void processJoinsAndLeaves() {
        Arrival a;
        while ((a = intake.next(Intake.Door.JOIN, joins::poll)) != null) {
            journal.get().passed(Intake.Door.JOIN, a);
            Client c = a.client();
            if (!c.dropped() && roster.add(c) && tribesChangedSinceConnecting(c)) {
                out.send(c, new ServerPacket.TribeList(tribes.list()));
            }
        }
        while ((a = intake.next(Intake.Door.LEAVE, departures::poll)) != null) {
            journal.get().passed(Intake.Door.LEAVE, a);
            Client c = a.client();
            Player p = roster.playerOf(c);
            if (lives.leave(c)) {
                if (p != null) {
                    tribes.forget(p);
                }
                notices.remove(c);
                if (p != null) {
                    states.forget(p);
                    projectiles.forget(p);
                    if (crabKing != null) {
                        crabKing.forget(p);
                    }
                }
            }
        }
    }

    /** Whether tribes came or went since the client was sent the list on connecting (or it was sent none and there are some). */
    private boolean tribesChangedSinceConnecting(Client c) {
        List<ServerPacket.TribeInfo> sent = c.tribesSent();
        return sent != null ? sent != tribes.list() : tribes.count() > 0;
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
            if (p.alive() && !p.client().dropped()) {
                guard.run(phase, () -> action.accept(p));
            }
        }
    }
}
