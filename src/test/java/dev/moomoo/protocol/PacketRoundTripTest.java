package dev.moomoo.protocol;

import dev.moomoo.protocol.ServerPacket.*;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every packet of both registries ({@link ClientKind}, {@link ServerKind}), in every profile: encode
 * then decode gives the same record. A packet added to a registry without a sample here fails.
 */
class PacketRoundTripTest {

    static final Map<ClientKind, ClientPacket> CLIENT_SAMPLES = new EnumMap<>(ClientKind.class);
    static final Map<ServerKind, ServerPacket> SERVER_SAMPLES = new EnumMap<>(ServerKind.class);
    private static final List<Profile> PROFILES = Profile.ALL;
    /** The packets only the v1.9 client has: the older profiles have no code for them. */
    static final Set<ClientKind> V19_CLIENT_ONLY = EnumSet.of(ClientKind.TELEMETRY, ClientKind.REPORT, ClientKind.ADMIN_MENU, ClientKind.WATCH);
    static final Set<ServerKind> V19_SERVER_ONLY = EnumSet.of(ServerKind.TELEGRAPH, ServerKind.LIVE_STATS);

    static {
        for (ClientPacket p : List.of(
                new ClientPacket.Spawn("moo", true, 4), new ClientPacket.Aim(1.57), new ClientPacket.Move(-2.35),
                new ClientPacket.ResetMove(), new ClientPacket.Attack(true, 0.5), new ClientPacket.Select(3, true),
                new ClientPacket.Upgrade(17), new ClientPacket.Toggle(1), new ClientPacket.CreateTribe("cows"),
                new ClientPacket.LeaveTribe(), new ClientPacket.JoinTribe("cows"), new ClientPacket.AnswerJoin(12, true),
                new ClientPacket.KickMember(9), new ClientPacket.Store(true, 7, false), new ClientPacket.Chat("hi <b>there</b>"),
                new ClientPacket.MapPing(), new ClientPacket.Ping(), new ClientPacket.Telemetry(5, 12),
                new ClientPacket.Report(7, ClientPacket.Report.Action.REPORT, 2), new ClientPacket.AdminMenu(new AdminAction.Teleport(-900, 6760.5)),
                new ClientPacket.Watch(9))) {
            CLIENT_SAMPLES.put(p.kind(), p);
        }
        for (ServerPacket p : List.of(
                new IoInit("abc123", 0, "0", 0),
                new TribeList(List.of(new TribeInfo("cows", 3), new TribeInfo("pigs", 7))),
                new Disconnect("kicked: &lt;b&gt;"),
                new SetupGame(5),
                new AddPlayer(new PlayerInfo("abc123", 5, "moo", 100.5, 7200.25, 1.5, 100, 100, 35, 4), true),
                new RemovePlayer("abc123"),
                new UpdatePlayers(List.of(
                        new PlayerState(5, 100.5, 200.25, 0.5, -1, 0, 0, null, false, 0, 0, 0, 0),
                        new PlayerState(6, 14000, 3, -1.25, 3, 5, 1, "cows", true, 2, 3, 4, 1))),
                new Leaderboard(List.of(new LeaderEntry(5, "moo", 1200), new LeaderEntry(6, "cow", 7))),
                new AddObjects(List.of(new ObjectInfo(1, 500, 600, 0, 150, 0, null, -1), new ObjectInfo(2, 700.5, 800, 1.5, 80, 3, 7, 5))),
                new UpdateAnimals(List.of(new AnimalState(1, 2, 300, 400, 0.25, 1800, 3))),
                new AnimalAttack(4),
                new Swing(5, true, 0),
                new Wiggle(2.5, 17),
                new TurretShot(9, -0.75),
                new Stat("wood", 42, true),
                new Health(5, 75),
                new Died(),
                new RemoveObject(17),
                new RemoveBuildings(5),
                new ItemCount(2, 3),
                new Xp(120, 360.0, 2),
                new Upgrades(1, 2),
                new Hotbar(List.of(0, 1, 2), true),
                new AddProjectile(100, 200, 0.5, 700, 1.5, 0, 1, 33),
                new ProjectileRange(33, 250.5),
                new RestartNotice(30),
                new TribeAdded("cows", 3),
                new TribeRemoved("cows"),
                new JoinRequest(8, "calf"),
                new MyTribe("cows", true),
                new TribeMembers(List.of(new Member(3, "moo"), new Member(8, "calf"))),
                new StoreState(1, 7, false),
                new ServerPacket.Chat(-1, "server restarting"),
                new Minimap(List.of(100.0, 200.0, 300.5, 400.0)),
                new FloatingText(100, 200, -25, 0),
                new ServerPacket.MapPing(1000, 2000),
                new Pong(),
                new Telegraph(4, 7200, 6600, 268.5, 1500, null, null),
                new LiveStats(5, 2, 100, 50, 0, 1200, 0, 0, 0, 0, 0, 0, 1200))) {
            SERVER_SAMPLES.put(p.kind(), p);
        }
    }

