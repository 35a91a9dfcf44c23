package dev.moomoo.game.bots;

import dev.moomoo.game.entity.Player;
import dev.moomoo.game.entity.WorldObject;
import dev.moomoo.game.port.Client;
import dev.moomoo.game.port.PacketSink;
import dev.moomoo.game.space.Positioned;
import dev.moomoo.game.space.SpatialGrid;
import dev.moomoo.game.world.Roster;
import dev.moomoo.protocol.ClientPacket;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Players without a socket, driven by a small behaviour: wander, walk to the nearest resource and
 * gather it, or chase the nearest player and fight. They act through their inbox like a client does,
 * so they exercise the whole tick: input, movement, combat, visibility and encoding. Tick thread only.
 */
public final class Bots {
    private static final double SIGHT = 600;

    private final Roster roster;
    private final SpatialGrid<WorldObject> objects;
    private final int inboxSize;
    private final Consumer<Client> join;
    private final Consumer<Client> leave;
    private final Random random;
    private final LongAdder packetsReceived = new LongAdder();
    private Supplier<PacketSink> sinks = () -> new BotSink(packetsReceived);
    private final List<Client> bots = new ArrayList<>();
    private int serial;

    /** {@code join} and {@code leave} queue a bot in and out of the world, as the network side does for clients. */
    public Bots(Roster roster, SpatialGrid<WorldObject> objects, int inboxSize, long seed, Consumer<Client> join, Consumer<Client> leave) {
        this.roster = roster;
        this.objects = objects;
        this.inboxSize = inboxSize;
        this.join = join;
        this.leave = leave;
        this.random = new Random(seed);
    }

    public int count() {
        return bots.size();
    }

    /** Packets sent to bots so far. */
    public long packetsReceived() {
        return packetsReceived.sum();
    }

    /** Where the packets of bots added from now on go (a benchmark may encode them as for a socket). */
    public void sinks(Supplier<PacketSink> sinks) {
        this.sinks = sinks;
    }

    public void add(int n) {
        for (int i = 0; i < n; i++) {
            Client c = Client.bot(sinks.get(), inboxSize);
            join.accept(c);
            c.inbox().offer(new ClientPacket.Spawn("bot" + (++serial), false, random.nextInt(10)));
            bots.add(c);
        }
    }

    /** Removes up to {@code n} bots; returns how many. */
    public int remove(int n) {
        int removed = 0;
        while (removed < n && !bots.isEmpty()) {
            leave.accept(bots.removeLast());
            removed++;
        }
        return removed;
    }

    /** One decision per bot every 9 ticks (once a second), spread over the ticks. */
    public void update(long tick) {
        for (int i = 0; i < bots.size(); i++) {
            if ((tick + i) % 9 != 0) {
                continue;
            }
            Client c = bots.get(i);
            if (c.dropped()) { // kicked by an admin: it is gone from the world
                bots.remove(i--);
                continue;
            }
            Player p = roster.playerOf(c);
            if (p == null) {
                continue;
            }
            if (!p.alive()) {
                c.inbox().offer(new ClientPacket.Spawn(p.name(), false, random.nextInt(10)));
                continue;
            }
            decide(c, p);
        }
    }

    private void decide(Client c, Player p) {
        Player enemy = nearestPlayer(p);
        WorldObject resource = enemy == null ? nearestObject(p) : null;
        Positioned target = enemy != null ? enemy : resource;
        if (target == null || random.nextInt(5) == 0) {
            c.inbox().offer(new ClientPacket.Move(random.nextDouble() * 2 * Math.PI - Math.PI));
            c.inbox().offer(new ClientPacket.Attack(false, null));
            return;
        }
        double angle = Math.atan2(target.y() - p.y(), target.x() - p.x());
        double distance = Math.hypot(target.x() - p.x(), target.y() - p.y()) - target.scale() - Player.SCALE;
        c.inbox().offer(new ClientPacket.Aim(angle));
        if (distance > 40) {
            c.inbox().offer(new ClientPacket.Move(angle));
            c.inbox().offer(new ClientPacket.Attack(false, null));
        } else {
            c.inbox().offer(new ClientPacket.Move(null));
            c.inbox().offer(new ClientPacket.Attack(true, angle));
        }
    }

    private Player nearestPlayer(Player p) {
        Player[] best = {null};
        double[] bestD = {SIGHT * SIGHT};
        roster.grid().query(p.x(), p.y(), SIGHT, SIGHT, q -> {
            double dx = q.x() - p.x();
            double dy = q.y() - p.y();
            double d = dx * dx + dy * dy;
            if (q != p && q.alive() && d < bestD[0]) {
                bestD[0] = d;
                best[0] = q;
            }
        });
        return best[0];
    }

    private WorldObject nearestObject(Player p) {
        WorldObject[] best = {null};
        double[] bestD = {4 * SIGHT * SIGHT};
        objects.query(p.x(), p.y(), SIGHT * 2, SIGHT * 2, o -> {
            double dx = o.x() - p.x();
            double dy = o.y() - p.y();
            double d = dx * dx + dy * dy;
            if (d < bestD[0] && o.resource() != null) { // something to gather
                bestD[0] = d;
                best[0] = o;
            }
        });
        return best[0];
    }
}
