package dev.moomoo.lab;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.*;

/** Msgpack to JSON by the type bytes of the msgpack spec: the numbers keep their kind. */
class MsgpackJsonTest {
    private static String json(String hex) {
        return MsgpackJson.of(HexFormat.of().parseHex(hex));
    }

    @Test
    void numbersKeepTheirKind() {
        assertEquals("7.0", json("ca40e00000"), "float32 7");
        assertEquals("7.0", json("cb401c000000000000"), "float64 7");
        assertEquals("7", json("07"));
        assertEquals("1.57", json("ca3fc8f5c3"), "a float32 as the float it is, not its widening");
        assertEquals("-32", json("e0"));
        assertEquals("-129", json("d1ff7f"));
        assertEquals("65535", json("cdffff"));
        assertEquals("18446744073709551615", json("cfffffffffffffffff"));
        assertEquals("\"NaN\"", json("ca7fc00000"));
    }

    @Test
    void containersStringsAndTheRest() {
        assertEquals("[\"a\",[1,true,null]]", json("92a161" + "9301c3c0"));
        assertEquals("{\"x\":1.5,\"2\":false}", json("82a178cb3ff8000000000000" + "02c2"));
        assertEquals("\"0aff\"", json("c4020aff"), "binary, as hex");
        assertEquals("[1,2]", MsgpackJson.element(HexFormat.of().parseHex("93a130920102" + "05"), 1), "the arguments of [id, args, seq]");
    }

    @Test
    void whatIsNotOneValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> json("92a161"), "ends early");
        assertThrows(IllegalArgumentException.class, () -> json("0101"), "bytes after it");
        assertThrows(IllegalArgumentException.class, () -> json("c1"), "never used");
    }
}