    /** Encoding and decoding of one direction in one profile. */
    private record Codec<P>(Function<P, byte[]> encode, Decoder<P> decode) {
    }

    @FunctionalInterface
    private interface Decoder<P> {
        P decode(byte[] message) throws PacketException;
    }

    @TestFactory
    Stream<DynamicTest> clientPacketsRoundTrip() {
        return roundTrips("client", ClientKind.values(), CLIENT_SAMPLES, profile -> {
            ClientCodec codec = new ClientCodec(profile);
            return new Codec<>(codec::encode, codec::decode);
        });
    }

    @TestFactory
    Stream<DynamicTest> serverPacketsRoundTrip() {
        return roundTrips("server", ServerKind.values(), SERVER_SAMPLES, profile -> {
            ServerCodec codec = new ServerCodec(profile);
            return new Codec<>(codec::encode, codec::decode);
        });
    }

    /**
     * For every line of a registry, in every profile that has it: its sample exists, and
     * decode(encode(sample)) is the sample. A profile that lacks it refuses to write it.
     */
    private static <K, P> Stream<DynamicTest> roundTrips(String direction, K[] registry, Map<K, P> samples, Function<Profile, Codec<P>> codecOf) {
        return PROFILES.stream().flatMap(profile -> {
            Codec<P> codec = codecOf.apply(profile);
            return Arrays.stream(registry).map(kind -> DynamicTest.dynamicTest(profile + " " + direction + " " + kind, () -> {
                P sample = samples.get(kind);
                assertNotNull(sample, "no sample for " + direction + " packet " + kind);
                if (has(profile, kind)) {
                    assertEquals(sample, codec.decode().decode(codec.encode().apply(sample)));
                } else {
                    assertThrows(IllegalArgumentException.class, () -> codec.encode().apply(sample), profile + " has no " + kind);
                }
            }));
        });
    }

    /** Whether {@code profile} has the packet {@code kind}: every profile has every packet but v1.9's new ones. */
    static boolean has(Profile profile, Object kind) {
        boolean v19Only = V19_CLIENT_ONLY.contains(kind) || V19_SERVER_ONLY.contains(kind);
        boolean has = kind instanceof ClientKind c ? profile.codes().has(c) : profile.codes().has((ServerKind) kind);
        assertEquals(profile == Profile.V19 || !v19Only, has, profile + " " + kind);
        return has;
    }

    @TestFactory
    Stream<DynamicTest> eachSampleCarriesTheCodeOfItsProfile() {
        return PROFILES.stream().flatMap(profile -> Arrays.stream(ServerKind.values()).filter(kind -> has(profile, kind)).map(kind ->
                DynamicTest.dynamicTest(profile + " code of " + kind, () -> {
                    byte[] bytes = new ServerCodec(profile).encode(SERVER_SAMPLES.get(kind));
                    List<?> pair = (List<?>) MsgpackValues.read(bytes, MsgpackValues.Limits.SERVER);
                    assertEquals(profile.codes().serverCode(kind), pair.get(0));
                })));
    }

    /**
     * The packets written straight into the buffer ({@code a}, {@code H}, v1.9's {@code I}) write what
     * their argument lists say, as every other does, in every profile.
     */
    @TestFactory
    Stream<DynamicTest> everyShapeWritesItsArguments() {
        return PROFILES.stream().flatMap(profile -> {
            ServerCodec codec = new ServerCodec(profile);
            return Arrays.stream(ServerKind.values()).filter(kind -> has(profile, kind)).map(kind ->
                    DynamicTest.dynamicTest(profile + " bytes of " + kind, () -> {
                        ServerPacket sample = SERVER_SAMPLES.get(kind);
                        byte[] fromArgs = new MsgpackWriter(true).message(codec.code(sample), codec.args(sample));
                        assertArrayEquals(fromArgs, codec.encode(sample));
                    }));
        });
    }
}
