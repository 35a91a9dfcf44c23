package dev.moomoo.protocol;

import dev.moomoo.protocol.ServerPacket.*;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The exact bytes of every server packet kind, written here by hand from the shapes of src/site/protocol.md#codes
 * (flat lists as ONE argument) and this server's number convention (src/site/protocol.md): integral
 * numbers in the narrowest msgpack integer, every other number as float32 ({@code ca}), flags as
 * msgpack booleans ({@code c3}/{@code c2}), absent values as nil ({@code c0}). Float32 bits were
 * worked out by hand (1.5 = 3fc00000, ...), never taken from the encoder.
 */
class ServerGoldenBytesTest {
    private static final HexFormat HEX = HexFormat.of();

    /** One packet and its bytes in era 2; spaces in the hex are for reading only. */
    record Golden(ServerPacket packet, String hex) {
    }

    static final List<Golden> ERA_2 = List.of(
            // ["io-init", ["ab", 0, "0", 0]]
            new Golden(new IoInit("ab", 0, "0", 0), "92 a7 696f2d696e6974 94 a2 6162 00 a1 30 00"),
            // ["A", [{teams: [{sid: "cows", owner: 3}]}]]
            new Golden(new TribeList(List.of(new TribeInfo("cows", 3))),
                    "92 a1 41 91 81 a5 7465616d73 91 82 a3 736964 a4 636f7773 a5 6f776e6572 03"),
            new Golden(new TribeList(List.of()), "92 a1 41 91 81 a5 7465616d73 90"),
            // ["B", ["bye"]]
            new Golden(new Disconnect("bye"), "92 a1 42 91 a3 627965"),
            // ["C", [5]]
            new Golden(new SetupGame(5), "92 a1 43 91 05"),
            // ["D", [["ab", 5, "moo", 100.5, 7200, 1.5, 100, 100, 35, 4], true]]: 7200 = cd 1c20
            new Golden(new AddPlayer(new PlayerInfo("ab", 5, "moo", 100.5, 7200, 1.5, 100, 100, 35, 4), true),
                    "92 a1 44 92 9a a2 6162 05 a3 6d6f6f ca 42c90000 cd 1c20 ca 3fc00000 64 64 23 04 c3"),
            // ["E", ["ab"]]
            new Golden(new RemovePlayer("ab"), "92 a1 45 91 a2 6162"),
            // ["a", [[1, 2, 3, 0.5, -1, 0, 0, nil, false, 0, 0, 0, 0]]]: one argument, 13 values
            new Golden(new UpdatePlayers(List.of(new PlayerState(1, 2, 3, 0.5, -1, 0, 0, null, false, 0, 0, 0, 0))),
                    "92 a1 61 91 9d 01 02 03 ca 3f000000 ff 00 00 c0 c2 00 00 00 00"),
            // two players: 26 values need an array16 (dc 001a); 14000 = cd 36b0, -1.25 = bfa00000
            new Golden(new UpdatePlayers(List.of(new PlayerState(1, 2, 3, 0, -1, 0, 0, null, false, 0, 0, 0, 0),
                    new PlayerState(6, 14000, 3, -1.25, 3, 5, 1, "cows", true, 7, 11, 1, 1))),
                    "92 a1 61 91 dc 001a 01 02 03 00 ff 00 00 c0 c2 00 00 00 00"
                            + " 06 cd 36b0 03 ca bfa00000 03 05 01 a4 636f7773 c3 07 0b 01 01"),
            new Golden(new UpdatePlayers(List.of()), "92 a1 61 91 90"),
            // ["G", [[1, "bob", 40]]]
            new Golden(new Leaderboard(List.of(new LeaderEntry(1, "bob", 40))), "92 a1 47 91 93 01 a3 626f62 28"),
            // ["H", [[5, 700, 900, 0, 150, 0, nil, -1]]]: 700 = cd 02bc, 900 = cd 0384, 150 = cc 96
            new Golden(new AddObjects(List.of(new ObjectInfo(5, 700, 900, 0, 150, 0, null, -1))),
                    "92 a1 48 91 98 05 cd 02bc cd 0384 00 cc 96 00 c0 ff"),
            // a building: ["H", [[7, 3080.5, 3000, 1.5, 50, nil, 3, 2]]]: type nil, item 3, owner sid 2;
            // 3080.5 = 1.100000010001b x 2^11: float32 0 10001010 1000000100010... = 45408800; 3000 = cd 0bb8
            new Golden(new AddObjects(List.of(new ObjectInfo(7, 3080.5, 3000, 1.5, 50, null, 3, 2))),
                    "92 a1 48 91 98 07 ca 45408800 cd 0bb8 ca 3fc00000 32 c0 03 02"),
            // ["I", [[1, 2, 300, 400, 0.25, 1800, 3]]]: 300 = cd 012c, 400 = cd 0190, 1800 = cd 0708
            new Golden(new UpdateAnimals(List.of(new AnimalState(1, 2, 300, 400, 0.25, 1800, 3))),
                    "92 a1 49 91 97 01 02 cd 012c cd 0190 ca 3e800000 cd 0708 03"),
            new Golden(new UpdateAnimals(List.of()), "92 a1 49 91 90"),
            new Golden(new AnimalAttack(4), "92 a1 4a 91 04"),
            // ["K", [5, true, 0]]
            new Golden(new Swing(5, true, 0), "92 a1 4b 93 05 c3 00"),
            new Golden(new Wiggle(1.5, 17), "92 a1 4c 92 ca 3fc00000 11"),
            // ["M", [9, -0.75]]
            new Golden(new TurretShot(9, -0.75), "92 a1 4d 92 09 ca bf400000"),
            // ["N", ["wood", 42, true]]
            new Golden(new Stat("wood", 42, true), "92 a1 4e 93 a4 776f6f64 2a c3"),
            // 100000 points: uint32 (ce 000186a0)
            new Golden(new Stat("points", 100_000, false), "92 a1 4e 93 a6 706f696e7473 ce 000186a0 c2"),
            new Golden(new Health(5, 75), "92 a1 4f 92 05 4b"),
            new Golden(new Died(), "92 a1 50 90"),
            new Golden(new RemoveObject(300), "92 a1 51 91 cd 012c"),
            new Golden(new RemoveBuildings(5), "92 a1 52 91 05"),
            new Golden(new ItemCount(2, 3), "92 a1 53 92 02 03"),
            // ["T", [120]] and ["T", [0, 518.4, 4]]: 518.4 = 4401999a
            new Golden(Xp.of(120), "92 a1 54 91 78"),
            new Golden(new Xp(0, 518.4, 4), "92 a1 54 93 00 ca 4401999a 04"),
            new Golden(new Upgrades(1, 2), "92 a1 55 92 01 02"),
            // ["V", [[0, 3, 6, 10], false]]
            new Golden(new Hotbar(List.of(0, 3, 6, 10), false), "92 a1 56 92 94 00 03 06 0a c2"),
            new Golden(new Hotbar(List.of(0, 9), true), "92 a1 56 92 92 00 09 c3"),
            // ["X", [100, 200, 0.5, 1000, 1.6, 0, 0, 33]]: 200 = cc c8, 1000 = cd 03e8, 1.6 = 3fcccccd
            new Golden(new AddProjectile(100, 200, 0.5, 1000, 1.6, 0, 0, 33), "92 a1 58 98 64 cc c8 ca 3f000000 cd 03e8 ca 3fcccccd 00 00 21"),
            new Golden(new ProjectileRange(33, 250.5), "92 a1 59 92 21 ca 437a8000"),
            new Golden(new RestartNotice(30), "92 a1 5a 91 1e"),
            // ["g", [{sid: "cows", owner: 3}]]
            new Golden(new TribeAdded("cows", 3), "92 a1 67 91 82 a3 736964 a4 636f7773 a5 6f776e6572 03"),
            new Golden(new TribeRemoved("cows"), "92 a1 31 91 a4 636f7773"),
            new Golden(new JoinRequest(8, "calf"), "92 a1 32 92 08 a4 63616c66"),
            // ["3", ["cows", true]] and ["3", [nil, false]]
            new Golden(new MyTribe("cows", true), "92 a1 33 92 a4 636f7773 c3"),
            new Golden(new MyTribe(null, false), "92 a1 33 92 c0 c2"),
            // ["4", [[3, "moo", 8, "calf"]]]
            new Golden(new TribeMembers(List.of(new Member(3, "moo"), new Member(8, "calf"))), "92 a1 34 91 94 03 a3 6d6f6f 08 a4 63616c66"),
            // ["5", [1, 7, false]]
            new Golden(new StoreState(1, 7, false), "92 a1 35 93 01 07 c2"),
            // ["6", [-1, "hi"]]: -1 as negative fixint ff
            new Golden(new ServerPacket.Chat(-1, "hi"), "92 a1 36 92 ff a2 6869"),
            // ["7", [[100, 200.5]]]: 200.5 = 43488000
            new Golden(new Minimap(List.of(100.0, 200.5)), "92 a1 37 91 92 64 ca 43488000"),
            new Golden(new FloatingText(10, 20, 25, 0), "92 a1 38 94 0a 14 19 00"),
            // ["8", [10, 20, -25, 0]]: -25 as negative fixint e7
            new Golden(new FloatingText(10, 20, -25, 0), "92 a1 38 94 0a 14 e7 00"),
            new Golden(new MapPing(7200, 100), "92 a1 39 92 cd 1c20 64"),
            new Golden(new Pong(), "92 a1 30 90"));

