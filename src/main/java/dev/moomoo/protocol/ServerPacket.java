package dev.moomoo.protocol;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server sends: one record per packet, each with its {@link Shape} (its handler's positional
 * arguments, written and read) beside it. {@link ServerKind} lists them; a codec writes each as
 * {@code [code, [args...]]} with the code of its profile.
 *
 * <p>Adding a packet: its record here with its {@code SHAPE}, one line in {@link ServerKind}, one row
 * in {@code codes.tsv}.
 */
public sealed interface ServerPacket {
    /** This packet's line in the registry. */
    default ServerKind kind() {
        return ByRecord.SERVER.get(getClass());
    }

    /** Always first. Mode 0 means plain frames (no secure mode). */
    record IoInit(String socketId, long seed, String keyHex, int mode) implements ServerPacket {
        static final Shape<IoInit> SHAPE = Shape.of(p -> List.of(p.socketId(), p.seed(), p.keyHex(), p.mode()),
                a -> new IoInit(a.arity(1, 4).string(0, 64), a.isNil(1) ? 0 : a.integer(1),
                        a.isNil(2) ? "0" : a.string(2, 256), a.isNil(3) ? 0 : (int) a.integer(3)));
    }

    record TribeInfo(String sid, int owner) {
        /** A tribe as the client's handlers take it: a map. */
        private static Map<String, Object> fields(String sid, int owner) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sid", sid);
            m.put("owner", owner);
            return m;
        }

