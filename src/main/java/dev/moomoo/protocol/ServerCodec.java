package dev.moomoo.protocol;

import dev.moomoo.net.websocket.Frames;
import dev.moomoo.net.websocket.Opcode;

import dev.moomoo.protocol.ServerPacket.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server packets to and from msgpack {@code [code, [args...]]}. Encoding is the server's; decoding is
 * for the clients this project writes (tests, load generator), and is as strict as the server's.
 */
public final class ServerCodec {
    private final CodeTable table;

    public ServerCodec(CodeTable table) {
        this.table = table;
    }

    public CodeTable table() {
        return table;
    }

    /** One reusable update encoder per thread that encodes updates (the tick thread, in practice). */
    private static final ThreadLocal<UpdateEncoder> UPDATE_ENCODERS = ThreadLocal.withInitial(UpdateEncoder::new);
    /**
     * One reusable buffer per platform thread that encodes other packets (the tick thread, in
     * practice): a frame costs one array, itself. A virtual thread (a connection's reader, encoding its
     * greeting) gets a buffer of its own for the call: a thread-local would stay with every connection.
     */
    private static final ThreadLocal<MsgpackBuffer> BUFFERS = ThreadLocal.withInitial(() -> new MsgpackBuffer(true));

    /** The msgpack bytes of {@code packet}. */
    public byte[] encode(ServerPacket packet) {
        if (packet instanceof UpdatePlayers u) {
            UpdateEncoder e = encoded(u);
            return Arrays.copyOf(e.buffer(), e.length());
        }
        return written(packet).toByteArray();
    }

    /**
     * The whole WebSocket frame of {@code packet}, the only array it allocates besides the packet's
     * argument list. (The tick sends its updates through {@link #encodeUpdate} instead, which
     * allocates nothing; an update given here is encoded the same.)
     */
    public byte[] frame(ServerPacket packet) {
        if (packet instanceof UpdatePlayers u) {
            UpdateEncoder e = encoded(u);
            return Frames.encode(Opcode.BINARY, e.buffer(), 0, e.length());
        }
        MsgpackBuffer b = written(packet);
        return Frames.encode(Opcode.BINARY, b.buffer(), 0, b.length());
    }

    /** This thread's buffer, holding {@code packet}'s bytes until its next use. */
    private MsgpackBuffer written(ServerPacket packet) {
        MsgpackBuffer b = Thread.currentThread().isVirtual() ? new MsgpackBuffer(true) : BUFFERS.get();
        if (packet instanceof AddObjects objects) {
            return writeObjects(b, objects);
        }
        return b.message(table.serverCode(packet.kind()), args(packet));
    }

    /**
     * {@code H} written straight into the buffer, the same bytes as through {@link #args} without boxing
     * eight values per object: a player walking among many buildings is sent hundreds at a time.
     */
    private MsgpackBuffer writeObjects(MsgpackBuffer b, AddObjects packet) {
        b.reset();
        b.arrayHeader(2);
        b.string(table.serverCode(packet.kind()));
        b.arrayHeader(1);
        List<ObjectInfo> objects = packet.objects();
        b.arrayHeader(objects.size() * 8);
        for (int i = 0, n = objects.size(); i < n; i++) {
            ObjectInfo o = objects.get(i);
            b.integer(o.sid());
            b.number(o.x());
            b.number(o.y());
            b.number(o.dir());
            b.integer(o.scale());
            nullableInteger(b, o.type());
            nullableInteger(b, o.itemId());
            b.integer(o.ownerSid());
        }
        return b;
    }

    private static void nullableInteger(MsgpackBuffer b, Integer v) {
        if (v == null) {
            b.nil();
        } else {
            b.integer(v);
        }
    }

    /** This thread's update encoder, holding {@code u}'s bytes until its next use. */
    private UpdateEncoder encoded(UpdatePlayers u) {
        return encodeUpdate(u.players());
    }

    /**
     * The msgpack bytes of the {@code a} update of {@code players}, in this thread's reused encoder:
     * valid until the thread encodes its next update. Allocates nothing once the buffer has grown.
     */
    public UpdateEncoder encodeUpdate(List<PlayerState> players) {
        UpdateEncoder e = Thread.currentThread().isVirtual() ? new UpdateEncoder() : UPDATE_ENCODERS.get();
        e.encode(table.serverCode(ServerKind.UPDATE_PLAYERS), players);
        return e;
    }