    private final ServerCodec era2 = new ServerCodec(Profile.ERA_2);

    @TestFactory
    List<DynamicTest> everyPacketKindHasItsBytes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Golden g : ERA_2) {
            tests.add(DynamicTest.dynamicTest(g.packet().toString(), () -> {
                byte[] want = HEX.parseHex(g.hex().replace(" ", ""));
                assertEquals(HEX.formatHex(want), HEX.formatHex(era2.encode(g.packet())));
                // this project's clients read them back (float32 values come back as float32, so compare bytes)
                assertEquals(HEX.formatHex(want), HEX.formatHex(era2.encode(era2.decode(want))));
            }));
        }
        return tests;
    }

    @Test
    void noPacketKindIsLeftWithoutGoldenBytes() {
        Set<ServerKind> covered = EnumSet.noneOf(ServerKind.class);
        ERA_2.forEach(g -> covered.add(g.packet().kind()));
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(PacketRoundTripTest.V19_SERVER_ONLY)), covered, "every packet era 2 has");
    }

    @Test
    void era1HasTheSameShapesUnderItsOwnCodes() throws PacketException {
        ServerCodec era1 = new ServerCodec(Profile.ERA_1);
        // ["33", [[1, 2, 3, 0.5, -1, 0, 0, nil, false, 0, 0, 0, 0]]]
        assertEquals("92a2333391" + "9d010203ca3f000000ff0000c0c200000000",
                HEX.formatHex(era1.encode(new UpdatePlayers(List.of(new PlayerState(1, 2, 3, 0.5, -1, 0, 0, null, false, 0, 0, 0, 0))))));
        // ["5", [[1, "bob", 40]]]
        assertEquals("92a1359193" + "01a3626f6228", HEX.formatHex(era1.encode(new Leaderboard(List.of(new LeaderEntry(1, "bob", 40))))));
        // ["6", [[5, 700, 900, 0, 150, 0, nil, -1]]]: era 1's 6 is objects, era 2's 6 is chat
        assertEquals("92a1369198" + "05cd02bccd038400cc9600c0ff",
                HEX.formatHex(era1.encode(new AddObjects(List.of(new ObjectInfo(5, 700, 900, 0, 150, 0, null, -1))))));
        // ["a", [[]]]: era 1's a is animals, era 2's a is players
        assertEquals("92a1619190", HEX.formatHex(era1.encode(new UpdateAnimals(List.of()))));
        // ["ch", [-1, "hi"]]
        assertEquals("92a2636892ffa26869", HEX.formatHex(era1.encode(new ServerPacket.Chat(-1, "hi"))));
        assertEquals(new Pong(), era1.decode(HEX.parseHex("92a2707090")));
    }

    /** Golden samples by kind, for tests that need one valid packet of each kind. */
    static Map<ServerKind, List<ServerPacket>> samplesByKind() {
        Map<ServerKind, List<ServerPacket>> out = new LinkedHashMap<>();
        for (Golden g : ERA_2) {
            out.computeIfAbsent(g.packet().kind(), k -> new ArrayList<>()).add(g.packet());
        }
        return out;
    }
}
