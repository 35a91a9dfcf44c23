package dev.moomoo.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One protocol profile: a generation of the client, with its own packet codes (its column of
 * {@code codes.tsv}) and the packets whose shape it changes; every other packet has its record's own
 * shape. Immutable, and shared by every connection that speaks it.
 *
 * <p>Adding a profile (see {@code src/site/protocol.md}, "Profiles"): a column in {@code codes.tsv},
 * a constant here that names it, and {@link #withShape} for each packet it shapes differently.
 */
public final class Profile {
    /** Every profile's codes, read and checked once, at start. */
    private static final Map<String, CodeTable> TABLES = CodeTableReader.fromClassPath();

    /** Era 1 (2018 to October 2023), the codes of the Python prototype this project grew from. */
    public static final Profile ERA_1 = new Profile("era1");
    /** Era 2 (November 2023 on), what the v1.8 client speaks. */
    public static final Profile ERA_2 = new Profile("era2");
    /**
     * The v1.9 client (October 2026 on): era 2's codes and six new packets, with {@code io-init},
     * {@code D}, {@code a}, {@code I} and {@code G} in shapes of their own (src/site/protocol.md, "The
     * v1.9 profile"). Its frames may be keyed (src/site/keyed-protocol.md): that is the connection's.
     */
    public static final Profile V19 = new Profile("v19")
            .withShape(ServerPacket.IoInit.class, ServerPacket.IoInit.V19)
            .withShape(ServerPacket.AddPlayer.class, ServerPacket.AddPlayer.V19)
            .withShape(ServerPacket.UpdatePlayers.class, ServerPacket.UpdatePlayers.V19)
            .withShape(ServerPacket.UpdateAnimals.class, ServerPacket.UpdateAnimals.V19)
            .withShape(ServerPacket.Leaderboard.class, ServerPacket.Leaderboard.V19);
    /** Every profile, in the order of {@code codes.tsv}'s columns. */
    public static final List<Profile> ALL = List.of(ERA_1, ERA_2, V19);

    private final String name;
    private final CodeTable codes;
    private final Shape<?>[] serverShapes;
    private final Shape<?>[] clientShapes;

    private Profile(String name) {
        this(name, TABLES.get(name), Arrays.stream(ServerKind.values()).map(k -> k.shape).toArray(Shape<?>[]::new),
                Arrays.stream(ClientKind.values()).map(k -> k.shape).toArray(Shape<?>[]::new));
        if (codes == null) {
            throw new IllegalStateException("codes.tsv has no column for profile " + name);
        }
    }

    private Profile(String name, CodeTable codes, Shape<?>[] serverShapes, Shape<?>[] clientShapes) {
        this.name = name;
        this.codes = codes;
        this.serverShapes = serverShapes;
        this.clientShapes = clientShapes;
    }

    /** The profile of {@code --era}. */
    public static Profile forEra(int era) {
        return switch (era) {
            case 1 -> ERA_1;
            case 2 -> ERA_2;
            default -> throw new IllegalArgumentException("no protocol profile for era " + era);
        };
    }

    /** Its name, the column of its codes in {@code codes.tsv}. */
    public String name() {
        return name;
    }

    public CodeTable codes() {
        return codes;
    }

    /** Whether this profile's clients are sent packets of {@code kind} at all (src/site/protocol.md, "Profiles and codes"). */
    public boolean sends(ServerKind kind) {
        return codes.has(kind);
    }

    /**
     * This profile with {@code record}'s packet in another shape: the seam for a client generation
     * that sends or reads a few packets differently. The record class types the shape, so a shape
     * can only be given to its own packet.
     */
    <T> Profile withShape(Class<T> record, Shape<T> shape) {
        Shape<?>[] server = serverShapes.clone();
        Shape<?>[] client = clientShapes.clone();
        if (ServerPacket.class.isAssignableFrom(record)) {
            server[ByRecord.SERVER.get(record).ordinal()] = shape;
        } else {
            client[ByRecord.CLIENT.get(record).ordinal()] = shape;
        }
        return new Profile(name, codes, server, client);
    }

    /** The shape of {@code kind}'s packets in this profile. (Each shape is typed by its kind's record: see {@link #withShape}.) */
    @SuppressWarnings("unchecked")
    Shape<ServerPacket> shape(ServerKind kind) {
        return (Shape<ServerPacket>) serverShapes[kind.ordinal()];
    }

    @SuppressWarnings("unchecked")
    Shape<ClientPacket> shape(ClientKind kind) {
        return (Shape<ClientPacket>) clientShapes[kind.ordinal()];
    }

    @Override
    public String toString() {
        return name;
    }
}
