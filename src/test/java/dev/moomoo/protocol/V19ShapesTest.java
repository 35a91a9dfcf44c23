package dev.moomoo.protocol;

import dev.moomoo.protocol.ServerPacket.*;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The v1.9 profile's shapes, from the field lists of the v1.9 client's handlers (src/site/protocol.md,
 * "The v1.9 profile"): the bytes are written here by hand in this server's number convention, never
 * taken from the codec. Float32 bits: 100.5 = 42c90000, 7200.25 = 45e10200, 268.8 = 43866666.
 */
class V19ShapesTest {
    private static final HexFormat HEX = HexFormat.of();
    private final ServerCodec v19 = new ServerCodec(Profile.V19);
    private final ClientCodec v19Client = new ClientCodec(Profile.V19);

    private static byte[] hex(String spaced) {
        return HEX.parseHex(spaced.replace(" ", ""));
    }

    private static final PlayerState STILL = new PlayerState(1, 2, 3, 0, -1, 0, 0, null, false, 0, 0, 0, 0);
    private static final PlayerState MEMBER = new PlayerState(6, 14000, 3, -1.25, 3, 5, 1, "cows", true, 7, 11, 1, 1);

    @Nested
    class ServerPackets {
        /** A packet and its v1.9 bytes; spaces in the hex are for reading only. */
        record Golden(ServerPacket packet, String hex) {
        }

        static final List<Golden> CHANGED = List.of(
                // ["io-init", ["ab", 3000000000, "0a1b", 1, 1]]: five arguments; the seed as uint32 (ce b2d05e00)
                new Golden(new IoInit("ab", 3_000_000_000L, "0a1b", 1, 1), "92 a7 696f2d696e6974 95 a2 6162 ce b2d05e00 a4 30613162 01 01"),
                // ["D", [["ab", 5, "moo", 100.5, 7200, 1.5, 100, 100, 35, 4, false, false, nil], true]]: 13 values,
                // aura and bossMode false and no clan (the game has none)
                new Golden(new AddPlayer(new PlayerInfo("ab", 5, "moo", 100.5, 7200, 1.5, 100, 100, 35, 4), true),
                        "92 a1 44 92 9d a2 6162 05 a3 6d6f6f ca 42c90000 cd 1c20 ca 3fc00000 64 64 23 04 c2 c2 c0 c3"),
                // ["a", [[1, 2, 3, 50], [1, -1, 0, 0, nil, false, 0, 0, 0, 0], []]]: positions (dir 0.5 as 50 hundredths),
                // attributes, nobody hidden
                new Golden(new UpdatePlayers(List.of(new PlayerState(1, 2, 3, 0.5, -1, 0, 0, null, false, 0, 0, 0, 0))),
                        "92 a1 61 93 94 01 02 03 32 9a 01 ff 00 00 c0 c2 00 00 00 00 90"),
                // two players: 8 position values, 20 attribute values (array16 dc 0014); -1.25 is -125 hundredths (d0 83)
                new Golden(new UpdatePlayers(List.of(STILL, MEMBER)),
                        "92 a1 61 93 98 01 02 03 00 06 cd 36b0 03 d0 83"
                                + " dc 0014 01 ff 00 00 c0 c2 00 00 00 00 06 03 05 01 a4 636f7773 c3 07 0b 01 01 90"),
                // positions that are not integers stay float32; 3.14159 rad is 314 hundredths (cd 013a)
                new Golden(new UpdatePlayers(List.of(new PlayerState(2, 100.5, 7200.25, 3.14159, -1, 0, 0, null, false, 0, 0, 0, 0))),
                        "92 a1 61 93 94 02 ca 42c90000 ca 45e10200 cd 013a 9a 02 ff 00 00 c0 c2 00 00 00 00 90"),
                new Golden(new UpdatePlayers(List.of()), "92 a1 61 93 90 90 90"),
                // ["I", [[1, 2, 300, 400, 25, 1800, 3, 0], []]]: 8 values, dir 0.25 as 25 hundredths, state 0 (no boss animation)
                new Golden(new UpdateAnimals(List.of(new AnimalState(1, 2, 300, 400, 0.25, 1800, 3))),
                        "92 a1 49 92 98 01 02 cd 012c cd 0190 19 cd 0708 03 00 90"),
                new Golden(new UpdateAnimals(List.of()), "92 a1 49 92 90 90"),
                // ["G", [[1, "bob", 40], [], [], [], [], []]]: six lists, the five of roles, dead, crab killers, clans and tribes empty
                new Golden(new Leaderboard(List.of(new LeaderEntry(1, "bob", 40))), "92 a1 47 96 93 01 a3 626f62 28 90 90 90 90 90"),
                // ["W", [4, 7200, 6600, 268.8, 1500]]: 6600 = cd 19c8, 1500 = cd 05dc
                new Golden(new Telegraph(4, 7200, 6600, 268.8, 1500, null, null), "92 a1 57 95 04 cd 1c20 cd 19c8 ca 43866666 cd 05dc"),
                // ["W", [1, 100, 200, 50, 1000, 300, 400]]: with x2, y2
                new Golden(new Telegraph(1, 100, 200, 50, 1000, 300.0, 400.0), "92 a1 57 97 01 64 cc c8 32 cd 03e8 cd 012c cd 0190"),
                // ["F", [5, 2, 100, 50, 0, 1200, 0, 0, 0, 0, 0, 0, 1200]]: sid, kills, wood, food, stone, gold, damage,
                // animal damage, healing, animals, bosses, guest id, score
                new Golden(new LiveStats(5, 2, 100, 50, 0, 1200, 0, 0, 0, 0, 0, 0, 1200),
                        "92 a1 46 9d 05 02 64 32 00 cd 04b0 00 00 00 00 00 00 cd 04b0"));

