package dev.moomoo.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /**
     * Always first, and never sealed. Mode 0 means plain frames (no secure mode). The v1.9 client reads a
     * fifth argument, {@code pinned}, and a seed and key with {@code mode} 1 (src/site/keyed-protocol.md,
     * "Modes"); the older clients' shape leaves {@code pinned} out.
     */
    record IoInit(String socketId, long seed, String keyHex, int mode, int pinned) implements ServerPacket {
        static final Shape<IoInit> SHAPE = Shape.of(p -> List.of(p.socketId(), p.seed(), p.keyHex(), p.mode()),
                a -> new IoInit(a.arity(1, 4).string(0, 64), a.isNil(1) ? 0 : a.integer(1),
                        a.isNil(2) ? "0" : a.string(2, 256), a.isNil(3) ? 0 : (int) a.integer(3)));
        /** v1.9: {@code [socketId, seed, keyHex, mode, pinned]}, the seed unsigned 32-bit. */
        static final Shape<IoInit> V19 = Shape.of(p -> List.of(p.socketId(), p.seed(), p.keyHex(), p.mode(), p.pinned()),
                a -> new IoInit(a.arity(5, 5).string(0, 64), a.integer(1), a.string(2, 256), (int) a.integer(3), (int) a.integer(4)));

        /** The io-init of the clients before v1.9, which have no {@code pinned}. */
        public IoInit(String socketId, long seed, String keyHex, int mode) {
            this(socketId, seed, keyHex, mode, 0);
        }
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
        /** The 10 values in the order of the client's {@code setData}. */
        private List<Object> fields() {
            return new ArrayList<>(List.of(id, sid, name, x, y, dir, health, maxHealth, scale, skinColor));
        }

        /** The first 10 values of {@code i}. */
        private static PlayerInfo read(Args i) throws PacketException {
            return new PlayerInfo(i.string(0, 64), (int) i.integer(1), i.string(2, 64), i.number(3), i.number(4),
                    i.number(5), (int) i.integer(6), (int) i.integer(7), (int) i.integer(8), (int) i.integer(9));
        }
    }

    /** The player's 10 values as one list, then the flag. */
    record AddPlayer(PlayerInfo player, boolean isYou) implements ServerPacket {
        static final Shape<AddPlayer> SHAPE = Shape.of(p -> List.of(p.player().fields(), p.isYou()),
                a -> new AddPlayer(PlayerInfo.read(a.arity(2, 2).nested(0).arity(10, 10)), a.bool(1)));
        /**
         * v1.9: 13 values, the 10 and then {@code aura}, {@code bossMode} (flags) and {@code clan} (a
         * name or nil). The game has no auras, bosses or clans: always false, false and nil.
         */
        static final Shape<AddPlayer> V19 = Shape.of(p -> {
            List<Object> fields = p.player().fields();
            fields.addAll(Arrays.asList(false, false, null));
            return List.of(fields, p.isYou());
        }, a -> {
            Args i = a.arity(2, 2).nested(0).arity(13, 13);
            PlayerInfo info = PlayerInfo.read(i);
            i.bool(10);
            i.bool(11);
            if (!i.isNil(12)) {
                i.string(12, 64);
            }
            return new AddPlayer(info, a.bool(1));
        });
    }

    /** Takes the string id of {@link PlayerInfo#id}, not the sid. */
    record RemovePlayer(String id) implements ServerPacket {
        static final Shape<RemovePlayer> SHAPE = Shape.of(p -> List.of(p.id()), a -> new RemovePlayer(a.arity(1, 1).string(0, 64)));
    }

    /**
     * One player in an {@code a} update: 13 values on the wire. {@code team} is null without a tribe.
     * v1.9 sends the position ({@code sid, x, y, dir}) and the other nine, its attributes, apart.
     */
    record PlayerState(int sid, double x, double y, double dir, int buildIndex, int weaponIndex, int weaponVariant,
                       String team, boolean isLeader, int skinIndex, int tailIndex, int iconIndex, int zIndex) {
        /** A v1.9 update's player whose attributes it did not carry: what the stateless reader gives for them. */
        static PlayerState positionOnly(int sid, double x, double y, double dir) {
            return new PlayerState(sid, x, y, dir, -1, 0, 0, null, false, 0, 0, 0, 0);
        }

        /** This state with the attributes of {@code attributes}. */
        PlayerState withAttributesOf(PlayerState a) {
            return new PlayerState(sid, x, y, dir, a.buildIndex, a.weaponIndex, a.weaponVariant, a.team, a.isLeader, a.skinIndex,
                    a.tailIndex, a.iconIndex, a.zIndex);
        }
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
                writeAttributes(out, s);
            }
        }

        /** A player's attributes, the nine values after its position in both profiles' rows. */
        private static void writeAttributes(MsgpackBuffer out, PlayerState s) {
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

        /** v1.9's values per player in the list of positions, and in the list of attributes. */
        static final int V19_POSITION = 4;
        static final int V19_ATTRIBUTES = 10;

        /**
         * v1.9: three lists, {@code [sid, x, y, dir]} per player with the angle in hundredths as an
         * integer, {@code [sid, buildIndex, weaponIndex, weaponVariant, team, isLeader, skinIndex, tailIndex,
         * iconIndex, zIndex]} per player whose attributes are sent, and the sids to hide. The client keeps
         * what an update leaves out, so a connection sends each player's attributes when they change
         * ({@link ServerCodec#encodeUpdate(List, BitSet, int[], int)}); as a record's shape, with no
         * viewer to remember for, it carries every player's attributes and hides nobody. Read back, a
         * player without a row of attributes has neutral ones ({@link PlayerState#positionOnly}).
         */
        static final Shape<UpdatePlayers> V19 = Shape.of(
                p -> List.of(p.players().stream().flatMap(s -> Stream.of(s.sid(), s.x(), s.y(), hundredths(s.dir()))).toList(),
                        p.players().stream().flatMap(s -> Arrays.asList((Object) s.sid(), s.buildIndex(), s.weaponIndex(), s.weaponVariant(),
                                s.team(), s.isLeader(), s.skinIndex(), s.tailIndex(), s.iconIndex(), s.zIndex()).stream()).toList(),
                        List.of()),
                (p, out) -> writeV19(out, p.players(), null, null, 0),
                UpdatePlayers::readV19);

        /**
         * {@link #V19}'s bytes without an argument list or boxing: the attributes of the players at the
         * rows set in {@code attributeRows} (all of them when it is null) and {@code hidden[0, hiddenCount)}.
         */
        static void writeV19(MsgpackBuffer out, List<PlayerState> players, BitSet attributeRows, int[] hidden, int hiddenCount) {
            int n = players.size();
            out.arrayHeader(3);
            out.arrayHeader(n * V19_POSITION);
            for (int i = 0; i < n; i++) {
                PlayerState s = players.get(i);
                out.integer(s.sid());
                out.number(s.x());
                out.number(s.y());
                out.integer(hundredths(s.dir()));
            }
            int rows = attributeRows == null ? n : attributeRows.cardinality();
            out.arrayHeader(rows * V19_ATTRIBUTES);
            for (int i = 0; i < n; i++) {
                if (attributeRows == null || attributeRows.get(i)) {
                    out.integer(players.get(i).sid());
                    writeAttributes(out, players.get(i));
                }
            }
            out.arrayHeader(hiddenCount);
            for (int i = 0; i < hiddenCount; i++) {
                out.integer(hidden[i]);
            }
        }

        private static UpdatePlayers readV19(Args a) throws PacketException {
            a.arity(3, 3);
            Map<Long, PlayerState> attributes = new HashMap<>();
            for (PlayerState s : a.nested(1).stride(V19_ATTRIBUTES).rows(V19_ATTRIBUTES, (r, i) -> new PlayerState((int) r.integer(i), 0, 0, 0,
                    (int) r.integer(i + 1), (int) r.integer(i + 2), (int) r.integer(i + 3), r.isNil(i + 4) ? null : r.string(i + 4, 64),
                    r.bool(i + 5), (int) r.integer(i + 6), (int) r.integer(i + 7), (int) r.integer(i + 8), (int) r.integer(i + 9)))) {
                attributes.put((long) s.sid(), s);
            }
            a.nested(2).rows(1, (r, i) -> r.integer(i));
            return new UpdatePlayers(a.nested(0).stride(V19_POSITION).rows(V19_POSITION, (r, i) -> {
                PlayerState at = PlayerState.positionOnly((int) r.integer(i), r.number(i + 1), r.number(i + 2), r.integer(i + 3) / 100.0);
                PlayerState with = attributes.get((long) at.sid());
                return with == null ? at : at.withAttributesOf(with);
            }));
        }
    }

    /** An angle as v1.9 sends it in {@code a} and {@code I}: in hundredths of a radian, rounded as JavaScript's {@code Math.round}. */
    private static long hundredths(double radians) {
        return (long) Math.floor(radians * 100 + 0.5);
    }

    record LeaderEntry(int sid, String name, long score) {
    }

    /**
     * One flat list: {@code sid, name, score} per entry.
     *
     * @param crabKillers the sids shown with the crab badge, "Killed the Crab King" (v1.9 only)
     */
    record Leaderboard(List<LeaderEntry> entries, List<Integer> crabKillers) implements ServerPacket {
        public Leaderboard {
            entries = List.copyOf(entries);
            crabKillers = List.copyOf(crabKillers);
        }

        /** A board without crab badges. */
        public Leaderboard(List<LeaderEntry> entries) {
            this(entries, List.of());
        }

        static final Shape<Leaderboard> SHAPE = Shape.of(p -> Shape.flat(p.entries(), e -> List.of(e.sid(), e.name(), e.score())),
                a -> new Leaderboard(a.flatList(3, Leaderboard::entry)));
        /**
         * v1.9: six lists, the entries as before and then {@code [sid, role]} pairs (moderators and
         * admins), the sids drawn dead, the sids with the crab badge, {@code [sid, clan]} pairs and
         * {@code [sid, tribe]} pairs. The game has no roles or clans and shows only the living: all but
         * the crab badges are empty.
         */
        static final Shape<Leaderboard> V19 = Shape.of(p -> List.of(Shape.flat(p.entries(), e -> List.of(e.sid(), e.name(), e.score())).getFirst(),
                List.of(), List.of(), p.crabKillers(), List.of(), List.of()), a -> {
            a.arity(6, 6);
            for (int list = 1; list < 6; list++) {
                a.list(list);
            }
            List<Integer> crabKillers = a.nested(3).rows(1, (r, i) -> (int) r.integer(i));
            return new Leaderboard(a.nested(0).stride(3).rows(3, Leaderboard::entry), crabKillers);
        });

        private static LeaderEntry entry(Args r, int i) throws PacketException {
            return new LeaderEntry((int) r.integer(i), r.string(i + 1, 64), r.integer(i + 2));
        }
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

    /**
     * One animal in an {@code I} update.
     *
     * @param state what a boss is doing, which the v1.9 client animates (src/site/protocol.md, "The v1.9
     *              profile"); 0 for every other animal
     */
    record AnimalState(int sid, int type, double x, double y, double dir, int health, int nameIndex, int state) {
        /** An animal as every client is shown it, doing nothing a client animates. */
        public AnimalState(int sid, int type, double x, double y, double dir, int health, int nameIndex) {
            this(sid, type, x, y, dir, health, nameIndex, 0);
        }
    }

    /** One flat list, 7 values per animal (a v1.8 client gets the kinds it lacks as stand-ins: game.delivery.V18Drawing). */
    record UpdateAnimals(List<AnimalState> animals) implements ServerPacket {
        static final Shape<UpdateAnimals> SHAPE = Shape.of(
                p -> Shape.flat(p.animals(), s -> List.of(s.sid(), s.type(), s.x(), s.y(), s.dir(), s.health(), s.nameIndex())),
                a -> new UpdateAnimals(a.flatList(7, (r, i) -> new AnimalState((int) r.integer(i), (int) r.integer(i + 1), r.number(i + 2),
                        r.number(i + 3), r.number(i + 4), (int) r.integer(i + 5), (int) r.integer(i + 6)))));

        /** v1.9's values per animal. */
        static final int V19_STRIDE = 8;

        /**
         * v1.9: one flat list, {@code [sid, type, x, y, dir, health, nameIndex, state]} per animal with the
         * angle in hundredths as an integer, then the sids to hide. {@code state} starts a boss's
         * animation ({@link AnimalState#state}). The animals a viewer stops seeing are
         * its connection's to remember ({@link ServerCodec#frameAnimals}); as a record's shape it hides none.
         */
        static final Shape<UpdateAnimals> V19 = Shape.of(
                p -> List.of(Shape.flat(p.animals(), s -> List.of(s.sid(), s.type(), s.x(), s.y(), hundredths(s.dir()), s.health(),
                        s.nameIndex(), s.state())).getFirst(), List.of()),
                (p, out) -> writeV19(out, p.animals(), null, 0),
                a -> {
                    a.arity(2, 2).nested(1).rows(1, (r, i) -> r.integer(i));
                    return new UpdateAnimals(a.nested(0).stride(V19_STRIDE).rows(V19_STRIDE, (r, i) ->
                            new AnimalState((int) r.integer(i), (int) r.integer(i + 1), r.number(i + 2), r.number(i + 3),
                                    r.integer(i + 4) / 100.0, (int) r.integer(i + 5), (int) r.integer(i + 6), (int) r.integer(i + 7))));
                });

        /** {@link #V19}'s bytes, hiding {@code hidden[0, hiddenCount)}. */
        static void writeV19(MsgpackBuffer out, List<AnimalState> animals, int[] hidden, int hiddenCount) {
            out.arrayHeader(2);
            out.arrayHeader(animals.size() * V19_STRIDE);
            for (int i = 0, n = animals.size(); i < n; i++) {
                AnimalState s = animals.get(i);
                out.integer(s.sid());
                out.integer(s.type());
                out.number(s.x());
                out.number(s.y());
                out.integer(hundredths(s.dir()));
                out.integer(s.health());
                out.integer(s.nameIndex());
                out.integer(s.state());
            }
            out.arrayHeader(hiddenCount);
            for (int i = 0; i < hiddenCount; i++) {
                out.integer(hidden[i]);
            }
        }
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

    // The v1.9 client's new packets (src/site/protocol.md, "The v1.9 profile"): only its profile has codes for them.

    /**
     * A ground telegraph, {@code W [style, x, y, radius, durationMs]} or with {@code x2, y2} (both or
     * neither): shown for {@code durationMs} and one tick more. Style 1 blue, 3 orange, 4 red with an
     * inner ring, any other white. The Crab King's moves are announced with it (src/site/rules.md#the-crab-king).
     */
    record Telegraph(int style, double x, double y, double radius, int durationMs, Double x2, Double y2) implements ServerPacket {
        static final Shape<Telegraph> SHAPE = Shape.of(p -> p.x2() == null
                        ? List.of(p.style(), p.x(), p.y(), p.radius(), p.durationMs())
                        : List.of(p.style(), p.x(), p.y(), p.radius(), p.durationMs(), p.x2(), p.y2()),
                a -> {
                    if (a.size() == 6) {
                        throw new PacketException(PacketException.Reason.ARITY, "W: expected 5 or 7 arguments, got 6");
                    }
                    a.arity(5, 7);
                    return new Telegraph((int) a.integer(0), a.number(1), a.number(2), a.number(3), (int) a.integer(4),
                            a.size() == 7 ? a.number(5) : null, a.size() == 7 ? a.number(6) : null);
                });

        public Telegraph {
            if ((x2 == null) != (y2 == null)) {
                throw new IllegalArgumentException("x2 and y2 go together");
            }
        }
    }

    /**
     * A player's live stats, {@code F}, the answer to {@code V [sid]}: what the world keeps of them
     * (kills, resources held, score), and 0 for what it does not count (damage dealt to players and to
     * animals, health given back, animals and bosses killed, the guest number).
     */
    record LiveStats(int sid, int kills, long wood, long food, long stone, long gold, long damage, long animalDamage, long healing,
                     int animals, int bosses, int guestId, long score) implements ServerPacket {
        static final Shape<LiveStats> SHAPE = Shape.of(p -> List.of(p.sid(), p.kills(), p.wood(), p.food(), p.stone(), p.gold(), p.damage(),
                        p.animalDamage(), p.healing(), p.animals(), p.bosses(), p.guestId(), p.score()),
                a -> new LiveStats((int) a.arity(13, 13).integer(0), (int) a.integer(1), a.integer(2), a.integer(3), a.integer(4), a.integer(5),
                        a.integer(6), a.integer(7), a.integer(8), (int) a.integer(9), (int) a.integer(10), (int) a.integer(11), a.integer(12)));
    }
}
