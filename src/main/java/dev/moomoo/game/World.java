package dev.moomoo.game;

import dev.moomoo.protocol.ServerPacket;
import org.tinylog.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * One game world (lobby). Everything here runs on the world's tick thread: {@link #tick()} is called
 * by {@link TickLoop} in production and by hand in tests. Other threads talk to it only through
 * {@link #join}, {@link #leave}, {@link Client#inbox()} and {@link #submit}.
 */
public final class World {
    private final String name;
    private final GameConfig config;
    private final SpatialGrid<Player> players;
    private final SpatialGrid<WorldObject> objects;
    private final Map<Integer, WorldObject> objectsBySid = new LinkedHashMap<>();
    private final Map<Client, Boolean> clients = new LinkedHashMap<>();
    private final List<Player> living = new ArrayList<>();
    private Player[] bySid = new Player[64];
    private final ConcurrentLinkedQueue<Client> joins = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Client> leaves = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Random random;
    private final Movement movement;
    private final Combat combat;
    private final Visibility visibility;
    private final InputHandler input;
    private final PhaseGuard guard = new PhaseGuard();
    private final ObjectPlacer placer;
    private final Bots bots;
    private final Notices notices = new Notices(this::send);
    private int nextObjectSid = 1;
    private long tickCount;
    private double timeMillis;
    /** Per-tick caches, so each player's state and {@code D} packet are built once per tick. */
    private ServerPacket.PlayerState[] states = new ServerPacket.PlayerState[64];
    private ServerPacket[] addPackets = new ServerPacket[64];

    public World(String name, GameConfig config) {
        this.name = name;
        this.config = config;
        this.players = new SpatialGrid<>(config.mapSize(), 300);
        this.objects = new SpatialGrid<>(config.mapSize(), 300);
        this.random = new Random(config.seed());
        this.movement = new Movement(this);
        this.combat = new Combat(this);
        this.visibility = new Visibility(this);
        this.input = new InputHandler(this);
        this.placer = new ObjectPlacer(this, new Random(config.seed()));
        this.bots = new Bots(this, config.seed());
        placer.placeInitialObjects();
    }

    public String name() {
        return name;
    }

    public GameConfig config() {
        return config;
    }

    public long tickCount() {
        return tickCount;
    }

    /** World time: ticks run times the tick length, in ms. */
    public double timeMillis() {
        return timeMillis;
    }

    SpatialGrid<Player> players() {
        return players;
    }

    SpatialGrid<WorldObject> objects() {
        return objects;
    }

    Random random() {
        return random;
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
        if (client.leaveReason == null) {
            client.leaveReason = reason;
        }
        leaves.add(client);
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

    /** One tick, in named phases; a phase that throws is logged once and the tick goes on. */
    public void tick() {
        tickCount++;
        timeMillis += config.tickMillis();
        runTasks();
        guard.run("bots", () -> bots.update(tickCount));
        guard.run("joins", this::processJoinsAndLeaves);
        forEachClient("input", input::drain);
        forEachLiving("movement", movement::move);
        forEachLiving("separation", movement::separate);
        guard.run("cache", this::refreshCaches);
        forEachLiving("combat", combat::update);
        forEachLiving("visibility", visibility::update);
        guard.run("notices", () -> notices.update(timeMillis));
        if (tickCount % config.leaderboardTicks() == 0) {
            guard.run("leaderboard", this::sendLeaderboard);
        }
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
            if (!c.dropped) {
                clients.put(c, Boolean.TRUE);
            }
        }
        while ((c = leaves.poll()) != null) {
            remove(c);
        }
    }

    /** Runs a phase for each client; one client's failure neither stops the phase for the others nor the tick. */
    private void forEachClient(String phase, java.util.function.Consumer<Client> action) {
        for (Client c : clients.keySet().toArray(new Client[0])) {
            guard.run(phase, () -> action.accept(c));
        }
    }

    /** Over a snapshot, because a phase may kill or remove players; the dead are skipped. */
    private void forEachLiving(String phase, java.util.function.Consumer<Player> action) {
        for (Player p : living.toArray(new Player[0])) {
            if (p.alive && !p.client().dropped) {
                guard.run(phase, () -> action.accept(p));
            }
        }
    }

    /** Builds each living player's state once per tick, after movement. */
    private void refreshCaches() {
        if (states.length < bySid.length) {
            states = new ServerPacket.PlayerState[bySid.length];
            addPackets = new ServerPacket[bySid.length];
        }
        java.util.Arrays.fill(addPackets, null);
        for (Player p : living) {
            states[p.sid()] = p.state();
        }
    }

    ServerPacket.PlayerState stateOf(Player p) {
        ServerPacket.PlayerState s = states[p.sid()];
        return s != null ? s : p.state();
    }

    /** The {@code D} packet that shows {@code p} to others, built once per tick (and encoded once per tick by the gateway). */
    ServerPacket addPlayerPacket(Player p) {
        ServerPacket o = addPackets[p.sid()];
        if (o == null) {
            o = new ServerPacket.AddPlayer(p.info(), false);
            addPackets[p.sid()] = o;
        }
        return o;
    }

    // ---- players ----

    public Collection<Client> clients() {
        return Collections.unmodifiableSet(clients.keySet());
    }

    public List<Player> livingPlayers() {
        return Collections.unmodifiableList(living);
    }

    public Player playerBySid(int sid) {
        return sid >= 0 && sid < bySid.length ? bySid[sid] : null;
    }

    /** Spawns (or respawns) the client's player. Returns false when the world is full. */
    boolean spawn(Client c, String name, boolean moofoll, int skin) {
        Player p = c.player;
        if (p != null && p.alive) {
            return true;
        }
        if (living.size() >= config.maxPlayers()) {
            disconnect(c, DisconnectReason.SERVER_FULL, "Server is full");
            return false;
        }
        boolean first = p == null;
        if (first) {
            p = new Player(allocateSid(), c);
            c.player = p;
            bySid[p.sid()] = p;
        }
        p.name = name;
        p.skin = skin;
        p.alive = true;
        p.health = Player.MAX_HEALTH;
        p.vx = 0;
        p.vy = 0;
        p.moveDir = Double.NaN;
        p.attacking = false;
        p.autoGather = false;
        p.kills = 0;
        p.xp = 0;
        p.maxXp = (long) Player.FIRST_MAX_XP;
        p.age = 1;
        java.util.Arrays.fill(p.resources, moofoll ? 100 : 0);
        double[] at = placer.spawnPoint();
        p.x = at[0];
        p.y = at[1];
        p.cell = players.insert(p);
        living.add(p);
        p.playersInView.clear();
        p.playersInView.set(p.sid());
        send(p, new ServerPacket.SetupGame(p.sid()));
        send(p, new ServerPacket.AddPlayer(p.info(), true));
        send(p, new ServerPacket.Hotbar(List.of(p.weapon.id()), true));
        for (Resource r : Resource.values()) {
            send(p, new ServerPacket.Stat(r.stat(), p.resource(r), true));
        }
        send(p, new ServerPacket.Stat("kills", 0, true));
        send(p, new ServerPacket.Xp(p.xp, (double) p.maxXp, p.age));
        if (first && !c.isBot()) {
            Logger.info("player joined: '{}' (sid {}, from {})", p.name, p.sid(), c.address());
        } else {
            Logger.debug("{}: spawned {} at {},{}", name(), c, Math.round(p.x), Math.round(p.y));
        }
        return true;
    }

    private int allocateSid() {
        for (int sid = 1; sid < bySid.length; sid++) {
            if (bySid[sid] == null) {
                return sid;
            }
        }
        int sid = bySid.length;
        bySid = java.util.Arrays.copyOf(bySid, bySid.length * 2);
        return sid;
    }

    /** Damage from {@code attacker} (null for the world); kills at zero health. */
    void damage(Player target, int amount, Player attacker) {
        if (!target.alive) {
            return;
        }
        target.health = Math.max(0, target.health - amount);
        sendToViewersOf(target, new ServerPacket.Health(target.sid(), target.health));
        if (target.health == 0) {
            kill(target, attacker);
        }
    }

    private void kill(Player victim, Player killer) {
        despawn(victim);
        send(victim, new ServerPacket.Died());
        if (killer != null && killer.alive) {
            killer.kills++;
            send(killer, new ServerPacket.Stat("kills", killer.kills, true));
        }
    }

    /** Takes a player out of the world: E to everyone who had it in view. */
    private void despawn(Player p) {
        p.alive = false;
        p.attacking = false;
        p.moveDir = Double.NaN;
        living.remove(p);
        players.remove(p, p.cell);
        ServerPacket remove = new ServerPacket.RemovePlayer(p.client().id());
        for (Player q : living) {
            if (q.playersInView.get(p.sid())) {
                q.playersInView.clear(p.sid());
                send(q, remove);
            }
        }
        p.playersInView.clear();
    }

    private void remove(Client c) {
        if (clients.remove(c) == null) {
            return;
        }
        notices.remove(c);
        Player p = c.player;
        if (p != null && !c.isBot()) {
            Logger.info("player left: '{}' (sid {}, from {}): {}", p.name, p.sid(), c.address(), c.leaveReason == null ? "left" : c.leaveReason);
        }
        if (p != null) {
            if (p.alive) {
                despawn(p);
            }
            bySid[p.sid()] = null;
            states[p.sid()] = null;
        }
    }

    /** Disconnects a client: its sink sends what is queued, then ends the connection; the network side then calls {@link #leave}. */
    void disconnect(Client c, DisconnectReason reason, String message) {
        if (c.dropped) {
            return;
        }
        c.dropped = true;
        c.leaveReason = switch (reason) {
            case SERVER_FULL -> "refused: the server is full";
            case KICKED -> "kicked: " + message;
            case BANNED -> "banned";
            case TOO_SLOW -> "dropped: " + message;
        };
        Logger.debug("{}: disconnecting {}: {} ({})", name, c, message, reason);
        c.sink().disconnect(reason, message);
        leaves.add(c); // removed at the start of the next tick, not in the middle of a phase's loop
    }

    /** Disconnects a player for an admin; {@code message} is shown to it. */
    public void kick(Client c, DisconnectReason reason, String message) {
        disconnect(c, reason, message);
    }

    void addResource(Player p, Resource r, long amount) {
        p.resources[r.ordinal()] = Math.max(0, p.resources[r.ordinal()] + amount);
        send(p, new ServerPacket.Stat(r.stat(), p.resources[r.ordinal()], true));
    }

    void addXp(Player p, long amount) {
        p.xp += amount;
        boolean aged = false;
        while (p.xp >= p.maxXp && p.age < Player.MAX_AGE) {
            p.xp -= p.maxXp;
            p.age++;
            p.maxXp = Math.round(p.maxXp * Player.XP_GROWTH);
            aged = true;
        }
        send(p, aged ? new ServerPacket.Xp(p.xp, (double) p.maxXp, p.age) : ServerPacket.Xp.of(p.xp));
    }

    // ---- sending ----

    /** Sends to one player's client; a client too far behind is disconnected. */
    void send(Player p, ServerPacket packet) {
        send(p.client(), packet);
    }

    void send(Client c, ServerPacket packet) {
        if (!c.dropped && !c.sink().send(packet)) {
            disconnect(c, DisconnectReason.TOO_SLOW, "connection too slow");
        }
    }

    /** Sends {@code p} this tick's update of the players in its view (the list is reused after the call). */
    void sendUpdate(Player p, List<ServerPacket.PlayerState> players) {
        Client c = p.client();
        if (c.dropped) {
            return;
        }
        if (c.sink().sendUpdate(players)) {
            c.ticksBehind = 0;
        } else if (++c.ticksBehind > config.slowClientTicks()) {
            disconnect(c, DisconnectReason.TOO_SLOW, "connection too slow");
        }
    }

    /** Sends to every living player that has {@code subject} in view (a player: it and those who were sent its {@code D}). */
    void sendToViewersOf(Player subject, ServerPacket packet) {
        players.query(subject.x, subject.y, Physics.VIEW_HALF_WIDTH, Physics.VIEW_HALF_HEIGHT, q -> {
            if (q.alive && q.playersInView.get(subject.sid())) {
                send(q, packet);
            }
        });
    }

    /** Sends to every living player that was sent {@code object}. */
    void sendToViewersOf(WorldObject object, ServerPacket packet) {
        players.query(object.x(), object.y(), Physics.VIEW_HALF_WIDTH, Physics.VIEW_HALF_HEIGHT, q -> {
            if (q.alive && q.objectsSent.get(object.sid())) {
                send(q, packet);
            }
        });
    }

    private void sendLeaderboard() {
        List<Player> top = new ArrayList<>(living);
        top.sort((a, b) -> a.score() != b.score() ? Long.compare(b.score(), a.score()) : Integer.compare(a.sid(), b.sid()));
        List<ServerPacket.LeaderEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(10, top.size()); i++) {
            Player p = top.get(i);
            entries.add(new ServerPacket.LeaderEntry(p.sid(), p.name(), p.score()));
        }
        ServerPacket board = new ServerPacket.Leaderboard(entries);
        for (Player p : living) {
            send(p, board);
        }
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
    public WorldObject spawnObject(ObjectType type, double x, double y, int scale) {
        double clampedX = Math.min(Math.max(x, 0), config.mapSize());
        double clampedY = Math.min(Math.max(y, 0), config.mapSize());
        WorldObject o = new WorldObject(nextObjectSid++, type, clampedX, clampedY, 0, scale);
        o.cell = objects.insert(o);
        objectsBySid.put(o.sid(), o);
        return o;
    }

    /** Removes an object; everyone who was sent it gets {@code Q}. Returns whether it existed. */
    public boolean removeObject(int sid) {
        WorldObject o = objectsBySid.remove(sid);
        if (o == null) {
            return false;
        }
        objects.remove(o, o.cell);
        ServerPacket removed = new ServerPacket.RemoveObject(sid);
        for (Client c : clients.keySet()) {
            Player p = c.player;
            if (p != null && p.objectsSent.get(sid)) {
                p.objectsSent.clear(sid);
                send(c, removed);
            }
        }
        return true;
    }

    public WorldObject object(int sid) {
        return objectsBySid.get(sid);
    }

    public Collection<WorldObject> allObjects() {
        return Collections.unmodifiableCollection(objectsBySid.values());
    }

    /** A notice to every client, shown as each can show it; returns how many people and bots it went to. */
    public Audience notice(String text) {
        int people = 0;
        int botCount = 0;
        for (Client c : clients.keySet()) {
            if (c.isBot()) {
                botCount++; // a bot reads nothing
            } else {
                notices.deliver(c, text, timeMillis);
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
        notices.deliver(p.client(), text, timeMillis);
        return true;
    }

    /** A message to one client (an admin's answer), shown as a notice to it alone. */
    public void reply(Client client, String text) {
        notices.deliver(client, text, timeMillis);
    }

    /** Gives {@code amount} of {@code resource} to one player. Returns false when there is no such player. */
    public boolean grant(int sid, Resource resource, long amount) {
        Player p = playerBySid(sid);
        if (p == null || !p.alive) {
            return false;
        }
        addResource(p, resource, amount);
        return true;
    }

    /** Gives {@code amount} of {@code resource} to every living player; returns how many got it. */
    public int grantAll(Resource resource, long amount) {
        for (Player p : living) {
            addResource(p, resource, amount);
        }
        return living.size();
    }

    /** Sends the restart notice counting down {@code seconds} to every client. */
    public void restartNotice(int seconds) {
        ServerPacket notice = new ServerPacket.RestartNotice(seconds);
        for (Client c : clients.keySet()) {
            send(c, notice);
        }
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
        p.cell = players.move(p, p.cell);
        return true;
    }
}
