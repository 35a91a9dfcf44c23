package dev.moomoo.protocol;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Exact msgpack bytes of a few packets, written out by hand from the msgpack spec. */
class GoldenBytesTest {
    private static final HexFormat HEX = HexFormat.of();
    private final ServerCodec server = new ServerCodec(CodeTable.ERA_2);
    private final ClientCodec client = new ClientCodec(CodeTable.ERA_2);

    @Test
    void ioInit() {
        // 92 array(2); a7 "io-init"; 94 array(4); a2 "ab"; 00 seed 0; a1 "0"; 00 mode 0
        assertEquals("92a7696f2d696e697494a2616200a13000",
                HEX.formatHex(server.encode(new ServerPacket.IoInit("ab", 0, "0", 0))));
    }

    @Test
    void setupGame() {
        // 92; a1 "C"; 91 array(1); 05
        assertEquals("92a1439105", HEX.formatHex(server.encode(new ServerPacket.SetupGame(5))));
    }

    @Test
    void chatNotice() {
        // 92; a1 "6"; 92; ff (-1 as negative fixint); a2 "hi"
        assertEquals("92a13692ffa26869", HEX.formatHex(server.encode(new ServerPacket.Chat(-1, "hi"))));
    }

    @Test
    void wiggleWritesTheAngleAsFloat32() {
        // 92; a1 "L"; 92; ca 3fc00000 (1.5f); 11 (17)
        assertEquals("92a14c92ca3fc0000011", HEX.formatHex(server.encode(new ServerPacket.Wiggle(1.5, 17))));
    }

    @Test
    void removeObjectInEra1() {
        // 92; a2 "12"; 91; cd 012c (300)
        assertEquals("92a2313291cd012c", HEX.formatHex(new ServerCodec(CodeTable.ERA_1).encode(new ServerPacket.RemoveObject(300))));
    }

    @Test
    void moveAsTheBrowserSendsIt() throws PacketException {
        // ["9", [1.5707963267948966]] with a float64, as JavaScript encodes a non-integer number
        byte[] move = HEX.parseHex("92a13991cb3ff921fb54442d18");
        assertEquals(new ClientPacket.Move(Math.PI / 2), client.decode(move));
        // ["9", [nil]] stops; ["9", []] too
        assertEquals(new ClientPacket.Move(null), client.decode(HEX.parseHex("92a13991c0")));
        assertEquals(new ClientPacket.Move(null), client.decode(HEX.parseHex("92a13990")));
    }

    @Test
    void spawnAsTheBrowserSendsIt() throws PacketException {
        // ["M", [{name: "cow", moofoll: true, skin: 2}]]
        byte[] spawn = HEX.parseHex("92a14d9183a46e616d65a3636f77a76d6f6f666f6c6cc3a4736b696e02");
        assertEquals(new ClientPacket.Spawn("cow", true, 2), client.decode(spawn));
    }

    @Test
    void aimAcceptsEveryNumberWidth() throws PacketException {
        // fixint 1, int8 -1 (d0 ff), uint16 (cd 0001), float32 1.5 (ca 3fc00000)
        for (String arg : List.of("01", "d0ff", "cd0001", "ca3fc00000")) {
            ClientPacket p = client.decode(HEX.parseHex("92a14491" + arg));
            assertInstanceOf(ClientPacket.Aim.class, p);
        }
    }
}