        private static TribeInfo read(Args tribes, int i) throws PacketException {
            Args t = tribes.fields(i, "sid", "owner");
            return new TribeInfo(t.string(0, 64), (int) t.integer(1));
        }
    }

    /** One argument, {@code {teams: [tribe...]}}. */
    record TribeList(List<TribeInfo> teams) implements ServerPacket {
        static final Shape<TribeList> SHAPE = Shape.of(
                p -> List.of(Map.of("teams", p.teams().stream().map(t -> TribeInfo.fields(t.sid(), t.owner())).toList())),
                a -> new TribeList(a.arity(1, 1).fields(0, "teams").nested(0).rows(1, TribeInfo::read)));
    }

    /** The client puts the reason into the page as HTML: build it only from {@link Text#escapeHtml} output. */
    record Disconnect(String reason) implements ServerPacket {
        static final Shape<Disconnect> SHAPE = Shape.of(p -> List.of(p.reason()), a -> new Disconnect(a.arity(1, 1).string(0, 1024)));
    }

    record SetupGame(int yourSid) implements ServerPacket {
        static final Shape<SetupGame> SHAPE = Shape.of(p -> List.of(p.yourSid()), a -> new SetupGame((int) a.arity(1, 1).integer(0)));
    }

    record PlayerInfo(String id, int sid, String name, double x, double y, double dir, int health, int maxHealth, int scale, int skinColor) {
    }

    /** The player's 10 values as one list, then the flag. */
    record AddPlayer(PlayerInfo player, boolean isYou) implements ServerPacket {
        static final Shape<AddPlayer> SHAPE = Shape.of(p -> {
            PlayerInfo i = p.player();
            return List.of(List.of(i.id(), i.sid(), i.name(), i.x(), i.y(), i.dir(), i.health(), i.maxHealth(), i.scale(), i.skinColor()), p.isYou());
        }, a -> {
            Args i = a.arity(2, 2).nested(0).arity(10, 10);
            return new AddPlayer(new PlayerInfo(i.string(0, 64), (int) i.integer(1), i.string(2, 64), i.number(3), i.number(4),
                    i.number(5), (int) i.integer(6), (int) i.integer(7), (int) i.integer(8), (int) i.integer(9)), a.bool(1));
        });
    }

    /** Takes the string id of {@link PlayerInfo#id}, not the sid. */
    record RemovePlayer(String id) implements ServerPacket {
        static final Shape<RemovePlayer> SHAPE = Shape.of(p -> List.of(p.id()), a -> new RemovePlayer(a.arity(1, 1).string(0, 64)));
    }

    /** One player in an {@code a} update: 13 values on the wire. {@code team} is null without a tribe. */
    record PlayerState(int sid, double x, double y, double dir, int buildIndex, int weaponIndex, int weaponVariant,
                       String team, boolean isLeader, int skinIndex, int tailIndex, int iconIndex, int zIndex) {
    }

    /**
     * The per-tick update: one flat list, 13 values per player. The hottest packet there is (every
     * viewer, every tick), so it is written straight into the buffer, without an argument list or
     * boxing ({@link #writeArgs}, also the allocation-free path of {@link UpdateEncoder}).
     */
    record UpdatePlayers(List<PlayerState> players) implements ServerPacket {
        static final int STRIDE = 13;

        static final Shape<UpdatePlayers> SHAPE = Shape.of(
                p -> Shape.flat(p.players(), s -> Arrays.asList(s.sid(), s.x(), s.y(), s.dir(), s.buildIndex(), s.weaponIndex(),
                        s.weaponVariant(), s.team(), s.isLeader(), s.skinIndex(), s.tailIndex(), s.iconIndex(), s.zIndex())),
                (p, out) -> writeArgs(out, p.players()),
                a -> new UpdatePlayers(a.flatList(STRIDE, (r, i) -> new PlayerState((int) r.integer(i), r.number(i + 1), r.number(i + 2),
                        r.number(i + 3), (int) r.integer(i + 4), (int) r.integer(i + 5), (int) r.integer(i + 6),
                        r.isNil(i + 7) ? null : r.string(i + 7, 64), r.bool(i + 8), (int) r.integer(i + 9), (int) r.integer(i + 10),
                        (int) r.integer(i + 11), (int) r.integer(i + 12)))));

        /** The same bytes as {@link Shape#args} written through {@link MsgpackBuffer#value}; allocates nothing once the buffer has grown. */
        static void writeArgs(MsgpackBuffer out, List<PlayerState> players) {
            out.arrayHeader(1);
            out.arrayHeader(players.size() * STRIDE);
            for (int i = 0, n = players.size(); i < n; i++) {
                PlayerState s = players.get(i);
                out.integer(s.sid());
                out.number(s.x());
                out.number(s.y());
                out.number(s.dir());
                out.integer(s.buildIndex());
                out.integer(s.weaponIndex());
                out.integer(s.weaponVariant());
                out.nullableString(s.team());
                out.bool(s.isLeader());
                out.integer(s.skinIndex());
                out.integer(s.tailIndex());
                out.integer(s.iconIndex());
                out.integer(s.zIndex());
            }
        }
    }

    record LeaderEntry(int sid, String name, long score) {
    }

    /** One flat list: {@code sid, name, score} per entry. */
    record Leaderboard(List<LeaderEntry> entries) implements ServerPacket {
        static final Shape<Leaderboard> SHAPE = Shape.of(p -> Shape.flat(p.entries(), e -> List.of(e.sid(), e.name(), e.score())),
                a -> new Leaderboard(a.flatList(3, (r, i) -> new LeaderEntry((int) r.integer(i), r.string(i + 1, 64), r.integer(i + 2)))));
    }

    /** One object in an {@code H} packet: 8 values. {@code itemId} null and owner -1 for natural objects. */
    record ObjectInfo(int sid, double x, double y, double dir, int scale, Integer type, Integer itemId, int ownerSid) {
    }

    /**
     * One flat list, 8 values per object, written straight into the buffer without boxing eight values
     * per object: a player walking among many buildings is sent hundreds at a time.
     */
    record AddObjects(List<ObjectInfo> objects) implements ServerPacket {
        static final int STRIDE = 8;

        static final Shape<AddObjects> SHAPE = Shape.of(
                p -> Shape.flat(p.objects(), o -> Arrays.asList(o.sid(), o.x(), o.y(), o.dir(), o.scale(), o.type(), o.itemId(), o.ownerSid())),
                (p, out) -> writeArgs(out, p.objects()),
                a -> new AddObjects(a.flatList(STRIDE, (r, i) -> new ObjectInfo((int) r.integer(i), r.number(i + 1), r.number(i + 2),
                        r.number(i + 3), (int) r.integer(i + 4), r.isNil(i + 5) ? null : (int) r.integer(i + 5),
                        r.isNil(i + 6) ? null : (int) r.integer(i + 6), (int) r.integer(i + 7)))));

        /** The same bytes as {@link Shape#args} written through {@link MsgpackBuffer#value}, without boxing. */
        private static void writeArgs(MsgpackBuffer out, List<ObjectInfo> objects) {
            out.arrayHeader(1);
            out.arrayHeader(objects.size() * STRIDE);
            for (int i = 0, n = objects.size(); i < n; i++) {
                ObjectInfo o = objects.get(i);
                out.integer(o.sid());
                out.number(o.x());
                out.number(o.y());
                out.number(o.dir());
                out.integer(o.scale());
                out.nullableInteger(o.type());
                out.nullableInteger(o.itemId());
                out.integer(o.ownerSid());
            }
        }
    }

    record AnimalState(int sid, int type, double x, double y, double dir, int health, int nameIndex) {
    }

    /** One flat list, 7 values per animal. */
    record UpdateAnimals(List<AnimalState> animals) implements ServerPacket {
        static final Shape<UpdateAnimals> SHAPE = Shape.of(
                p -> Shape.flat(p.animals(), s -> List.of(s.sid(), s.type(), s.x(), s.y(), s.dir(), s.health(), s.nameIndex())),
                a -> new UpdateAnimals(a.flatList(7, (r, i) -> new AnimalState((int) r.integer(i), (int) r.integer(i + 1), r.number(i + 2),
                        r.number(i + 3), r.number(i + 4), (int) r.integer(i + 5), (int) r.integer(i + 6)))));
    }

    record AnimalAttack(int sid) implements ServerPacket {
        static final Shape<AnimalAttack> SHAPE = Shape.of(p -> List.of(p.sid()), a -> new AnimalAttack((int) a.arity(1, 1).integer(0)));
    }

    record Swing(int sid, boolean didHit, int weaponIndex) implements ServerPacket {
        static final Shape<Swing> SHAPE = Shape.of(p -> List.of(p.sid(), p.didHit(), p.weaponIndex()),
                a -> new Swing((int) a.arity(3, 3).integer(0), a.bool(1), (int) a.integer(2)));
    }

    record Wiggle(double dir, int objectSid) implements ServerPacket {
        static final Shape<Wiggle> SHAPE = Shape.of(p -> List.of(p.dir(), p.objectSid()),
                a -> new Wiggle(a.arity(2, 2).number(0), (int) a.integer(1)));
    }

    record TurretShot(int objectSid, double dir) implements ServerPacket {
        static final Shape<TurretShot> SHAPE = Shape.of(p -> List.of(p.objectSid(), p.dir()),
                a -> new TurretShot((int) a.arity(2, 2).integer(0), a.number(1)));
    }

    /** One of the player's own values: "points" (gold), "wood", "food", "stone", "kills". */
    record Stat(String prop, long value, boolean updateView) implements ServerPacket {
        static final Shape<Stat> SHAPE = Shape.of(p -> List.of(p.prop(), p.value(), p.updateView()),
                a -> new Stat(a.arity(3, 3).string(0, 32), a.integer(1), a.bool(2)));
    }

    record Health(int sid, int health) implements ServerPacket {
        static final Shape<Health> SHAPE = Shape.of(p -> List.of(p.sid(), p.health()),
                a -> new Health((int) a.arity(2, 2).integer(0), (int) a.integer(1)));
    }

    record Died() implements ServerPacket {
        static final Shape<Died> SHAPE = Shape.empty(Died::new);
    }

    record RemoveObject(int sid) implements ServerPacket {
        static final Shape<RemoveObject> SHAPE = Shape.of(p -> List.of(p.sid()), a -> new RemoveObject((int) a.arity(1, 1).integer(0)));
    }

    record RemoveBuildings(int ownerSid) implements ServerPacket {
        static final Shape<RemoveBuildings> SHAPE = Shape.of(p -> List.of(p.ownerSid()),
                a -> new RemoveBuildings((int) a.arity(1, 1).integer(0)));
    }

    record ItemCount(int group, int count) implements ServerPacket {
        static final Shape<ItemCount> SHAPE = Shape.of(p -> List.of(p.group(), p.count()),
                a -> new ItemCount((int) a.arity(2, 2).integer(0), (int) a.integer(1)));
    }

    /**
     * XP; at an age-up also the new maximum and age. {@code maxXp} and {@code age} are both null (one
     * argument on the wire) or both set (three).
     */
    record Xp(long xp, Double maxXp, Integer age) implements ServerPacket {
        static final Shape<Xp> SHAPE = Shape.of(p -> p.maxXp() == null ? List.of(p.xp()) : List.of(p.xp(), p.maxXp(), p.age()), a -> {
            if (a.size() == 2) {
                throw new PacketException(PacketException.Reason.ARITY, "XP: expected 1 or 3 arguments, got 2");
            }
            a.arity(1, 3);
            return a.size() == 1 ? Xp.of(a.integer(0)) : new Xp(a.integer(0), a.number(1), (int) a.integer(2));
        });

        public Xp {
            if ((maxXp == null) != (age == null)) {
                throw new IllegalArgumentException("maxXp and age go together");
            }
        }

        public static Xp of(long xp) {
            return new Xp(xp, null, null);
        }
    }

    record Upgrades(int points, int age) implements ServerPacket {
        static final Shape<Upgrades> SHAPE = Shape.of(p -> List.of(p.points(), p.age()),
                a -> new Upgrades((int) a.arity(2, 2).integer(0), (int) a.integer(1)));
    }

    /** The ids as one list, then the flag. */
    record Hotbar(List<Integer> ids, boolean weapons) implements ServerPacket {
        static final Shape<Hotbar> SHAPE = Shape.of(p -> List.of(List.copyOf(p.ids()), p.weapons()),
                a -> new Hotbar(a.arity(2, 2).nested(0).rows(1, (r, i) -> (int) r.integer(i)), a.bool(1)));
    }

    record AddProjectile(double x, double y, double dir, double range, double speed, int index, int layer, int sid) implements ServerPacket {
        static final Shape<AddProjectile> SHAPE = Shape.of(
                p -> List.of(p.x(), p.y(), p.dir(), p.range(), p.speed(), p.index(), p.layer(), p.sid()),
                a -> new AddProjectile(a.arity(8, 8).number(0), a.number(1), a.number(2), a.number(3), a.number(4),
                        (int) a.integer(5), (int) a.integer(6), (int) a.integer(7)));
    }

    record ProjectileRange(int sid, double range) implements ServerPacket {
        static final Shape<ProjectileRange> SHAPE = Shape.of(p -> List.of(p.sid(), p.range()),
                a -> new ProjectileRange((int) a.arity(2, 2).integer(0), a.number(1)));
    }

    record RestartNotice(int seconds) implements ServerPacket {
        static final Shape<RestartNotice> SHAPE = Shape.of(p -> List.of(p.seconds()), a -> new RestartNotice((int) a.arity(1, 1).integer(0)));
    }

    /** One argument, the tribe as a map. */
    record TribeAdded(String sid, int owner) implements ServerPacket {
        static final Shape<TribeAdded> SHAPE = Shape.of(p -> List.of(TribeInfo.fields(p.sid(), p.owner())), a -> {
            TribeInfo t = TribeInfo.read(a.arity(1, 1), 0);
            return new TribeAdded(t.sid(), t.owner());
        });
    }

    record TribeRemoved(String sid) implements ServerPacket {
        static final Shape<TribeRemoved> SHAPE = Shape.of(p -> List.of(p.sid()), a -> new TribeRemoved(a.arity(1, 1).string(0, 64)));
    }

    record JoinRequest(int sid, String name) implements ServerPacket {
        static final Shape<JoinRequest> SHAPE = Shape.of(p -> List.of(p.sid(), p.name()),
                a -> new JoinRequest((int) a.arity(2, 2).integer(0), a.string(1, 64)));
    }

    /** {@code team} null when the player is in no tribe. */
    record MyTribe(String team, boolean isOwner) implements ServerPacket {
        static final Shape<MyTribe> SHAPE = Shape.of(p -> Arrays.asList(p.team(), p.isOwner()),
                a -> new MyTribe(a.arity(2, 2).isNil(0) ? null : a.string(0, 64), a.bool(1)));
    }

    record Member(int sid, String name) {
    }

    /** One flat list: {@code sid, name} per member. */
    record TribeMembers(List<Member> members) implements ServerPacket {
        static final Shape<TribeMembers> SHAPE = Shape.of(p -> Shape.flat(p.members(), m -> List.of(m.sid(), m.name())),
                a -> new TribeMembers(a.flatList(2, (r, i) -> new Member((int) r.integer(i), r.string(i + 1, 64)))));
    }

    /** {@code action} 0 bought, 1 equipped. */
    record StoreState(int action, int id, boolean accessory) implements ServerPacket {
        static final Shape<StoreState> SHAPE = Shape.of(p -> List.of(p.action(), p.id(), p.accessory()),
                a -> new StoreState((int) a.arity(3, 3).integer(0), (int) a.integer(1), a.bool(2)));
    }

    /**
     * A chat line shown as a bubble over player {@code sid}. Sid -1 is a server notice, which only this
     * project's own client shows (the real client finds no player -1 and shows nothing).
     */
    record Chat(int sid, String message) implements ServerPacket {
        static final Shape<Chat> SHAPE = Shape.of(p -> List.of(p.sid(), p.message()),
                a -> new Chat((int) a.arity(2, 2).integer(0), a.string(1, 1024)));
    }

    /** Tribe-mates' positions, x and y alternating: one flat list. */
    record Minimap(List<Double> coordinates) implements ServerPacket {
        static final Shape<Minimap> SHAPE = Shape.of(p -> List.of(List.copyOf(p.coordinates())),
                a -> new Minimap(a.flatList(2).rows(1, (r, i) -> r.number(i))));
    }

    record FloatingText(double x, double y, int value, int type) implements ServerPacket {
        static final Shape<FloatingText> SHAPE = Shape.of(p -> List.of(p.x(), p.y(), p.value(), p.type()),
                a -> new FloatingText(a.arity(4, 4).number(0), a.number(1), (int) a.integer(2), (int) a.integer(3)));
    }

    record MapPing(double x, double y) implements ServerPacket {
        static final Shape<MapPing> SHAPE = Shape.of(p -> List.of(p.x(), p.y()), a -> new MapPing(a.arity(2, 2).number(0), a.number(1)));
    }

    record Pong() implements ServerPacket {
        static final Shape<Pong> SHAPE = Shape.empty(Pong::new);
    }
}