    /**
     * The positional arguments of {@code packet}, exactly as the real client's handler for its code takes
     * them. The flat-list packets ({@code a}, {@code G}, {@code H}, {@code I}, {@code 4}, {@code 7}) have
     * ONE argument, the list; flags are booleans (see {@code src/site/protocol.md}).
     */
    public static List<Object> args(ServerPacket packet) {
        return switch (packet) {
            case IoInit p -> List.of(p.socketId(), p.seed(), p.keyHex(), p.mode());
            case TribeList p -> {
                List<Object> teams = new ArrayList<>();
                for (Tribe t : p.teams()) {
                    teams.add(tribe(t.sid(), t.owner()));
                }
                yield List.of(Map.of("teams", teams));
            }
            case Disconnect p -> List.of(p.reason());
            case SetupGame p -> List.of(p.yourSid());
            case AddPlayer p -> {
                PlayerInfo i = p.player();
                yield List.of(List.of(i.id(), i.sid(), i.name(), i.x(), i.y(), i.dir(), i.health(), i.maxHealth(), i.scale(), i.skinColor()), p.isYou());
            }
            case RemovePlayer p -> List.of(p.id());
            case UpdatePlayers p -> {
                List<Object> flat = new ArrayList<>(p.players().size() * 13);
                for (PlayerState s : p.players()) {
                    flat.addAll(Arrays.asList(s.sid(), s.x(), s.y(), s.dir(), s.buildIndex(), s.weaponIndex(), s.weaponVariant(),
                            s.team(), s.isLeader(), s.skinIndex(), s.tailIndex(), s.iconIndex(), s.zIndex()));
                }
                yield one(flat);
            }
            case Leaderboard p -> {
                List<Object> flat = new ArrayList<>();
                for (LeaderEntry e : p.entries()) {
                    flat.addAll(List.of(e.sid(), e.name(), e.score()));
                }
                yield one(flat);
            }
            case AddObjects p -> {
                List<Object> flat = new ArrayList<>();
                for (ObjectInfo o : p.objects()) {
                    flat.addAll(Arrays.asList(o.sid(), o.x(), o.y(), o.dir(), o.scale(), o.type(), o.itemId(), o.ownerSid()));
                }
                yield one(flat);
            }
            case UpdateAnimals p -> {
                List<Object> flat = new ArrayList<>();
                for (AnimalState a : p.animals()) {
                    flat.addAll(List.of(a.sid(), a.type(), a.x(), a.y(), a.dir(), a.health(), a.nameIndex()));
                }
                yield one(flat);
            }
            case AnimalAttack p -> List.of(p.sid());
            case Swing p -> List.of(p.sid(), p.didHit(), p.weaponIndex());
            case Wiggle p -> List.of(p.dir(), p.objectSid());
            case TurretShot p -> List.of(p.objectSid(), p.dir());
            case Stat p -> List.of(p.prop(), p.value(), p.updateView());
            case Health p -> List.of(p.sid(), p.health());
            case Died p -> List.of();
            case RemoveObject p -> List.of(p.sid());
            case RemoveBuildings p -> List.of(p.ownerSid());
            case ItemCount p -> List.of(p.group(), p.count());
            case Xp p -> p.maxXp() == null ? List.of(p.xp()) : List.of(p.xp(), p.maxXp(), p.age());
            case Upgrades p -> List.of(p.points(), p.age());
            case Hotbar p -> List.of(List.copyOf(p.ids()), p.weapons());
            case AddProjectile p -> List.of(p.x(), p.y(), p.dir(), p.range(), p.speed(), p.index(), p.layer(), p.sid());
            case ProjectileRange p -> List.of(p.sid(), p.range());
            case RestartNotice p -> List.of(p.seconds());
            case TribeAdded p -> List.of(tribe(p.sid(), p.owner()));
            case TribeRemoved p -> List.of(p.sid());
            case JoinRequest p -> List.of(p.sid(), p.name());
            case MyTribe p -> Arrays.asList(p.team(), p.isOwner());
            case TribeMembers p -> {
                List<Object> flat = new ArrayList<>();
                for (Member m : p.members()) {
                    flat.addAll(List.of(m.sid(), m.name()));
                }
                yield one(flat);
            }
            case StoreState p -> List.of(p.action(), p.id(), p.accessory());
            case Chat p -> List.of(p.sid(), p.message());
            case Minimap p -> one(List.copyOf(p.coordinates()));
            case FloatingText p -> List.of(p.x(), p.y(), p.value(), p.type());
            case MapPing p -> List.of(p.x(), p.y());
            case Pong p -> List.of();
        };
    }

