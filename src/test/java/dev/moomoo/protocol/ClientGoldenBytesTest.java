package dev.moomoo.protocol;

import dev.moomoo.protocol.ClientPacket.*;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the real 2026 client sends, byte for byte, and what the server reads from it. The bytes are
 * written here by hand from the client's calls ({@code O.send(code, ...args)} packs {@code [code,
 * args]}; JavaScript numbers that are not integers are float64, {@code cb}; {@code undefined} and
 * {@code null} are nil, {@code c0}), as read off its bundle.
 */
class ClientGoldenBytesTest {
    private static final HexFormat HEX = HexFormat.of();
    private final ClientCodec era2 = new ClientCodec(Profile.ERA_2);

    private ClientPacket read(String hex) throws PacketException {
        return era2.decode(HEX.parseHex(hex.replace(" ", "")));
    }

    /** Every kind, with the bytes the real client sends for it: one row each at least. */
    private static final Map<String, ClientPacket> REAL_CLIENT = new LinkedHashMap<>();

    static {
        // M: {name, moofoll, skin}. moofoll is null for a new player ...
        REAL_CLIENT.put("92 a1 4d 91 83 a4 6e616d65 a3 636f77 a7 6d6f6f666f6c6c c0 a4 736b696e 02", new Spawn("cow", false, 2));
        // ... the STRING "1" the client reads back from localStorage for a returning one ...
        REAL_CLIENT.put("92 a1 4d 91 83 a4 6e616d65 a3 636f77 a7 6d6f6f666f6c6c a1 31 a4 736b696e 02", new Spawn("cow", true, 2));
        // ... and true once the player followed in this page (the client sets it to !0)
        REAL_CLIENT.put("92 a1 4d 91 83 a4 6e616d65 a3 636f77 a7 6d6f6f666f6c6c c3 a4 736b696e 00", new Spawn("cow", true, 0));
        // an empty name field sends ""
        REAL_CLIENT.put("92 a1 4d 91 83 a4 6e616d65 a0 a7 6d6f6f666f6c6c c0 a4 736b696e 09", new Spawn("", false, 9));
        // D: the aim fixed to 2 decimals, 1.57 as float64; 0 before the player exists
        REAL_CLIENT.put("92 a1 44 91 cb 3ff91eb851eb851f", new Aim(1.57));
        REAL_CLIENT.put("92 a1 44 91 00", new Aim(0));
        // 9: a move angle, or undefined (nil) to stop
        REAL_CLIENT.put("92 a1 39 91 cb 40091eb851eb851f", new Move(3.14));
        REAL_CLIENT.put("92 a1 39 91 c0", new Move(null));
        REAL_CLIENT.put("92 a1 65 90", new ResetMove());
        // F: [U, angle or null]: the angle only while an item is held
        REAL_CLIENT.put("92 a1 46 92 01 c0", new Attack(true, null));
        REAL_CLIENT.put("92 a1 46 92 00 c0", new Attack(false, null));
        REAL_CLIENT.put("92 a1 46 92 01 cb 3ff91eb851eb851f", new Attack(true, 1.57));
        // z: a weapon as [id, true]; an item as [index, undefined] (one argument given)
        REAL_CLIENT.put("92 a1 7a 92 05 c3", new Select(5, true));
        REAL_CLIENT.put("92 a1 7a 92 03 c0", new Select(3, false));
        // H: an upgrade choice, item 1 (cookie) as 16 + 1
        REAL_CLIENT.put("92 a1 48 91 11", new Upgrade(17));
        // K: 0 direction lock, 1 auto-gather
        REAL_CLIENT.put("92 a1 4b 91 00", new Toggle(0));
        REAL_CLIENT.put("92 a1 4b 91 01", new Toggle(1));
        // L, N, b, P, Q: the tribe panel; P answers with 0 or 1
        REAL_CLIENT.put("92 a1 4c 91 a4 636f7773", new CreateTribe("cows"));
        REAL_CLIENT.put("92 a1 4e 90", new LeaveTribe());
        REAL_CLIENT.put("92 a1 62 91 a4 636f7773", new JoinTribe("cows"));
        REAL_CLIENT.put("92 a1 50 92 08 01", new AnswerJoin(8, true));
        REAL_CLIENT.put("92 a1 50 92 08 00", new AnswerJoin(8, false));
        REAL_CLIENT.put("92 a1 51 91 08", new KickMember(8));
        // c: [1 buy / 0 equip, id, 0 hat / 1 accessory]
        REAL_CLIENT.put("92 a1 63 93 01 07 00", new Store(true, 7, false));
        REAL_CLIENT.put("92 a1 63 93 00 0b 01", new Store(false, 11, true));
        // 6: chat, cut by the client to 30 UTF-16 units
        REAL_CLIENT.put("92 a1 36 91 a5 68656c6c6f", new Chat("hello"));
        REAL_CLIENT.put("92 a1 53 91 01", new MapPing());
        REAL_CLIENT.put("92 a1 30 90", new Ping());
    }