        @TestFactory
        Stream<DynamicTest> theShapesV19Changes() {
            return CHANGED.stream().map(g -> DynamicTest.dynamicTest(g.packet().toString(), () -> {
                byte[] want = hex(g.hex());
                assertEquals(HEX.formatHex(want), HEX.formatHex(v19.encode(g.packet())));
                assertEquals(HEX.formatHex(want), HEX.formatHex(v19.encode(v19.decode(want))), "read back");
            }));
        }

        /** Every packet whose shape v1.9 keeps has era 2's bytes, under the same code. */
        @TestFactory
        Stream<DynamicTest> everyOtherPacketHasEra2sBytes() {
            Set<ServerKind> reshaped = Set.of(ServerKind.IO_INIT, ServerKind.ADD_PLAYER, ServerKind.UPDATE_PLAYERS, ServerKind.UPDATE_ANIMALS,
                    ServerKind.LEADERBOARD);
            return ServerGoldenBytesTest.ERA_2.stream().filter(g -> !reshaped.contains(g.packet().kind())).map(g ->
                    DynamicTest.dynamicTest(g.packet().toString(), () -> assertEquals(g.hex().replace(" ", ""), HEX.formatHex(v19.encode(g.packet())))));
        }

        /** What the v1.9 client's handlers take (src/site/protocol.md, "The v1.9 profile"), where v1.9 differs. */
        @Test
        void eachChangedPacketFitsItsV19Handler() throws PacketException {
            Map<String, Set<Integer>> arities = Map.of("io-init", Set.of(5), "D", Set.of(2), "a", Set.of(3), "I", Set.of(2), "G", Set.of(6),
                    "W", Set.of(5, 7), "F", Set.of(13));
            for (Golden g : CHANGED) {
                List<?> message = (List<?>) MsgpackValues.read(v19.encode(g.packet()), MsgpackValues.Limits.SERVER);
                List<?> args = (List<?>) message.get(1);
                assertTrue(arities.get((String) message.getFirst()).contains(args.size()), g.packet() + ": " + args.size() + " arguments");
                if (List.of("a", "I", "G").contains(message.getFirst())) {
                    args.forEach(list -> assertInstanceOf(List.class, list, "every argument of " + message.getFirst() + " is a list"));
                }
            }
        }

        @Test
        void oneViewersUpdateCarriesTheAttributesAskedForAndHidesTheSidsGiven() {
            BitSet onlySecond = new BitSet();
            onlySecond.set(1);
            UpdateEncoder e = v19.encodeUpdate(List.of(STILL, MEMBER), onlySecond, new int[] {9, 300, 77}, 2);
            // both positions, the second player's attributes only, sids 9 and 300 (cd 012c) hidden
            assertEquals("92 a1 61 93 98 01 02 03 00 06 cd36b0 03 d083 9a 06 03 05 01 a4636f7773 c3 07 0b 01 01 92 09 cd012c".replace(" ", ""),
                    HEX.formatHex(Arrays.copyOf(e.buffer(), e.length())));
        }