    /** The argument list of a flat-list packet: one argument, the list itself. */
    private static List<Object> one(List<Object> flat) {
        return List.of(flat);
    }

    private static Map<String, Object> tribe(String sid, int owner) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sid", sid);
        m.put("owner", owner);
        return m;
    }

    public ServerPacket decode(byte[] message) throws PacketException {
        Object root = MsgpackValues.read(message, MsgpackValues.Limits.SERVER);
        if (!(root instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String code)
                || !(pair.get(1) instanceof List<?> list)) {
            throw new PacketException(PacketException.Reason.NOT_A_PACKET, "message is not a [code, args] pair");
        }
        ServerKind kind = table.serverKind(code);
        if (kind == null) {
            throw new PacketException(PacketException.Reason.UNKNOWN_CODE, "unknown server packet code " + Text.quote(code, ClientCodec.CODE_IN_ERRORS));
        }
        return decode(kind, new Args(kind, list));
    }

    private static ServerPacket decode(ServerKind kind, Args a) throws PacketException {
        return switch (kind) {
            case IO_INIT -> new IoInit(a.arity(1, 4).string(0, 64), a.isNil(1) ? 0 : a.integer(1),
                    a.isNil(2) ? "0" : a.string(2, 256), a.isNil(3) ? 0 : (int) a.integer(3));
            case TRIBE_LIST -> {
                a.arity(1, 1);
                Args teams = Args.ofMap(kind, a.map(0), "teams").nested(0);
                List<Tribe> out = new ArrayList<>();
                for (int i = 0; i < teams.size(); i++) {
                    Args t = Args.ofMap(kind, (Map<?, ?>) teams.map(i), "sid", "owner");
                    out.add(new Tribe(t.string(0, 64), (int) t.integer(1)));
                }
                yield new TribeList(out);
            }
            case DISCONNECT -> new Disconnect(a.arity(1, 1).string(0, 1024));
            case SETUP_GAME -> new SetupGame((int) a.arity(1, 1).integer(0));
            case ADD_PLAYER -> {
                Args p = a.arity(2, 2).nested(0).arity(10, 10);
                yield new AddPlayer(new PlayerInfo(p.string(0, 64), (int) p.integer(1), p.string(2, 64), p.number(3), p.number(4),
                        p.number(5), (int) p.integer(6), (int) p.integer(7), (int) p.integer(8), (int) p.integer(9)), a.bool(1));
            }
            case REMOVE_PLAYER -> new RemovePlayer(a.arity(1, 1).string(0, 64));
            case UPDATE_PLAYERS -> {
                a = flatList(a, 13);
                List<PlayerState> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 13) {
                    out.add(new PlayerState((int) a.integer(i), a.number(i + 1), a.number(i + 2), a.number(i + 3), (int) a.integer(i + 4),
                            (int) a.integer(i + 5), (int) a.integer(i + 6), a.isNil(i + 7) ? null : a.string(i + 7, 64),
                            a.bool(i + 8), (int) a.integer(i + 9), (int) a.integer(i + 10), (int) a.integer(i + 11), (int) a.integer(i + 12)));
                }
                yield new UpdatePlayers(out);
            }
            case LEADERBOARD -> {
                a = flatList(a, 3);
                List<LeaderEntry> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 3) {
                    out.add(new LeaderEntry((int) a.integer(i), a.string(i + 1, 64), a.integer(i + 2)));
                }
                yield new Leaderboard(out);
            }
            case ADD_OBJECTS -> {
                a = flatList(a, 8);
                List<ObjectInfo> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 8) {
                    out.add(new ObjectInfo((int) a.integer(i), a.number(i + 1), a.number(i + 2), a.number(i + 3), (int) a.integer(i + 4),
                            a.isNil(i + 5) ? null : (int) a.integer(i + 5), a.isNil(i + 6) ? null : (int) a.integer(i + 6), (int) a.integer(i + 7)));
                }
                yield new AddObjects(out);
            }
            case UPDATE_ANIMALS -> {
                a = flatList(a, 7);
                List<AnimalState> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 7) {
                    out.add(new AnimalState((int) a.integer(i), (int) a.integer(i + 1), a.number(i + 2), a.number(i + 3), a.number(i + 4),
                            (int) a.integer(i + 5), (int) a.integer(i + 6)));
                }
                yield new UpdateAnimals(out);
            }
            case ANIMAL_ATTACK -> new AnimalAttack((int) a.arity(1, 1).integer(0));
            case SWING -> new Swing((int) a.arity(3, 3).integer(0), a.bool(1), (int) a.integer(2));
            case WIGGLE -> new Wiggle(a.arity(2, 2).number(0), (int) a.integer(1));
            case TURRET_SHOT -> new TurretShot((int) a.arity(2, 2).integer(0), a.number(1));
            case STAT -> new Stat(a.arity(3, 3).string(0, 32), a.integer(1), a.bool(2));
            case HEALTH -> new Health((int) a.arity(2, 2).integer(0), (int) a.integer(1));
            case DIED -> {
                a.arity(0, 0);
                yield new Died();
            }
            case REMOVE_OBJECT -> new RemoveObject((int) a.arity(1, 1).integer(0));
            case REMOVE_BUILDINGS -> new RemoveBuildings((int) a.arity(1, 1).integer(0));
            case ITEM_COUNT -> new ItemCount((int) a.arity(2, 2).integer(0), (int) a.integer(1));
            case XP -> {
                if (a.size() == 2) {
                    throw new PacketException(PacketException.Reason.ARITY, "XP: expected 1 or 3 arguments, got 2");
                }
                a.arity(1, 3);
                yield a.size() == 1 ? Xp.of(a.integer(0)) : new Xp(a.integer(0), a.number(1), (int) a.integer(2));
            }
            case UPGRADES -> new Upgrades((int) a.arity(2, 2).integer(0), (int) a.integer(1));
            case HOTBAR -> {
                Args ids = a.arity(2, 2).nested(0);
                List<Integer> out = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    out.add((int) ids.integer(i));
                }
                yield new Hotbar(out, a.bool(1));
            }
            case ADD_PROJECTILE -> new AddProjectile(a.arity(8, 8).number(0), a.number(1), a.number(2), a.number(3), a.number(4),
                    (int) a.integer(5), (int) a.integer(6), (int) a.integer(7));
            case PROJECTILE_RANGE -> new ProjectileRange((int) a.arity(2, 2).integer(0), a.number(1));
            case RESTART_NOTICE -> new RestartNotice((int) a.arity(1, 1).integer(0));
            case TRIBE_ADDED -> {
                Args t = Args.ofMap(kind, a.arity(1, 1).map(0), "sid", "owner");
                yield new TribeAdded(t.string(0, 64), (int) t.integer(1));
            }
            case TRIBE_REMOVED -> new TribeRemoved(a.arity(1, 1).string(0, 64));
            case JOIN_REQUEST -> new JoinRequest((int) a.arity(2, 2).integer(0), a.string(1, 64));
            case MY_TRIBE -> new MyTribe(a.arity(2, 2).isNil(0) ? null : a.string(0, 64), a.bool(1));
            case TRIBE_MEMBERS -> {
                a = flatList(a, 2);
                List<Member> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 2) {
                    out.add(new Member((int) a.integer(i), a.string(i + 1, 64)));
                }
                yield new TribeMembers(out);
            }
            case STORE_STATE -> new StoreState((int) a.arity(3, 3).integer(0), (int) a.integer(1), a.bool(2));
            case CHAT -> new Chat((int) a.arity(2, 2).integer(0), a.string(1, 1024));
            case MINIMAP -> {
                a = flatList(a, 2);
                List<Double> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    out.add(a.number(i));
                }
                yield new Minimap(out);
            }
            case FLOATING_TEXT -> new FloatingText(a.arity(4, 4).number(0), a.number(1), (int) a.integer(2), (int) a.integer(3));
            case MAP_PING -> new MapPing(a.arity(2, 2).number(0), a.number(1));
            case PONG -> {
                a.arity(0, 0);
                yield new Pong();
            }
        };
    }

    /** The one argument of a flat-list packet, a list whose length is a multiple of {@code n}. */
    private static Args flatList(Args a, int n) throws PacketException {
        Args flat = a.arity(1, 1).nested(0);
        if (flat.size() % n != 0) {
            throw new PacketException(PacketException.Reason.ARITY, "expected a list of a multiple of " + n + " values, got " + flat.size());
        }
        return flat;
    }
}
