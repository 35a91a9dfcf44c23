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

    /** The msgpack bytes of {@code packet}. */
    public byte[] encode(ServerPacket packet) {
        if (packet instanceof UpdatePlayers u) {
            UpdateEncoder e = encoded(u);
            return Arrays.copyOf(e.buffer(), e.length());
        }
        return new MsgpackWriter(true).message(table.serverCode(packet.kind()), args(packet));
    }

    /**
     * The whole WebSocket frame of {@code packet}. (The tick sends its updates through
     * {@link #encodeUpdate} instead, which allocates nothing; an update given here is encoded the same.)
     */
    public byte[] frame(ServerPacket packet) {
        if (packet instanceof UpdatePlayers u) {
            UpdateEncoder e = encoded(u);
            return Frames.encode(Opcode.BINARY, e.buffer(), 0, e.length());
        }
        return Frames.binary(encode(packet));
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
        UpdateEncoder e = UPDATE_ENCODERS.get();
        e.encode(table.serverCode(ServerKind.UPDATE_PLAYERS), players);
        return e;
    }

    /** The positional arguments of {@code packet}, as the client reads them. */
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
                yield flat;
            }
            case Leaderboard p -> {
                List<Object> flat = new ArrayList<>();
                for (LeaderEntry e : p.entries()) {
                    flat.addAll(List.of(e.sid(), e.name(), e.score()));
                }
                yield flat;
            }
            case AddObjects p -> {
                List<Object> flat = new ArrayList<>();
                for (ObjectInfo o : p.objects()) {
                    flat.addAll(Arrays.asList(o.sid(), o.x(), o.y(), o.dir(), o.scale(), o.type(), o.itemId(), o.ownerSid()));
                }
                yield flat;
            }
            case UpdateAnimals p -> {
                List<Object> flat = new ArrayList<>();
                for (AnimalState a : p.animals()) {
                    flat.addAll(List.of(a.sid(), a.type(), a.x(), a.y(), a.dir(), a.health(), a.nameIndex()));
                }
                yield flat;
            }
            case AnimalAttack p -> List.of(p.sid());
            case Swing p -> List.of(p.sid(), p.didHit() ? 1 : 0, p.weaponIndex());
            case Wiggle p -> List.of(p.dir(), p.objectSid());
            case TurretShot p -> List.of(p.objectSid(), p.dir());
            case Stat p -> List.of(p.prop(), p.value(), p.updateView() ? 1 : 0);
            case Health p -> List.of(p.sid(), p.health());
            case Died p -> List.of();
            case RemoveObject p -> List.of(p.sid());
            case RemoveBuildings p -> List.of(p.ownerSid());
            case ItemCount p -> List.of(p.group(), p.count());
            case Xp p -> p.maxXp() == null ? List.of(p.xp()) : p.age() == null ? List.of(p.xp(), p.maxXp()) : List.of(p.xp(), p.maxXp(), p.age());
            case Upgrades p -> List.of(p.points(), p.age());
            case Hotbar p -> List.of(List.copyOf(p.ids()), p.weapons() ? 1 : 0);
            case AddProjectile p -> List.of(p.x(), p.y(), p.dir(), p.range(), p.speed(), p.index(), p.layer(), p.sid());
            case ProjectileRange p -> List.of(p.sid(), p.range());
            case RestartNotice p -> List.of(p.seconds());
            case TribeAdded p -> List.of(tribe(p.sid(), p.owner()));
            case TribeRemoved p -> List.of(p.sid());
            case JoinRequest p -> List.of(p.sid(), p.name());
            case MyTribe p -> Arrays.asList(p.team(), p.isOwner() ? 1 : 0);
            case TribeMembers p -> {
                List<Object> flat = new ArrayList<>();
                for (Member m : p.members()) {
                    flat.addAll(List.of(m.sid(), m.name()));
                }
                yield flat;
            }
            case StoreState p -> List.of(p.action(), p.id(), p.accessory() ? 1 : 0);
            case Chat p -> List.of(p.sid(), p.message());
            case Minimap p -> List.copyOf(p.coordinates());
            case FloatingText p -> List.of(p.x(), p.y(), p.value(), p.type());
            case MapPing p -> List.of(p.x(), p.y());
            case Pong p -> List.of();
        };
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
            throw new PacketException("message is not a [code, args] pair");
        }
        ServerKind kind = table.serverKind(code);
        if (kind == null) {
            throw new PacketException("unknown server packet code " + Text.quote(code, ClientCodec.CODE_IN_ERRORS));
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
                        p.number(5), (int) p.integer(6), (int) p.integer(7), (int) p.integer(8), (int) p.integer(9)), a.flag(1));
            }
            case REMOVE_PLAYER -> new RemovePlayer(a.arity(1, 1).string(0, 64));
            case UPDATE_PLAYERS -> {
                multipleOf(a, 13);
                List<PlayerState> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 13) {
                    out.add(new PlayerState((int) a.integer(i), a.number(i + 1), a.number(i + 2), a.number(i + 3), (int) a.integer(i + 4),
                            (int) a.integer(i + 5), (int) a.integer(i + 6), a.isNil(i + 7) ? null : a.string(i + 7, 64),
                            (int) a.integer(i + 8), (int) a.integer(i + 9), (int) a.integer(i + 10), (int) a.integer(i + 11), (int) a.integer(i + 12)));
                }
                yield new UpdatePlayers(out);
            }
            case LEADERBOARD -> {
                multipleOf(a, 3);
                List<LeaderEntry> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 3) {
                    out.add(new LeaderEntry((int) a.integer(i), a.string(i + 1, 64), a.integer(i + 2)));
                }
                yield new Leaderboard(out);
            }
            case ADD_OBJECTS -> {
                multipleOf(a, 8);
                List<ObjectInfo> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 8) {
                    out.add(new ObjectInfo((int) a.integer(i), a.number(i + 1), a.number(i + 2), a.number(i + 3), (int) a.integer(i + 4),
                            (int) a.integer(i + 5), a.isNil(i + 6) ? null : (int) a.integer(i + 6), (int) a.integer(i + 7)));
                }
                yield new AddObjects(out);
            }
            case UPDATE_ANIMALS -> {
                multipleOf(a, 7);
                List<AnimalState> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 7) {
                    out.add(new AnimalState((int) a.integer(i), (int) a.integer(i + 1), a.number(i + 2), a.number(i + 3), a.number(i + 4),
                            (int) a.integer(i + 5), (int) a.integer(i + 6)));
                }
                yield new UpdateAnimals(out);
            }
            case ANIMAL_ATTACK -> new AnimalAttack((int) a.arity(1, 1).integer(0));
            case SWING -> new Swing((int) a.arity(3, 3).integer(0), a.flag(1), (int) a.integer(2));
            case WIGGLE -> new Wiggle(a.arity(2, 2).number(0), (int) a.integer(1));
            case TURRET_SHOT -> new TurretShot((int) a.arity(2, 2).integer(0), a.number(1));
            case STAT -> new Stat(a.arity(2, 3).string(0, 32), a.integer(1), a.flag(2));
            case HEALTH -> new Health((int) a.arity(2, 2).integer(0), (int) a.integer(1));
            case DIED -> {
                a.arity(0, 0);
                yield new Died();
            }
            case REMOVE_OBJECT -> new RemoveObject((int) a.arity(1, 1).integer(0));
            case REMOVE_BUILDINGS -> new RemoveBuildings((int) a.arity(1, 1).integer(0));
            case ITEM_COUNT -> new ItemCount((int) a.arity(2, 2).integer(0), (int) a.integer(1));
            case XP -> new Xp(a.arity(1, 3).integer(0), a.isNil(1) ? null : a.integer(1), a.isNil(2) ? null : (int) a.integer(2));
            case UPGRADES -> new Upgrades((int) a.arity(2, 2).integer(0), (int) a.integer(1));
            case HOTBAR -> {
                Args ids = a.arity(1, 2).nested(0);
                List<Integer> out = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    out.add((int) ids.integer(i));
                }
                yield new Hotbar(out, a.flag(1));
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
            case MY_TRIBE -> new MyTribe(a.arity(2, 2).isNil(0) ? null : a.string(0, 64), a.flag(1));
            case TRIBE_MEMBERS -> {
                multipleOf(a, 2);
                List<Member> out = new ArrayList<>();
                for (int i = 0; i < a.size(); i += 2) {
                    out.add(new Member((int) a.integer(i), a.string(i + 1, 64)));
                }
                yield new TribeMembers(out);
            }
            case STORE_STATE -> new StoreState((int) a.arity(3, 3).integer(0), (int) a.integer(1), a.flag(2));
            case CHAT -> new Chat((int) a.arity(2, 2).integer(0), a.string(1, 1024));
            case MINIMAP -> {
                multipleOf(a, 2);
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

    private static void multipleOf(Args a, int n) throws PacketException {
        if (a.size() % n != 0) {
            throw new PacketException("expected a multiple of " + n + " arguments, got " + a.size());
        }
    }
}