        @Test
        void oneViewersAnimalsHideTheSidsGiven() {
            byte[] frame = v19.frameAnimals(new UpdateAnimals(List.of(new AnimalState(1, 2, 300, 400, 0.25, 1800, 3))), new int[] {4, 7}, 2);
            // a binary frame (82) of 22 bytes: the animal, then [4, 7]
            assertEquals("82 16 92 a1 49 92 98 01 02 cd012c cd0190 19 cd0708 03 00 92 04 07".replace(" ", ""), HEX.formatHex(frame));
        }

        @Test
        void theOlderProfilesHaveNoTelegraphOrLiveStatsAndTheirUpdateRefusesTheDeltaPath() {
            ServerCodec era2 = new ServerCodec(Profile.ERA_2);
            assertThrows(IllegalArgumentException.class, () -> era2.encode(new Telegraph(1, 0, 0, 1, 1, null, null)));
            assertThrows(IllegalArgumentException.class, () -> era2.frame(new LiveStats(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
            assertThrows(IllegalStateException.class, () -> era2.encodeUpdate(List.of(), new BitSet(), new int[0], 0));
            assertThrows(IllegalStateException.class, () -> v19.encodeUpdate(List.of()), "v1.9 shapes 'a' its own way");
            assertFalse(Profile.ERA_2.sends(ServerKind.TELEGRAPH));
            assertTrue(Profile.V19.sends(ServerKind.LIVE_STATS));
        }

        @Test
        void aTelegraphHasBothEndsOrNeither() {
            assertThrows(IllegalArgumentException.class, () -> new Telegraph(1, 0, 0, 1, 1, 2.0, null));
            PacketException e = assertThrows(PacketException.class, () -> v19.decode(hex("92 a1 57 96 01 00 00 01 01 02")));
            assertEquals(PacketException.Reason.ARITY, e.reason());
        }
    }

    @Nested
    class ClientPackets {
        /** Bytes as the v1.9 client writes them (non-integers as float64) and what they are. */
        record Golden(String hex, ClientPacket packet) {
        }

        static final List<Golden> NEW = List.of(
                // T [0, 0], as observed from the real client under headless Chromium; T [5, 12]: a userscript manager and a hooked renderer
                new Golden("92 a1 54 92 00 00", new ClientPacket.Telemetry(0, 0)),
                new Golden("92 a1 54 92 05 0c", new ClientPacket.Telemetry(ClientPacket.Telemetry.USERSCRIPT | ClientPacket.Telemetry.RENDERER_HOOK, 12)),
                // R [7] opens a report, R [7, 0, 2] files one for "hack", R [7, 1] and R [7, 2] are staff verdicts
                new Golden("92 a1 52 91 07", new ClientPacket.Report(7, ClientPacket.Report.Action.OPEN, 0)),
                new Golden("92 a1 52 93 07 00 02", new ClientPacket.Report(7, ClientPacket.Report.Action.REPORT, 2)),
                new Golden("92 a1 52 92 07 01", new ClientPacket.Report(7, ClientPacket.Report.Action.SHADOW, 0)),
                new Golden("92 a1 52 92 07 02", new ClientPacket.Report(7, ClientPacket.Report.Action.BAN, 0)),
                // A ["tp", -900, 6760] (The Falls): -900 = d1 fc7c, 6760 = cd 1a68
                new Golden("92 a1 41 93 a2 7470 d1 fc7c cd 1a68", new ClientPacket.AdminMenu(new AdminAction.Teleport(-900, 6760))),
                // A ["size", 1.5], the multiplier as float64
                new Golden("92 a1 41 92 a4 73697a65 cb 3ff8000000000000", new ClientPacket.AdminMenu(new AdminAction.Multiplier("size", 1.5))),
                // A ["god", 1]
                new Golden("92 a1 41 92 a3 676f64 01", new ClientPacket.AdminMenu(new AdminAction.Switch("god", true))),
                // A ["spawn", 12, 1]: a sheep
                new Golden("92 a1 41 93 a5 737061776e 0c 01", new ClientPacket.AdminMenu(new AdminAction.SpawnAnimal(12, 1))),
                new Golden("92 a1 41 92 a7 676f746f6d6f62 0b", new ClientPacket.AdminMenu(new AdminAction.GoToAnimal(11))),
                new Golden("92 a1 41 92 a4 676f746f 09", new ClientPacket.AdminMenu(new AdminAction.GoTo(9))),
                new Golden("92 a1 41 92 a6 73756d6d6f6e 09", new ClientPacket.AdminMenu(new AdminAction.Summon(9))),
                // A ["weapon", 5, 4]: an emerald weapon 5 to the admin; A ["item", 7, 0, 3]: item 7 to sid 3
                new Golden("92 a1 41 93 a6 776561706f6e 05 04", new ClientPacket.AdminMenu(new AdminAction.GiveWeapon(5, 4, null))),
                new Golden("92 a1 41 94 a4 6974656d 07 00 03", new ClientPacket.AdminMenu(new AdminAction.GiveItem(7, 3))),
                // A ["give", 0, 1000, 5]: 1000 wood to sid 5
                new Golden("92 a1 41 94 a4 67697665 00 cd 03e8 05", new ClientPacket.AdminMenu(new AdminAction.GiveResource(0, 1000, 5))),
                new Golden("92 a1 41 92 a8 64656c7472696265 a4 636f7773", new ClientPacket.AdminMenu(new AdminAction.DeleteTribe("cows"))),
                // V [5] watches sid 5; V [nil] stops
                new Golden("92 a1 56 91 05", new ClientPacket.Watch(5)),
                new Golden("92 a1 56 91 c0", new ClientPacket.Watch(null)));

        @TestFactory
        Stream<DynamicTest> theNewPacketsAreRead() {
            return NEW.stream().map(g -> DynamicTest.dynamicTest(g.packet().toString(), () -> {
                assertEquals(g.packet(), v19Client.decode(hex(g.hex())));
                assertEquals(g.hex().replace(" ", ""), HEX.formatHex(v19Client.encode(g.packet())), "written as the client writes it");
            }));
        }

        @TestFactory
        Stream<DynamicTest> malformedOnesAreRefused() {
            Map<String, PacketException.Reason> refused = Map.of(
                    "92 a1 52 92 07 00", PacketException.Reason.ARITY, // a report without its reason
                    "92 a1 52 93 07 00 05", PacketException.Reason.ARGUMENT, // reason 5 of 4
                    "92 a1 52 92 07 03", PacketException.Reason.ARGUMENT, // no verdict 3
                    "92 a1 41 92 a3 666c79 01", PacketException.Reason.ARGUMENT, // A ["fly", 1]: no such action
                    "92 a1 41 92 a5 706f776572 cd 01f4", PacketException.Reason.ARGUMENT, // A ["power", 500]: beyond 100
                    "92 a1 41 92 a2 7470 01", PacketException.Reason.ARITY, // A ["tp", 1]: no y
                    "92 a1 54 92 ff 00", PacketException.Reason.ARGUMENT, // T [-1, 0]
                    "92 a1 56 91 a1 35", PacketException.Reason.ARGUMENT); // V ["5"]
            return refused.entrySet().stream().map(r -> DynamicTest.dynamicTest(r.getKey(), () ->
                    assertEquals(r.getValue(), assertThrows(PacketException.class, () -> v19Client.decode(hex(r.getKey()))).reason())));
        }

        @Test
        void theOlderProfilesDoNotKnowTheNewCodes() {
            PacketException e = assertThrows(PacketException.class, () -> new ClientCodec(Profile.ERA_2).decode(hex("92 a1 54 92 00 00")));
            assertEquals(PacketException.Reason.UNKNOWN_CODE, e.reason());
            assertThrows(IllegalArgumentException.class, () -> new ClientCodec(Profile.ERA_2).encode(new ClientPacket.Watch(1)));
        }

        @Test
        void onlyAReportCarriesAReason() {
            assertThrows(IllegalArgumentException.class, () -> new ClientPacket.Report(1, ClientPacket.Report.Action.BAN, 2));
            assertThrows(IllegalArgumentException.class, () -> new ClientPacket.Report(1, ClientPacket.Report.Action.REPORT, 0));
            assertEquals("autoheal", new ClientPacket.Report(1, ClientPacket.Report.Action.REPORT, 3).reasonName());
        }
    }
}