    @Test
    void everyPacketAsTheRealClientSendsIt() throws PacketException {
        for (var e : REAL_CLIENT.entrySet()) {
            assertEquals(e.getValue(), read(e.getKey()), e.getKey());
        }
        Set<ClientKind> covered = EnumSet.noneOf(ClientKind.class);
        REAL_CLIENT.values().forEach(p -> covered.add(p.kind()));
        // v1.9's new packets have their bytes from its handlers' field lists in V19ShapesTest, until frames of the real v1.9 client are recorded
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(PacketRoundTripTest.V19_CLIENT_ONLY)), covered,
                "every client packet kind of era 2 has real-client bytes");
    }

    @Test
    void thisProjectsClientsSendWhatTheRealClientSends() {
        // the test and load clients encode attacks, selections and answers in the real client's shapes
        assertEquals("92a14692" + "01c0", HEX.formatHex(era2.encode(new Attack(true, null))));
        assertEquals("92a17a92" + "03c0", HEX.formatHex(era2.encode(new Select(3, false))));
        assertEquals("92a17a92" + "05c3", HEX.formatHex(era2.encode(new Select(5, true))));
        assertEquals("92a15092" + "0801", HEX.formatHex(era2.encode(new AnswerJoin(8, true))));
        assertEquals("92a16393" + "010700", HEX.formatHex(era2.encode(new Store(true, 7, false))));
    }

    @Test
    void flagsAreReadAsJavaScriptJudgesThem() throws PacketException {
        // moofoll: "1", 1, true, a non-empty string, a list are truthy; "", 0, nil, false are not
        Map<String, Boolean> moofoll = Map.of("a131", true, "01", true, "c3", true, "a3796573", true, "9101", true,
                "a0", false, "00", false, "c0", false, "c2", false, "cb0000000000000000", false);
        for (var e : moofoll.entrySet()) {
            ClientPacket p = read("92 a1 4d 91 83 a4 6e616d65 a1 78 a7 6d6f6f666f6c6c " + e.getKey() + " a4 736b696e 00");
            assertEquals(e.getValue(), ((Spawn) p).moofoll(), "moofoll " + e.getKey());
        }
        // a spawn map without moofoll or skin, or with keys the server does not know, is still a spawn
        assertEquals(new Spawn("x", false, 0), read("92 a1 4d 91 81 a4 6e616d65 a1 78"));
        assertEquals(new Spawn("x", false, 0), read("92 a1 4d 91 82 a4 6e616d65 a1 78 a3 666f6f 01"));
    }

    @Test
    void everyNumberWidthIsANumber() throws PacketException {
        // fixint 1, int8 -1, uint16 1, float32 1.5, float64 1.5, int64 -2
        for (String arg : List.of("01", "d0ff", "cd0001", "ca3fc00000", "cb3ff8000000000000", "d3fffffffffffffffe")) {
            assertInstanceOf(Aim.class, read("92 a1 44 91 " + arg), arg);
        }
    }

    @Test
    void era1CodesCarryTheSameArguments() throws PacketException {
        ClientCodec era1 = new ClientCodec(Profile.ERA_1);
        // ["sp", [{name: "cow", moofoll: "1", skin: 2}]]
        assertEquals(new Spawn("cow", true, 2),
                era1.decode(HEX.parseHex("92a2737091" + "83a46e616d65a3636f77a76d6f6f666f6c6ca131a4736b696e02")));
        // ["5", [3, nil]]: era 1's select
        assertEquals(new Select(3, false), era1.decode(HEX.parseHex("92a1359203c0")));
        // ["c", [1, nil]]: era 1's attack
        assertEquals(new Attack(true, null), era1.decode(HEX.parseHex("92a1639201c0")));
    }
}
